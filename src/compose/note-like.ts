/**
 * Tell-tale signs that a text meant for the team is about to reach the customer: it is addressed to the
 * team ("Note for the team:", "FYI team", "internal:") or names a colleague by handle or name. Plain
 * TypeScript, no DOM; the phrases come from the terms, so a translation brings its own.
 */
import { findUrls, type Span } from './length.js';

/** Someone on the brand's side, as a reply might name them. */
export interface Colleague {
  displayName?: string;
  handle?: string;
}

export interface NoteLikeHit {
  rule: 'team-phrase' | 'colleague';
  /** The words as written. */
  words: string;
  span: Span;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LETTER = String.raw`\p{L}\p{N}_`;

/**
 * A phrase as a whole-word pattern; spaces match any run of spaces. A phrase ending in ":" also ends in a
 * dash, and a single word with a colon ("team:", "internal:") counts only where it heads the text or a
 * line (after any @handles), as in "Internal: …".
 */
function phrasePattern(phrase: string): string {
  const words = phrase.trim();
  const body = escape(words).replace(/\s+/g, String.raw`\s+`).replace(/:$/, String.raw`(?:\s*:|\s+[-–—](?=\s))`);
  const heading = /^[\p{L}\p{N}]+:$/u.test(words) ? String.raw`(?<=(?:^|[\n.!?])\s*(?:@\w+\s+)*)` : '';
  const start = /^[\p{L}\p{N}]/u.test(words) ? `(?<![${LETTER}])` : '';
  const end = /[\p{L}\p{N}]$/u.test(words) ? `(?![${LETTER}])` : '';
  return heading + start + body + end;
}

/** The text with its links blanked out (same length, so spans still fit): a path can hold any word. */
function withoutLinks(text: string): string {
  let out = text;
  for (const { start, end } of findUrls(text)) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

const compiled = new WeakMap<readonly string[], RegExp>();

/** Phrases addressed to the team, matched case-insensitively as whole words. */
function teamPhrases(phrases: readonly string[]): RegExp {
  let re = compiled.get(phrases);
  if (!re) {
    re = new RegExp(phrases.map(phrasePattern).join('|') || '(?!)', 'giu');
    compiled.set(phrases, re);
  }
  return re;
}

/** Names a reply may call a colleague by: the handle (when only they have it), the full name and the first name. */
function colleagueNames(colleagues: readonly Colleague[], notColleagues: readonly string[]): string[] {
  const handles = new Map<string, number>();
  for (const c of colleagues) if (c.handle) handles.set(c.handle.toLowerCase(), (handles.get(c.handle.toLowerCase()) ?? 0) + 1);
  const not = new Set(notColleagues.flatMap((n) => [n.toLowerCase(), n.toLowerCase().split(/\s+/)[0]!]));
  const names = new Set<string>();
  for (const c of colleagues) {
    // A handle several colleagues share is the brand's account, not a person.
    if (c.handle && c.handle.length > 2 && handles.get(c.handle.toLowerCase()) === 1 && !not.has(c.handle.toLowerCase())) names.add(c.handle.startsWith('@') ? c.handle : `@${c.handle}`);
    const full = c.displayName?.trim();
    if (!full) continue;
    const first = full.split(/\s+/)[0]!;
    for (const name of [full, first]) if (name.length >= 3 && !not.has(name.toLowerCase())) names.add(name);
  }
  return [...names];
}

/**
 * What in `text` reads as meant for the team: `phrases` (from the terms), and colleagues' handles and names
 * (names only as written with a capital, so "mark the box" is not Mark). Names in `notColleagues` (the
 * customer's, the agent's own and the agent's handle) are left out, first names included.
 */
export function noteLike(input: string, phrases: readonly string[], colleagues: readonly Colleague[] = [], notColleagues: readonly string[] = []): NoteLikeHit[] {
  const text = withoutLinks(input);
  const hits: NoteLikeHit[] = [];
  for (const m of text.matchAll(teamPhrases(phrases))) {
    hits.push({ rule: 'team-phrase', words: m[0], span: { start: m.index, end: m.index + m[0].length } });
  }
  for (const name of colleagueNames(colleagues, notColleagues)) {
    const handle = name.startsWith('@');
    const re = new RegExp(`(?<![${LETTER}@])${escape(name)}(?![${LETTER}])`, handle ? 'giu' : 'gu');
    for (const m of text.matchAll(re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!hits.some((h) => span.start < h.span.end && span.end > h.span.start)) hits.push({ rule: 'colleague', words: m[0], span });
    }
  }
  return hits.sort((a, b) => a.span.start - b.span.start);
}
