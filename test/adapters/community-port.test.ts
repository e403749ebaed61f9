import { expect } from '@open-wc/testing';
import { createAdapter } from '../../src/ports/adapter.js';
import { InvalidDataError } from '../../src/ports/errors.js';
import type { MessageInput } from '../../src/model/index.js';

const post = (extra: Partial<MessageInput> = {}): MessageInput => ({
  id: 'p1', conversationId: 'c1', channelId: 'forum', visibility: 'public', author: { id: 'a', role: 'community-advocate', displayName: 'Lena', rank: 'Expert' }, createdAt: '2026-11-30T09:00:00Z', ...extra,
});
const request = { clientId: 'k1', conversationId: 'c1', messageId: 'p1' };

describe('CommunitySource at the boundary', () => {
  it('gates each action on its method, and passes a signal', async () => {
    const signals: AbortSignal[] = [];
    const adapter = createAdapter({ community: { accept: async (_r, { signal }) => (signals.push(signal), post({ community: { accepted: true } })) } });
    expect(adapter.has('community.accept')).to.equal(true);
    expect(adapter.has('community.endorse') || adapter.has('community.thank') || adapter.has('community.hide')).to.equal(false);
    expect(createAdapter({}).has('community.accept')).to.equal(false);
    const result = await adapter.community!.accept!(request);
    expect(signals[0]).to.be.instanceOf(AbortSignal);
    expect(result.community).to.deep.equal({ accepted: true, kudos: 0, endorsements: [], thanks: 0 });
    expect(result.author.rank).to.equal('Expert');
  });

  it('rejects an answer about another post, or not in the state asked for, naming the field', async () => {
    const adapter = createAdapter({
      community: {
        accept: async () => post({ id: 'p2', community: { accepted: true } }),
        hide: async () => post({ community: { kudos: 3 } }),
        endorse: async () => post({ community: { kudos: -1, endorsements: [{ byId: 's', byName: 'Sam', at: '2026-11-30T10:00:00Z' }] } }),
      },
    });
    const failure = (promise: Promise<unknown>) => promise.then(() => expect.fail('resolved'), (e: unknown) => e as InvalidDataError);
    const wrongPost = await failure(adapter.community!.accept!(request));
    expect(wrongPost).to.be.instanceOf(InvalidDataError);
    expect(wrongPost.issues.map((i) => i.path)).to.deep.equal(['id']);
    const notHidden = await failure(adapter.community!.hide!({ ...request, reason: 'spam' }));
    expect(notHidden.issues.map((i) => i.path)).to.deep.equal(['community.hidden']);
    const badKudos = await failure(adapter.community!.endorse!(request));
    expect(badKudos.issues.map((i) => i.path)).to.deep.equal(['community.kudos']);
  });
});
