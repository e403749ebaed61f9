/**
 * Whether the agent may reply on a channel now, and why not: plain TypeScript, no DOM.
 *
 * Rules, in order: the channel must allow replies from the desktop; a reply window (Messenger, Instagram
 * and WhatsApp: 24 hours after the customer's last message on that channel) must be open, unless a
 * private reply to a public comment is still allowed (Facebook and Instagram: one private reply per
 * comment, within 7 days of it); and a cap on agent messages in a row (`maxConsecutiveAgentMessages`)
 * must not be reached.
 */
import type { Channel } from '../model/channel.js';
import type { Conversation } from '../model/conversation.js';
import type { Message } from '../model/message.js';
import { composerEn, type RuleTerms } from '../i18n/composer-terms.js';

export { describeDuration } from './duration.js';

export type ReplyVerdict =
  | {
      ok: true;
      /** Set when the reply is the private reply to this public comment (send it with `inReplyTo`). */
      privateReplyTo?: string;
      /** Something the agent should know before writing, e.g. "this is your one private reply". */
      note?: string;
    }
  | { ok: false; reason: string; code?: ReplyRefusal };

/**
 * Which rule refused a reply, for code that acts on it (the move to private names the reason):
 * replies impossible from the desktop, the reply window closed, the one private reply to a comment used,
 * the comment too old for one, no comment to reply to privately, or a cap on messages in a row reached.
 */
export type ReplyRefusal = 'no-replies' | 'window-closed' | 'private-reply-used' | 'private-reply-expired' | 'no-comment' | 'cap-reached';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const isCustomer = (m: Message) => m.author.role === 'customer' && !m.event;
/** What the brand said to the customer: counted against caps and private-reply allowances. */
const isBrand = (m: Message) => m.author.role !== 'customer' && m.author.role !== 'system' && m.visibility !== 'internal' && m.delivery !== 'failed';

function lastWhere(messages: readonly Message[], test: (m: Message) => boolean): Message | undefined {
  for (let i = messages.length - 1; i >= 0; i--) if (test(messages[i]!)) return messages[i];
  return undefined;
}

/**
 * The customer's last message on a channel, and how many the brand sent on it since: read from the newest,
 * stopping at that message, so a long conversation costs only its latest stretch.
 */
function sinceCustomer(messages: readonly Message[], channelId: string): { lastCustomer?: Message; brandSince: number } {
  let brandSince = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.channelId !== channelId) continue;
    if (isCustomer(m)) return { lastCustomer: m, brandSince };
    if (isBrand(m)) brandSince += 1;
  }
  return { brandSince };
}

/** Customer messages written after `since` (the time the agent started the draft), oldest first. */
export function customerWroteSince(messages: readonly Message[], since: string | Date): Message[] {
  const t = typeof since === 'string' ? Date.parse(since) : since.getTime();
  return messages.filter((m) => isCustomer(m) && !m.deleted && Date.parse(m.createdAt) > t);
}

/**
 * The private reply to a customer's public comment, for a private channel whose public sibling (same kind)
 * has a `privateReply` rule; null when no such rule applies.
 */
export function privateReplyVerdict(
  channel: Channel,
  conversation: Conversation,
  messages: readonly Message[],
  now: Date,
  t: RuleTerms = composerEn.rules,
): ReplyVerdict | null {
  if (channel.public) return null;
  const sibling = conversation.channels.find((c) => c.public && c.kind === channel.kind && c.capabilities.privateReply);
  const rule = sibling?.capabilities.privateReply;
  if (!sibling || !rule) return null;
  const comment = lastWhere(messages, (m) => m.channelId === sibling.id && isCustomer(m) && !m.deleted);
  if (!comment) return { ok: false, code: 'no-comment', reason: t.noComment(sibling.name) };
  const age = now.getTime() - Date.parse(comment.createdAt);
  if (age > rule.withinDays * DAY) {
    return {
      ok: false,
      code: 'private-reply-expired',
      reason: t.privateExpired(rule.withinDays, t.duration(age)),
    };
  }
  const commentAt = Date.parse(comment.createdAt);
  const after = (m: Message) => Date.parse(m.createdAt) >= commentAt;
  const customerAnsweredPrivately = messages.some((m) => m.channelId === channel.id && isCustomer(m) && after(m));
  const replies = messages.filter(
    (m) => m.channelId === channel.id && isBrand(m) && (m.inReplyTo === comment.id || (!m.inReplyTo && !customerAnsweredPrivately && after(m))),
  );
  if (replies.length >= rule.maxPerComment) {
    return {
      ok: false,
      code: 'private-reply-used',
      reason: t.privateUsed(channel.name, rule.maxPerComment),
    };
  }
  return {
    ok: true,
    privateReplyTo: comment.id,
    note: t.privateNote(rule.maxPerComment),
  };
}

/** Whether the agent may reply on `channel` at `now`, given the conversation's messages (oldest first). */
export function canReply(channel: Channel, conversation: Conversation, messages: readonly Message[], now: Date, t: RuleTerms = composerEn.rules): ReplyVerdict {
  const caps = channel.capabilities;
  if (!caps.canReply) return { ok: false, code: 'no-replies', reason: t.noReplies(channel.name) };
  const { lastCustomer, brandSince: inARow } = sinceCustomer(messages, channel.id);

  const window = caps.replyWindow;
  if (window) {
    const age = lastCustomer ? now.getTime() - Date.parse(lastCustomer.createdAt) : Infinity;
    if (age > window.hours * HOUR) {
      const when = lastCustomer ? t.lastWrote(t.duration(age)) : t.notWrittenYet;
      const privately = privateReplyVerdict(channel, conversation, messages, now, t);
      if (privately?.ok) return privately;
      const used = privately && !privately.ok && privately.code === 'private-reply-used';
      return { ok: false, code: used ? 'private-reply-used' : 'window-closed', reason: [window.reason, when, privately && !privately.ok ? privately.reason : ''].filter(Boolean).join(' ') };
    }
  }

  const cap = caps.maxConsecutiveAgentMessages;
  if (cap !== null) {
    if (inARow >= cap) {
      return {
        ok: false,
        code: 'cap-reached',
        reason: t.capReached(channel.name, cap, inARow),
      };
    }
  }
  return { ok: true };
}
