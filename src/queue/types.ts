import type { CustomerStanding } from '../customer/standing.js';
import type { Priority, PriorityReason, SlaClock } from '../model/conversation.js';
import type { Interaction } from '../model/interaction.js';
import type { SentimentScore, SentimentTrend } from '../model/sentiment.js';
import type { ReasonTerms } from '../i18n/pop-terms.js';
import type { StandingTerms } from '../i18n/standing-terms.js';
import type { SlaKind } from '../model/conversation.js';
import type { ForumAnswerState } from '../thread/forum-staleness.js';

/**
 * One waiting interaction with what is known about it so far. Everything but `id` and `interaction`
 * arrives as the conversation and the customer load (and may never arrive).
 */
export interface QueueEntry {
  /** The interaction's id. */
  id: string;
  interaction: Interaction;
  /** The matched customer's name. */
  name?: string;
  /** What the customer wrote last: the snippet, and what floods are recognised by. */
  text?: string;
  /** The post the mention replies to (its URL), when known. */
  post?: string;
  sentiment?: SentimentScore;
  trend?: SentimentTrend;
  /** Reach and value of the matched customer (`assessStanding`). */
  standing?: CustomerStanding;
  /** The conversation's priority, its reasons and its SLA clocks, as the host gives them. */
  priority?: Priority;
  hostReasons?: readonly PriorityReason[];
  sla?: readonly SlaClock[];
  /** On a forum thread: when the question was asked and whether staff, an advocate or an accepted answer has answered it. */
  forum?: ForumAnswerState;
}

/** Why an item is where it is: the model's reason kinds, and "repeat" for a customer who wrote several times. */
export interface QueueReason {
  kind: PriorityReason['kind'] | 'repeat' | 'unanswered';
  text: string;
}

/** One row of the ordered queue: an interaction, a customer who wrote several times, or an incident. */
export interface QueueItem {
  /** Stable while the item lasts: its lead's id, or `incident:` and its first mention's id. */
  key: string;
  kind: 'single' | 'repeat' | 'incident';
  /** The entry the row shows and Accept opens: the most urgent of the item. */
  lead: QueueEntry;
  /** Every entry of the item, the lead included (one for a single interaction). */
  entries: QueueEntry[];
  /** Distinct customers in the item (1 unless an incident). */
  customers: number;
  /** What an incident is about: a hashtag, a link or its shared words. */
  topic?: string;
  /** A flood, an overdue SLA, or marked urgent by the host. */
  urgent: boolean;
  score: number;
  /** Every reason that raised the item, strongest first. */
  reasons: QueueReason[];
}

/** How much each reason raises an item (see `prioritize`). */
export interface PriorityWeights {
  incident: number;
  slaOverdue: number;
  slaSoon: number;
  veryNegative: number;
  worsening: number;
  reachHigh: number;
  reachMedium: number;
  valueHigh: number;
  valueMedium: number;
  churnHigh: number;
  repeat: number;
  repeatEach: number;
  hostUrgent: number;
  hostHigh: number;
  hostLow: number;
  /** A forum question unanswered for longer than `forumStaleAfterMs`. */
  unanswered: number;
}

export interface PrioritizeOptions {
  /** The time to order at (ms since the epoch, or a Date). Default: now. */
  now?: number | Date;
  /** Mentions further apart than this never form a flood. Default 15 minutes. */
  floodWindowMs?: number;
  /** Distinct customers that make a flood. Default 5. */
  floodMinCustomers?: number;
  /** An SLA clock due within this is about to breach. Default 15 minutes. */
  slaSoonMs?: number;
  /** Words that say nothing about a topic here (the brand's name, its handle without "@"). */
  ignoreWords?: readonly string[];
  weights?: Partial<PriorityWeights>;
  terms?: ReasonTerms;
  /** The SLA kinds' names in the reasons; English by default. */
  slaKinds?: Record<SlaKind, string>;
  /** The words of the standing reasons (reach, value); English by default. */
  standingTerms?: StandingTerms;
  /** A forum question with no accepted answer nor staff or advocate reply after this long is stale. Default 24 h. */
  forumStaleAfterMs?: number;
  /** Locale of numbers in the reasons. */
  locale?: string;
}

/** The queue's ordering: the default is `prioritize`; a host may give its own. Must not change its inputs. */
export type Prioritize = (entries: readonly QueueEntry[], options: PrioritizeOptions) => QueueItem[];
