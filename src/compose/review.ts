/**
 * `reviewReply(text, context)`: the checks a reply goes through before it reaches a customer, in one pure
 * function (no DOM) that the composer, the move to private and hosts' own macros all use. Each finding
 * names its kind, the words (as spans of the text) and the reason, in the terms' language.
 *
 * Which checks run depends on who will read the reply:
 * - public posts: personal data, tone, stock replies, and text meant for the team;
 * - private replies: tone and text meant for the team (personal data is what private channels are for);
 * - internal notes: none.
 */
import type { Channel } from '../model/channel.js';
import type { Message, Participant } from '../model/message.js';
import { composerEn, type ReviewTerms } from '../i18n/composer-terms.js';
import type { Span } from './length.js';
import { noteLike, type Colleague } from './note-like.js';
import { findPii } from './pii.js';
import type { ToneHit } from './reply-tone.js';
import { stockReply } from './stock.js';
import { unadaptedSnippets } from './snippets.js';
import { snippetEn } from '../i18n/snippet-terms.js';

export type ReplyFindingKind = 'pii' | 'tone' | 'stock' | 'note-like';

/** One thing the agent should look at before sending. */
export interface ReplyFinding {
  kind: ReplyFindingKind;
  /** What is wrong, in words for the agent. */
  message: string;
  /** Where in the text, as [start, end) spans; empty when it is about the whole reply. */
  spans: Span[];
  /**
   * The rule behind it: for `pii` the kind of data (`card`, `iban`, `email`, `phone`, `national-id-us`,
   * `national-id-uk`); for `tone` the reason (`sarcasm`, `blame`, `dismissal`, `insult`, `condescension`);
   * for `stock` `cliches`, `repeat` or `snippet` (inserted knowledge text not yet in the agent's words); for `note-like` `team-phrase` or `colleague`.
   */
  rule: string;
}

export interface ReplyContext {
  /** The channel the reply goes out on; its visibility decides the checks unless `public` says otherwise. */
  channel?: Pick<Channel, 'kind' | 'public'>;
  /** Whether anyone can read the reply; by default the channel's, else true (check everything). */
  public?: boolean;
  /** Earlier messages of the conversation (oldest first): repeats, and the colleagues who wrote in it. */
  messages?: readonly Message[];
  /** The customer: their names are never taken for a colleague's. */
  customer?: Pick<Participant, 'displayName' | 'handle'>;
  /**
   * The brand's people a reply should not name; by default the staff who wrote in `messages`, except
   * `agent` (and the conversation's assignee, when the composer passes it as `agent`).
   */
  colleagues?: readonly Colleague[];
  /** The agent writing: their own name in a reply is a signature, not a colleague. */
  agent?: Pick<Participant, 'id' | 'displayName'>;
  /** The brand's own phone numbers (any format): never personal data. Toll-free formats never are either. */
  serviceNumbers?: readonly string[];
  /** The brand's e-mail domains (`example.com`): addresses there are the brand's, not the customer's. */
  serviceDomains?: readonly string[];
  /** The words of the findings; English by default. */
  terms?: ReviewTerms;
  /**
   * Knowledge text the agent inserted (quotes, links): a public reply that is still mostly these is a
   * stock reply (`stock`, rule `snippet`) until the agent has put it in their own words (`unadaptedSnippets`).
   */
  snippets?: readonly string[];
  /** The words of the `snippet` finding; English by default. */
  snippetFinding?: string;
}

/** The reply-tone rules, loaded on first use (they come with the analyzer's chunk). */
export interface ToneChecker {
  replyTone(text: string): ToneHit[];
}

const STAFF = new Set(['agent', 'community-advocate']);

const isAgent = (a: Participant, agent: ReplyContext['agent']) => a.id === 'me' || a.id === agent?.id || a.displayName === agent?.displayName;

/** Staff who wrote in the conversation, except the agent writing. */
function colleaguesIn(context: ReplyContext): Colleague[] {
  const seen = new Map<string, Colleague>();
  for (const { author: a } of context.messages ?? []) {
    if (STAFF.has(a.role) && !isAgent(a, context.agent)) seen.set(a.id, { displayName: a.displayName, ...(a.handle ? { handle: a.handle } : {}) });
  }
  return [...seen.values()];
}

/** Names that are never a colleague's: the customer's, and the agent's own (their handle may be the brand's). */
function notColleagues(context: ReplyContext): string[] {
  const own = (context.messages ?? []).filter((m) => isAgent(m.author, context.agent)).map((m) => m.author.handle);
  return [context.customer?.displayName, context.customer?.handle, context.agent?.displayName, ...own].filter((n): n is string => !!n);
}

/** Whether the reply is public, as the context says. */
const isPublic = (context: ReplyContext) => context.public ?? context.channel?.public ?? true;

/**
 * The findings for `text` with the tone rules already loaded (synchronous; the bench and tests use it).
 * `reviewReply` loads the rules and calls this.
 */
export function reviewWith(tone: ToneChecker | undefined, text: string, context: ReplyContext = {}): ReplyFinding[] {
  const t = context.terms ?? composerEn.review;
  if (context.channel?.kind === 'note' || !text.trim()) return [];
  const open = isPublic(context);
  const findings: ReplyFinding[] = [];
  if (open) {
    for (const f of findPii(text, { serviceNumbers: context.serviceNumbers, serviceDomains: context.serviceDomains })) {
      findings.push({ kind: 'pii', rule: f.rule, message: t.pii[f.rule], spans: [{ start: f.start, end: f.end }] });
    }
  }
  for (const hit of tone?.replyTone(text) ?? []) {
    findings.push({ kind: 'tone', rule: hit.reason, message: t.tone[hit.reason](hit.words), spans: hit.spans });
  }
  const colleagues = context.colleagues ?? colleaguesIn(context);
  for (const hit of noteLike(text, t.notePhrases, colleagues, notColleagues(context))) {
    findings.push({ kind: 'note-like', rule: hit.rule, message: (hit.rule === 'colleague' ? t.colleague : t.noteLike)(hit.words), spans: [hit.span] });
  }
  if (open) {
    const stock = stockReply(text, context.messages);
    if (stock) findings.push({ kind: 'stock', rule: stock.repeat ? 'repeat' : 'cliches', message: stock.repeat ? t.stockRepeat : t.stock, spans: stock.spans });
    const unadapted = !stock && context.snippets ? unadaptedSnippets(text, context.snippets) : null;
    if (unadapted) findings.push({ kind: 'stock', rule: 'snippet', message: context.snippetFinding ?? snippetEn.adaptFinding, spans: unadapted.spans });
  }
  return findings;
}

let loading: Promise<ToneChecker> | undefined;

/** Loads the reply-tone rules once (a separate chunk, fetched with the analyzer's). */
export function loadReplyTone(): Promise<ToneChecker> {
  loading ??= import('./reply-tone.js').then((m) => ({ replyTone: m.replyTone }));
  loading.catch(() => (loading = undefined)); // a failed download can be retried
  return loading;
}

/**
 * Reviews a reply before it is sent: personal data, tone, stock replies and text meant for the team, as
 * suits the audience (see above). When the tone rules can't be loaded the other checks still run.
 */
export async function reviewReply(text: string, context: ReplyContext = {}, load: () => Promise<ToneChecker> = loadReplyTone): Promise<ReplyFinding[]> {
  const tone = await load().catch(() => undefined);
  return reviewWith(tone, text, context);
}
