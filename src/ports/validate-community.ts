/**
 * Validators of the community side of the model: a post's community facts (on a message) and the
 * answers of the `CommunitySource` port, each checked against its request — the same post, and the
 * state the action asked for (accepted, endorsed, hidden).
 */
import type { CommunityActionRequest, CommunityPost, Message } from '../model/index.js';
import { describeValue } from './describe.js';
import { arrayOf, boolean, id, isoDate, object, optional, string, withDefault, type Check } from './schema.js';
import { message } from './validate-message.js';

const count: Check<number> = (value, scope) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : scope.fail('must be a whole number, 0 or more', value);

const endorsement = object({ byId: id, byName: string, at: isoDate });

const communityFields = object({
  accepted: withDefault(boolean, () => false),
  kudos: withDefault(count, () => 0),
  official: optional(boolean),
  endorsements: withDefault(arrayOf(endorsement), () => []),
  thanks: withDefault(count, () => 0),
  hidden: optional(object({ reason: string, byName: optional(string), at: optional(isoDate) })),
});

/** A post's community facts; defaulted: `accepted` (false), `kudos` (0), `endorsements` ([]), `thanks` (0). */
export const communityPost: Check<CommunityPost> = (value, scope) => communityFields(value, scope) as CommunityPost;

/** What each community action must have done to the post it returns. */
export type CommunityOutcome = 'accepted' | 'endorsed' | 'thanked' | 'hidden';

const OUTCOME: Record<CommunityOutcome, { holds: (post: CommunityPost | undefined) => boolean; expected: string; path: string }> = {
  accepted: { holds: (p) => p?.accepted === true, expected: 'must be true: the post was accepted as the solution', path: 'community.accepted' },
  endorsed: { holds: (p) => (p?.endorsements.length ?? 0) > 0, expected: 'must hold the endorsement just made', path: 'community.endorsements' },
  thanked: { holds: (p) => (p?.thanks ?? 0) > 0, expected: 'must count the thanks just given (1 or more)', path: 'community.thanks' },
  hidden: { holds: (p) => p?.hidden !== undefined, expected: 'must say why the post is hidden: it was hidden pending moderation', path: 'community.hidden' },
};

/**
 * The post a community action returns, checked against its request: a valid message, the post asked
 * about (same id and conversation), in the state the action leads to.
 */
export const communityResult =
  (request: Pick<CommunityActionRequest, 'messageId' | 'conversationId'>, outcome: CommunityOutcome): Check<Message> =>
  (value, scope) => {
    const before = scope.count;
    const post = message(value, scope);
    if (scope.count > before) return post;
    const at = (path: string, problem: string, raw: unknown) => {
      const segments = path.split('.');
      for (const segment of segments) scope.enter(segment);
      scope.problem(problem, raw);
      for (let i = 0; i < segments.length; i += 1) scope.leave();
    };
    if (post.id !== request.messageId) at('id', `must be the post acted on, ${JSON.stringify(request.messageId)}, got ${describeValue(post.id)}`, post.id);
    if (post.conversationId !== request.conversationId)
      at('conversationId', `must be the post's conversation, ${JSON.stringify(request.conversationId)}, got ${describeValue(post.conversationId)}`, post.conversationId);
    const rule = OUTCOME[outcome];
    if (!rule.holds(post.community)) at(rule.path, rule.expected, post.community);
    return post;
  };

/** Whether a post is an official reply of the brand: the host says so, else a public staff reply. */
export function isOfficialReply(post: Pick<Message, 'author' | 'visibility' | 'community'>): boolean {
  return post.community?.official ?? (post.author?.role === 'agent' && post.visibility === 'public');
}
