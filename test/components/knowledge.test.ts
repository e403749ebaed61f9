/**
 * <cx-knowledge>: search debounced and stale answers dropped, states (loading, empty, error with Retry),
 * suggestions, capability-hidden parts, keyboard navigation, hostile content inert, axe.
 */
import { expect } from '@open-wc/testing';
import { createDemoAdapter, KNOWLEDGE_ARTICLES } from '../../src/adapters/demo/index.js';
import { createAdapter } from '../../src/ports/index.js';
import { unadaptedSnippets } from '../../src/compose/snippets.js';
import { until } from '../helpers/until.js';
import { $, $$, article, button, knowledge, pendingAdapter, press, results, textOf, titles, typeQuery } from './knowledge-harness.js';

describe('<cx-knowledge>: search as you type', () => {
  it('searches once the agent pauses, not on every keystroke, with the reply language and channel', async () => {
    const { adapter, calls } = pendingAdapter();
    const el = await knowledge({ adapter, replyLang: 'es', channel: 'x' });
    await typeQuery(el, 'r');
    await typeQuery(el, 're');
    await typeQuery(el, 'ret');
    expect($(el, '[part="loading"]')).to.exist;
    await until(() => calls.length === 1, 'one search');
    expect(calls[0]!.query).to.equal('ret');
    expect(calls[0]!.options).to.include({ lang: 'es', channel: 'x' });
    calls[0]!.resolve(results(article('a1', 'Returns within 30 days')));
    await until(() => titles(el).length === 1, 'the result shown');
    // The next query is the second call: the keystrokes before 'ret' never became searches.
    await typeQuery(el, 'refund');
    await until(() => calls.length === 2, 'the next search');
    expect(calls.map((c) => c.query)).to.deep.equal(['ret', 'refund']);
  });

  it('never shows an answer to a query the agent has typed past, even from a host that ignores the signal', async () => {
    const { adapter, calls } = pendingAdapter();
    const el = await knowledge({ adapter });
    const seen = new Set<string>();
    const observer = new MutationObserver(() => titles(el).forEach((t) => seen.add(t ?? '')));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await typeQuery(el, 'hub');
    await until(() => calls.length === 1, 'the search for "hub"');
    await typeQuery(el, 'hub wifi');
    await until(() => calls.length === 2, 'the search for "hub wifi"');
    expect(calls[0]!.options!.signal!.aborted, 'the stale search was cancelled').to.equal(true);
    calls[1]!.resolve(results(article('fresh', 'Hub Wi-Fi drops')));
    await until(() => titles(el).includes('Hub Wi-Fi drops'), 'the fresh answer');
    calls[0]!.resolve(results(article('stale', 'Stale hub article')));
    // A later search's answer lands after the stale one had every chance to.
    await typeQuery(el, 'hub wifi evening');
    await until(() => calls.length === 3, 'a third search');
    calls[2]!.resolve(results(article('later', 'Evening drops')));
    await until(() => titles(el).includes('Evening drops'), 'the third answer');
    observer.disconnect();
    expect([...seen]).not.to.include('Stale hub article');
    expect(titles(el)).to.deep.equal(['Evening drops']);
  });

  it('says when nothing matches, and offers Retry when the search fails', async () => {
    const adapter = createDemoAdapter({ latency: 0, initialInteraction: false });
    const el = await knowledge({ adapter });
    await typeQuery(el, 'zzzqqqxx');
    await until(() => $(el, '[part="empty"]'), 'no results');
    expect(textOf(el, '[part="empty"]')).to.contain('No articles match “zzzqqqxx”');
    adapter.demo.failNext('knowledge.search', 'error');
    await typeQuery(el, 'roaming');
    await until(() => $(el, '[part="error"]'), 'the error');
    expect(textOf(el, '[part="error"] p')).to.contain('search the knowledge base');
    button(el, 'error-retry')!.click();
    await until(() => titles(el).some((t) => t?.includes('Roaming')), 'the results after Retry');
  });

  it('fails a junk answer with the error state, not an exception', async () => {
    const adapter = createDemoAdapter({ latency: 0, initialInteraction: false });
    const el = await knowledge({ adapter });
    adapter.demo.failNext('knowledge.search', 'junk');
    const reported = new Promise((resolve) => el.addEventListener('cx-adapter-error', resolve, { once: true }));
    await typeQuery(el, 'hub');
    await reported;
    await until(() => $(el, '[part="error"]'), 'the error');
  });
});

