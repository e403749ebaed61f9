/**
 * The knowledge port at the boundary: valid articles pass with defaults filled, bad ones are left out
 * and described (a `javascript:` URL never passes), a wrong shape fails with a message that teaches,
 * capabilities follow the methods, and the signal reaches the host.
 */
import { expect } from '@open-wc/testing';
import { InvalidDataError, composeAdapter, createAdapter } from '../../src/ports/index.js';
import type { KnowledgeSourceInput } from '../../src/ports/index.js';

const article = (id: number, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Article ${id}`,
  url: `https://help.example.com/a/${id}`,
  updatedAt: '2026-11-01T09:00:00Z',
  ...extra,
});

describe('knowledge port: the boundary', () => {
  it('fills defaults and keeps the valid articles of an answer with bad ones', async () => {
    const knowledge: KnowledgeSourceInput = {
      search: async () => ({
        articles: [
          article(1, { snippet: 'Returns within 30 days.', language: 'en' }),
          article(2, { url: 'javascript:alert(1)' }),
          article(3, { url: '/relative/path' }),
          article(4, { title: '' }),
          article(5),
        ],
        answers: [{ id: 'pa-1', text: 'We replaced the part.', resolvedAt: '2026-10-01T09:00:00Z' }, { id: 'pa-2', text: 'x', resolvedAt: 'yesterday' }],
      }),
    };
    const adapter = createAdapter({ knowledge });
    const result = await adapter.knowledge!.search('returns');
    expect(result.articles.map((a) => a.id)).to.deep.equal(['1', '5']);
    expect(result.articles[0]!.body).to.equal('Returns within 30 days.');
    expect(result.articles[1]!).to.include({ snippet: '', body: '', language: 'und' });
    expect(result.answers.map((a) => a.id)).to.deep.equal(['pa-1']);
    expect(result.rejected.map((r) => r.path)).to.deep.equal(['articles[1].url', 'articles[2].url', 'articles[3].title', 'answers[1].resolvedAt']);
    expect(result.rejected[0]!.problem).to.contain('http(s)').and.to.contain('javascript:');
    expect(result.rejected[1]!.problem).to.contain('relative path');
  });

  it('accepts a bare array of articles', async () => {
    const adapter = createAdapter({ knowledge: { search: async () => [article(7)] } });
    const result = await adapter.knowledge!.search('x');
    expect(result.articles).to.have.length(1);
    expect(result.answers).to.deep.equal([]);
  });

  it('fails a wrong shape with a message that says what to send', async () => {
    const adapter = createAdapter({ knowledge: { search: async () => ({ hits: [] }) as never, suggest: async () => 'nothing' as never } });
    const error = await adapter.knowledge!.search('x').then(() => null, (e: unknown) => e);
    expect(error).to.be.instanceOf(InvalidDataError);
    expect((error as InvalidDataError).message).to.contain('articles').and.to.contain('must be an array');
    const other = await adapter.knowledge!.suggest!('c-1').then(() => null, (e: unknown) => e);
    expect((other as InvalidDataError).message).to.contain('{ articles: [...], answers?: [...] }');
  });

  it('derives the capabilities from the methods, and passes the signal, language and channel on', async () => {
    let seen: { signal?: AbortSignal; lang?: string; channel?: string } = {};
    const searchOnly = createAdapter({ knowledge: { search: async (_q, options) => ((seen = options), []) } });
    expect(searchOnly.has('knowledge.search')).to.equal(true);
    expect(searchOnly.has('knowledge.suggest')).to.equal(false);
    expect(createAdapter({}).has('knowledge.search')).to.equal(false);
    await searchOnly.knowledge!.search('q', { lang: 'es', channel: 'x' });
    expect(seen.signal).to.be.instanceOf(AbortSignal);
    expect(seen.lang).to.equal('es');
    expect(seen.channel).to.equal('x');
    const composed = composeAdapter({ name: 'a' }, { name: 'kb', knowledge: { search: async () => [], suggest: async () => [] } });
    expect(composed.has('knowledge.suggest')).to.equal(true);
  });
});
