/**
 * The queue's default ordering. Pure: the same entries and options give the same items, nothing is
 * changed, no DOM. A host may replace it (`<cx-screen-pop>`'s `prioritize` property) with any
 * function of the same type.
 *
 * 1. **Repeat customers**: entries of one sender (`senderKey`: the matched customer, else the handle
 *    on its channel) become one item led by its most urgent (else latest); "Wrote N times" raises it by `repeat` plus
 *    `repeatEach` per message after the first (at most 3 counted).
 * 2. **Floods**: senders who write about the same thing — a shared hashtag, a shared link or two
 *    shared significant words (`topicsOf`) — within `floodWindowMs` (15 min) of each other, linked
 *    transitively, become one incident when there are at least `floodMinCustomers` (5) of them. An
 *    incident is urgent, raised by `incident`, led by its most urgent member, and named by its
 *    commonest hashtag, link or words.
 * 3. **Each item is scored** by its lead's reasons, each shown:
 *    - SLA (the most pressing clock, `mostPressing`): overdue `slaOverdue` (urgent), due within
 *      `slaSoonMs` (15 min) `slaSoon`;
 *    - sentiment very negative (label, or a score of −0.6 or less) `veryNegative`, and `worsening`
 *      more when its trend is worsening;
 *    - the customer's standing (`assessStanding`), when notable: high / medium reach `reachHigh` /
 *      `reachMedium`, high / medium value `valueHigh` / `valueMedium`, high churn risk `churnHigh` —
 *      one reason with the indicator's headline, so clout never counts without being shown;
 *    - a forum question unanswered (no accepted answer, no staff or advocate reply) for longer than
 *      `forumStaleAfterMs` (24 h) `unanswered`, with how long in words;
 *    - the host's priority: urgent `hostUrgent` (urgent), high `hostHigh`, low `hostLow` (lowers, no
 *      reason); the host's own reasons are shown after ours, one per kind.
 * 4. **Order**: by score, highest first; then the longest waiting (earliest arrival); then by key.
 */
import { describeStanding } from '../customer/standing.js';
import { forumEn, waitWords } from '../i18n/forum-terms.js';
import { durationWords, popTerms } from '../i18n/pop-terms.js';
import { FORUM_STALE_AFTER_MS, forumStaleness } from '../thread/forum-staleness.js';
import { findIncidents, groupBySender, type SenderGroup } from './floods.js';
import { mostPressing, SLA_SOON_MS } from './sla.js';
import type { PriorityWeights, PrioritizeOptions, QueueEntry, QueueItem, QueueReason } from './types.js';

/** The default weights (see above). */
export const PRIORITY_WEIGHTS: Readonly<PriorityWeights> = {
  incident: 100,
  slaOverdue: 60,
  slaSoon: 40,
  veryNegative: 30,
  worsening: 5,
  reachHigh: 25,
  reachMedium: 10,
  valueHigh: 20,
  valueMedium: 8,
  churnHigh: 10,
  repeat: 10,
  repeatEach: 5,
  hostUrgent: 50,
  hostHigh: 20,
  hostLow: -10,
  unanswered: 30,
};

export const FLOOD_WINDOW_MS = 15 * 60_000;
export const FLOOD_MIN_CUSTOMERS = 5;

interface Scored {
  score: number;
  urgent: boolean;
  reasons: QueueReason[];
}

interface Context {
  now: number;
  soonMs: number;
  w: PriorityWeights;
  t: NonNullable<PrioritizeOptions['terms']>;
  slaKinds: NonNullable<PrioritizeOptions['slaKinds']>;
  standingTerms: PrioritizeOptions['standingTerms'];
  locale: string | undefined;
  staleAfterMs: number;
}

/** One entry's own score and reasons. */
function scoreEntry(entry: QueueEntry, c: Context): Scored {
  const { w, t } = c;
  const reasons: QueueReason[] = [];
  let score = 0;
  let urgent = false;
  const sla = entry.sla ? mostPressing(entry.sla, c.now, c.soonMs) : undefined;
  if (sla && (sla.state === 'overdue' || sla.state === 'soon')) {
    const overdue = sla.state === 'overdue';
    score += overdue ? w.slaOverdue : w.slaSoon;
    urgent ||= overdue;
    reasons.push({ kind: 'sla', text: t.sla(c.slaKinds[sla.kind], overdue, durationWords(sla.remainingMs, c.locale)) });
  }
  const sentiment = entry.sentiment;
  if (sentiment && (sentiment.label === 'very-negative' || sentiment.score <= -0.6)) {
    const worsening = entry.trend === 'worsening';
    score += w.veryNegative + (worsening ? w.worsening : 0);
    reasons.push({ kind: 'sentiment', text: t.veryNegative(worsening) });
  }
  const standing = entry.standing;
  if (standing?.notable) {
    const reach = standing.reach === 'high' ? w.reachHigh : standing.reach === 'medium' ? w.reachMedium : 0;
    const value = standing.value === 'high' ? w.valueHigh : standing.value === 'medium' ? w.valueMedium : 0;
    score += reach + value + (standing.churnRisk === 'high' ? w.churnHigh : 0);
    reasons.push({ kind: reach > 0 ? 'reach' : 'value', text: describeStanding(standing, c.locale, c.standingTerms).headline });
  }
  if (entry.forum) {
    const stale = forumStaleness(entry.forum, c.now, c.staleAfterMs);
    if (stale.stale) {
      score += w.unanswered;
      reasons.push({ kind: 'unanswered', text: (t.unanswered ?? forumQuestionUnanswered)(waitWords(stale.waitingMs)) });
    }
  }
  if (entry.priority === 'urgent' || entry.priority === 'high') {
    score += entry.priority === 'urgent' ? w.hostUrgent : w.hostHigh;
    urgent ||= entry.priority === 'urgent';
    reasons.push({ kind: 'manual', text: t.hostPriority(entry.priority) });
  } else if (entry.priority === 'low') {
    score += w.hostLow;
  }
  for (const reason of entry.hostReasons ?? []) {
    if (!reasons.some((r) => r.kind === reason.kind)) reasons.push({ kind: reason.kind, text: reason.text });
  }
  return { score, urgent, reasons };
}