describe('<cx-knowledge>: suggestions and capabilities', () => {
  it('shows the host’s suggestions and past answers for the conversation, and Retry when they fail', async () => {
    const adapter = createDemoAdapter({ latency: 0, initialInteraction: false });
    const conversation = adapter.demo.listConversations().find((c) => c.subject?.startsWith('Cobro duplicado'))!;
    adapter.demo.failNext('knowledge.suggest', 'error');
    const el = await knowledge({ adapter, conversationId: conversation.id });
    await until(() => $(el, '[part="error"]'), 'the suggestions failing');
    button(el, 'error-retry')!.click();
    await until(() => titles(el).length > 0, 'the suggestions');
    expect(titles(el).some((t) => t?.includes('cobrado dos veces'))).to.equal(true);
    expect(textOf(el, '[part="answers"]')).to.contain('Lucía');
  });

  it('hides what the adapter cannot do', async () => {
    const searchOnly = createAdapter({ knowledge: { search: async () => [] } });
    const el = await knowledge({ adapter: searchOnly, conversationId: 'c-1' });
    expect($(el, 'input')).to.exist;
    expect($(el, '[part="listing"]'), 'no suggestions without knowledge.suggest').to.equal(null);
    const none = await knowledge({ adapter: createAdapter({}), conversationId: 'c-1' });
    expect($(none, 'input')).to.equal(null);
    expect(textOf(none, '[part="unavailable"]')).to.contain('No knowledge base');
    // Without a conversation there is no reply to insert into: the preview offers reading only.
    const local = await knowledge({ articles: [article('a', 'Hub restart')] });
    await typeQuery(local, 'hub');
    await until(() => titles(local).length === 1, 'the local result');
    $(local, '[part~="result"]')!.click();
    await local.updateComplete;
    expect($(local, '[part="preview"]')).to.exist;
    expect(button(local, 'insert-link')).to.equal(null);
    expect(button(local, 'quote')).to.equal(null);
  });

  it('searches the host’s own list without a KnowledgeSource, and suggests from the conversation’s subject', async () => {
    const adapter = createDemoAdapter({ latency: 0, initialInteraction: false, knowledge: false });
    expect(adapter.has('knowledge.search')).to.equal(false);
    const conversation = adapter.demo.listConversations().find((c) => c.subject === 'Moving an eSIM to a new phone')!;
    const el = await knowledge({ adapter, conversationId: conversation.id, articles: KNOWLEDGE_ARTICLES });
    await until(() => titles(el).length > 0, 'local suggestions');
    expect(titles(el).some((t) => t?.includes('eSIM'))).to.equal(true);
    await typeQuery(el, 'itinerancia');
    await until(() => titles(el)[0]?.includes('Itinerancia'), 'a Spanish article found locally');
  });
});

describe('<cx-knowledge>: keyboard, hostile content, accessibility', () => {
  const list = [article('k1', 'Roaming in Europe'), article('k2', 'Roaming charges'), article('k3', 'Roaming in Spain')];

  it('moves through the results with the arrow keys, opens with Enter, closes with Escape', async () => {
    const el = await knowledge({ articles: list, conversationId: 'c-1' });
    await typeQuery(el, 'roaming');
    await until(() => titles(el).length === 3, 'three results');
    const input = $<HTMLInputElement>(el, 'input')!;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).to.equal('kb-option-1');
    expect($(el, '#kb-option-1')!.getAttribute('aria-selected')).to.equal('true');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant'), 'stops at the last').to.equal('kb-option-2');
    await press(el, 'ArrowUp');
    await press(el, 'Enter');
    expect(textOf(el, '[part="preview"] h3')).to.equal(titles(el)[1]);
    await press(el, 'Escape');
    expect($(el, '[part="preview"]')).to.equal(null);
    expect(input.value).to.equal('roaming');
    await press(el, 'Escape');
    expect(input.value).to.equal('');
  });

  it('shows hostile article content as text, drops javascript: links, and links only http(s)', async () => {
    const hostile = [
      article('h1', '<img src=x onerror="window.__kbPwned=1">Refunds', { snippet: '<script>window.__kbPwned=2</script>', body: '<b onclick="x()">bold</b> \u202Eevil' }),
      { ...article('h2', 'Refunds via script'), url: 'javascript:window.__kbPwned=3' },
      { ...article('h3', 'Refunds via data'), url: 'data:text/html,<script>alert(1)</script>' },
    ];
    const el = await knowledge({ articles: hostile, conversationId: 'c-1' });
    await typeQuery(el, 'refunds');
    await until(() => titles(el).length === 1, 'only the article with an http(s) URL');
    expect(titles(el)[0]).to.equal('<img src=x onerror="window.__kbPwned=1">Refunds');
    $(el, '[part~="result"]')!.click();
    await el.updateComplete;
    expect($$(el, 'img, script, b')).to.have.length(0);
    expect(textOf(el, '[part="body"]')).to.contain('<b onclick="x()">bold</b>');
    const links = $$(el, 'a');
    expect(links).to.have.length(1);
    expect(links[0]!.getAttribute('href')).to.equal('https://help.example.com/h1');
    expect((window as { __kbPwned?: number }).__kbPwned).to.equal(undefined);
  });

  it('is accessible with suggestions, results and a preview', async () => {
    const adapter = createDemoAdapter({ latency: 0, initialInteraction: false });
    const conversation = adapter.demo.listConversations().find((c) => c.tags?.includes('outage'))!;
    const el = await knowledge({ adapter, conversationId: conversation.id });
    await until(() => titles(el).length > 0, 'the suggestions');
    await expect(el).to.be.accessible();
    await typeQuery(el, 'hub');
    await until(() => titles(el).length > 0, 'results');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    await expect(el).to.be.accessible();
  });
});

describe('unadaptedSnippets', () => {
  const quote = '“Devolvemos el segundo cobro a la misma tarjeta o cuenta en un plazo de 5 días hábiles.”';
  it('holds while the reply is mostly the inserted text, and lets go once the agent wrote their own', () => {
    expect(unadaptedSnippets(quote, [quote])).not.to.equal(null);
    expect(unadaptedSnippets(`Hola Elena, ${quote}`, [quote])).not.to.equal(null);
    expect(unadaptedSnippets(`Elena, revisé tu cuenta: marzo se cobró dos veces por error. ${quote}`, [quote])).to.equal(null);
    expect(unadaptedSnippets('Something else entirely, about your bill and the refund date', [quote])).to.equal(null);
    expect(unadaptedSnippets('Roaming in Europe: https://help.example.com/en/roaming-europe', ['Roaming in Europe: https://help.example.com/en/roaming-europe'])).not.to.equal(null);
  });
});
