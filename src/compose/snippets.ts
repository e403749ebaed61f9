/**
 * Knowledge text in a reply: a quote or a link the agent inserted from the knowledge base. Inserting it
 * is a start, not a reply — a public reply that is mostly someone else's words reads as canned, so it
 * counts as a stock reply until the agent has put it in their own words: enough words of their own
 * besides what was inserted (at least `MIN_OWN_WORDS`, and at least a quarter as many as the inserted
 * words still in the reply). Rewording the quote removes its words from the reply; writing about the
 * customer's problem around it adds the agent's own. Pure: no DOM.
 */
import type { Span } from './length.js';

/** Words of the agent's own a reply with knowledge text needs, at the least. */
export const MIN_OWN_WORDS = 4;

/** Words that say nothing on their own (greetings, articles, pronouns). */
const FILLER = new Set(
  'a an the and or but so to of for in on at with we us our you your i me my it this that is are be hi hello hey thanks thank please sorry here there hola gracias el la los las un una y o de del en con por para que es tu su'.split(' '),
);

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w && !FILLER.has(w));

export interface UnadaptedSnippets {
  /** Where inserted text still stands word for word in the reply. */
  spans: Span[];
  /** Words of the agent's own so far, and how many it needs. */
  own: number;
  needed: number;
}

/**
 * Whether `text` is still mostly the inserted `snippets`: null once the agent has made it their own (or
 * removed them), else where they stand and how many own words it has and needs.
 */
export function unadaptedSnippets(text: string, snippets: readonly string[]): UnadaptedSnippets | null {
  if (snippets.length === 0 || !text.trim()) return null;
  const inserted = new Map<string, number>();
  for (const snippet of snippets) for (const w of words(snippet)) inserted.set(w, (inserted.get(w) ?? 0) + 1);
  let own = 0;
  let kept = 0;
  for (const w of words(text)) {
    const left = inserted.get(w) ?? 0;
    if (left > 0) {
      inserted.set(w, left - 1);
      kept += 1;
    } else own += 1;
  }
  const links = snippets.some((s) => /https?:\/\/\S+/.test(s) && text.includes(s.match(/https?:\/\/\S+/)![0]));
  if (kept === 0 && !links) return null;
  const needed = Math.max(MIN_OWN_WORDS, Math.ceil(kept / 4));
  if (own >= needed) return null;
  const spans: Span[] = [];
  for (const snippet of snippets) {
    for (let at = text.indexOf(snippet); snippet && at >= 0; at = text.indexOf(snippet, at + snippet.length)) spans.push({ start: at, end: at + snippet.length });
  }
  return { spans: spans.sort((a, b) => a.start - b.start), own, needed };
}