/** The reason's words when the terms given have none of their own (translations made before forums). */
const forumQuestionUnanswered = (duration: string) => `Forum question ${forumEn.unanswered(duration).toLowerCase()}`;

const arrival = (entry: QueueEntry) => Date.parse(entry.interaction.receivedAt) || 0;

/** The most urgent of some entries, with its score. */
function best(entries: readonly QueueEntry[], c: Context): { lead: QueueEntry; scored: Scored } {
  let lead = entries[0]!;
  let scored = scoreEntry(lead, c);
  for (const entry of entries.slice(1)) {
    const s = scoreEntry(entry, c);
    if (s.score > scored.score) [lead, scored] = [entry, s];
  }
  return { lead, scored };
}

function senderItem(group: SenderGroup, c: Context): QueueItem {
  const count = group.entries.length;
  if (count === 1) {
    const lead = group.entries[0]!;
    return { key: lead.id, kind: 'single', lead, entries: [lead], customers: 1, ...scoreEntry(lead, c) };
  }
  const { lead, scored } = best(group.entries, c);
  const raise = c.w.repeat + c.w.repeatEach * Math.min(3, count - 1);
  return {
    key: `repeat:${group.key}`,
    kind: 'repeat',
    lead,
    entries: group.entries,
    customers: 1,
    score: scored.score + raise,
    urgent: scored.urgent,
    reasons: [{ kind: 'repeat', text: c.t.repeat(count) }, ...scored.reasons],
  };
}

/** Orders waiting entries into queue items with their reasons (see the module comment). */
export function prioritize(entries: readonly QueueEntry[], options: PrioritizeOptions = {}): QueueItem[] {
  const nowOption = options.now ?? Date.now();
  const c: Context = {
    now: typeof nowOption === 'number' ? nowOption : nowOption.getTime(),
    soonMs: options.slaSoonMs ?? SLA_SOON_MS,
    w: { ...PRIORITY_WEIGHTS, ...options.weights },
    t: options.terms ?? popTerms.reasonsTerms,
    slaKinds: options.slaKinds ?? popTerms.sla.kind,
    standingTerms: options.standingTerms,
    locale: options.locale,
    staleAfterMs: options.forumStaleAfterMs ?? FORUM_STALE_AFTER_MS,
  };
  const windowMs = options.floodWindowMs ?? FLOOD_WINDOW_MS;
  const ignore = ignoreSet(options.ignoreWords);
  const groups = groupBySender(entries, ignore);
  const incidents = findIncidents(groups, windowMs, options.floodMinCustomers ?? FLOOD_MIN_CUSTOMERS);
  const inIncident = new Set(incidents.flatMap((incident) => incident.groups));
  const items: QueueItem[] = groups.filter((group) => !inIncident.has(group)).map((group) => senderItem(group, c));
  for (const incident of incidents) {
    const all = incident.groups.flatMap((group) => group.entries);
    const { lead, scored } = best(all, c);
    const first = all.reduce((a, b) => (arrival(b) < arrival(a) ? b : a));
    const span = Math.max(...incident.groups.map((g) => g.at)) - Math.min(...incident.groups.map((g) => g.at));
    items.push({
      key: `incident:${first.id}`,
      kind: 'incident',
      lead,
      entries: all,
      customers: incident.groups.length,
      topic: incident.topic,
      urgent: true,
      score: scored.score + c.w.incident,
      reasons: [{ kind: 'flood', text: c.t.incident(incident.groups.length, incident.topic, durationWords(Math.max(60_000, span), c.locale)) }, ...scored.reasons],
    });
  }
  return items.sort((a, b) => b.score - a.score || arrival(a.lead) - arrival(b.lead) || a.key.localeCompare(b.key));
}

let lastIgnore: { words: readonly string[] | undefined; set: ReadonlySet<string> } | undefined;

/** The ignored words as a set, lower-cased; the same list gives the same set (topics are cached by it). */
function ignoreSet(words: readonly string[] | undefined): ReadonlySet<string> {
  if (lastIgnore && lastIgnore.words === words) return lastIgnore.set;
  const set = new Set((words ?? []).map((word) => word.toLowerCase().replace(/^[@#]/, '')));
  lastIgnore = { words, set };
  return set;
}
