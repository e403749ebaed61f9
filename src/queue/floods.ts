/**
 * Grouping the queue: one customer writing repeatedly becomes one group, and many customers writing
 * about the same thing in a short window become an incident. Plain TypeScript, no DOM.
 */
import type { QueueEntry } from './types.js';
import { topicsOf, type Topics } from './topics.js';

/**
 * Who wrote an entry: the matched customer's id, or else the sender's handle on its channel (the same
 * handle on the same channel is the same sender, matched or not).
 */
export function senderKey(entry: QueueEntry): string {
  const { customerId, channel, customerAddress } = entry.interaction;
  return customerId ? `customer:${customerId}` : `${channel}:${customerAddress.trim().toLowerCase()}`;
}

/** The text floods are recognised by: what the customer wrote, or the text the host sent with the interaction. */
export const textOf = (entry: QueueEntry): string => entry.text ?? entry.interaction.attributes['text'] ?? '';

/** The entries of one sender, latest first. */
export interface SenderGroup {
  key: string;
  entries: QueueEntry[];
  /** The latest arrival, ms. */
  at: number;
  topics: Topics;
}

const topicCache = new WeakMap<QueueEntry, { ignore: ReadonlySet<string>; topics: Topics }>();

function topicsFor(entry: QueueEntry, ignore: ReadonlySet<string>): Topics {
  const cached = topicCache.get(entry);
  if (cached && cached.ignore === ignore) return cached.topics;
  const topics = topicsOf(textOf(entry), { ignoreWords: ignore, ...(entry.post ? { post: entry.post } : {}) });
  topicCache.set(entry, { ignore, topics });
  return topics;
}

const merge = (a: string[], b: string[]) => (b.length === 0 ? a : [...new Set([...a, ...b])]);

/** Entries grouped by sender, in order of their latest arrival. */
export function groupBySender(entries: readonly QueueEntry[], ignore: ReadonlySet<string>): SenderGroup[] {
  const groups = new Map<string, SenderGroup>();
  for (const entry of entries) {
    const key = senderKey(entry);
    const at = Date.parse(entry.interaction.receivedAt) || 0;
    const topics = topicsFor(entry, ignore);
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { key, entries: [entry], at, topics });
      continue;
    }
    group.entries.push(entry);
    group.at = Math.max(group.at, at);
    group.topics = { tags: merge(group.topics.tags, topics.tags), links: merge(group.topics.links, topics.links), words: merge(group.topics.words, topics.words) };
  }
  for (const group of groups.values()) group.entries.sort((a, b) => b.interaction.receivedAt.localeCompare(a.interaction.receivedAt));
  return [...groups.values()].sort((a, b) => a.at - b.at);
}

/** Two senders write about the same thing: a shared hashtag, a shared link, or two shared words. */
function related(a: Topics, b: Topics, bWords: ReadonlySet<string>): boolean {
  if (a.tags.some((tag) => b.tags.includes(tag))) return true;
  if (a.links.some((link) => b.links.includes(link))) return true;
  let shared = 0;
  for (const word of a.words) if (bWords.has(word) && ++shared >= 2) return true;
  return false;
}

export interface Incident {
  groups: SenderGroup[];
  topic: string;
}

/** The most frequent value among the groups' lists, with its count. */
function commonest(lists: string[][]): [string, number][] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const value of list) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** What an incident is about: its commonest hashtag, else link, else its two commonest words. */
function topicOf(groups: SenderGroup[]): string {
  const tag = commonest(groups.map((g) => g.topics.tags))[0];
  if (tag && tag[1] >= 2) return tag[0];
  const link = commonest(groups.map((g) => g.topics.links))[0];
  if (link && link[1] >= 2) return link[0];
  const words = commonest(groups.map((g) => g.topics.words)).slice(0, 2).map(([word]) => word);
  return words.map((word) => `“${word}”`).join(' ');
}

/**
 * Senders linked by writing about the same thing within `windowMs` of each other, transitively; sets
 * of at least `minCustomers` senders are incidents. Groups must be in order of arrival.
 */
export function findIncidents(groups: readonly SenderGroup[], windowMs: number, minCustomers: number): Incident[] {
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const words = groups.map((g) => new Set(g.topics.words));
  let start = 0;
  for (let i = 0; i < groups.length; i += 1) {
    while (groups[i]!.at - groups[start]!.at > windowMs) start += 1;
    for (let j = start; j < i; j += 1) {
      if (find(i) !== find(j) && related(groups[i]!.topics, groups[j]!.topics, words[j]!)) parent[find(i)] = find(j);
    }
  }
  const sets = new Map<number, SenderGroup[]>();
  groups.forEach((group, i) => {
    const root = find(i);
    const set = sets.get(root);
    if (set) set.push(group);
    else sets.set(root, [group]);
  });
  return [...sets.values()].filter((set) => set.length >= minCustomers).map((set) => ({ groups: set, topic: topicOf(set) }));
}
