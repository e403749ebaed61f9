import type { CommunityActionRequest, CommunityPost, Message } from '../../model/index.js';
import { NotFoundError, RejectedError } from '../../ports/errors.js';
import type { CommunitySourceInput } from '../../ports/ports.js';
import { JUNK, loseResponse, type DemoState } from './state.js';

type Op = 'accept' | 'endorse' | 'thank' | 'hide';

const facts = (post: Message): CommunityPost => ({ accepted: false, kudos: 0, endorsements: [], thanks: 0, ...post.community });

/**
 * The demo's community: accept, endorse, thank and hide forum posts, in memory. Each is idempotent
 * by client id (the same id returns the first answer and acts once), tells watchers the post changed,
 * and takes `failNext("community.<op>", …)` like every other operation.
 */
export function demoCommunity(state: DemoState): CommunitySourceInput {
  const done = new Map<string, Message>();
  const act = async (op: Op, request: CommunityActionRequest, signal: AbortSignal, change: (post: Message, all: readonly Message[]) => Message): Promise<unknown> => {
    const operation = `community.${op}`;
    const fault = await state.begin(operation, signal);
    if (fault === 'junk') return { ...JUNK.message };
    const earlier = done.get(`${op}:${request.clientId}`);
    if (earlier) return earlier;
    const store = state.store(request.conversationId);
    const post = store.get(request.messageId);
    if (!post) throw new NotFoundError('community post', request.messageId);
    const changed = change(post, store.all());
    store.put(changed);
    done.set(`${op}:${request.clientId}`, changed);
    state.emit(changed.conversationId, { type: 'message-updated', message: changed });
    loseResponse(fault, `did ${operation}`);
    return changed;
  };
  const agent = state.agent;
  return {
    accept: (request, { signal }) =>
      act('accept', request, signal, (post, all) => {
        if (post.author.role === 'system') throw new RejectedError('A system event cannot be a solution.', { status: 422 });
        // Only one accepted solution per thread.
        for (const other of all) {
          if (other.id !== post.id && other.community?.accepted) state.store(request.conversationId).put({ ...other, community: { ...facts(other), accepted: false } });
        }
        return { ...post, community: { ...facts(post), accepted: true } };
      }) as Promise<Message>,
    endorse: (request, { signal }) =>
      act('endorse', request, signal, (post) => {
        const c = facts(post);
        return { ...post, community: { ...c, endorsements: [...c.endorsements, { byId: agent.id, byName: agent.displayName, at: state.now() }] } };
      }) as Promise<Message>,
    thank: (request, { signal }) => act('thank', request, signal, (post) => ({ ...post, community: { ...facts(post), thanks: facts(post).thanks + 1 } })) as Promise<Message>,
    hide: (request, { signal }) =>
      act('hide', request, signal, (post) => ({ ...post, community: { ...facts(post), hidden: { reason: request.reason, byName: agent.displayName, at: state.now() } } })) as Promise<Message>,
  };
}
