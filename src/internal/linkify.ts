import { findLinks } from '../compose/links.js';

/** A run of message text: plain text, or an http(s) link that may be made live. */
export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/** The URL as a string when it is an absolute http(s) URL, else undefined. */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^https?:\/\//i.test(value.trim())) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Splits untrusted text into text and link parts. The links are the ones X finds (`findLinks`, the same
 * as the composer counts), kept only when written with http:// or https://: a bare domain ("hello.it")
 * stays text, so nothing the customer did not write as a web address becomes clickable. The result is
 * meant for text bindings, so nothing in it is ever parsed as HTML.
 */
export function linkify(text: string): TextPart[] {
  const source = typeof text === 'string' ? text : '';
  const parts: TextPart[] = [];
  let at = 0;
  const push = (value: string) => {
    if (!value) return;
    const previous = parts[parts.length - 1];
    if (previous?.kind === 'text') previous.text += value;
    else parts.push({ kind: 'text', text: value });
  };
  for (const link of findLinks(source)) {
    if (!link.scheme) continue;
    const candidate = source.slice(link.start, link.end);
    const href = safeHttpUrl(candidate);
    push(source.slice(at, link.start));
    if (href) parts.push({ kind: 'link', text: candidate, href });
    else push(candidate);
    at = link.end;
  }
  push(source.slice(at));
  return parts;
}

/** A run of text, marked when it matches the search. */
export interface HighlightPart {
  text: string;
  match: boolean;
}

/** A case-insensitive pattern for a search query; null for an empty query. */
export function searchPattern(query: string): RegExp | null {
  const trimmed = query.trim();
  if (!trimmed) return null;
  return new RegExp(trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
}

/** Splits text around the matches of a search pattern. */
export function highlight(text: string, pattern: RegExp | null): HighlightPart[] {
  if (!pattern) return [{ text, match: false }];
  const parts: HighlightPart[] = [];
  let at = 0;
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: match[0], match: true });
    at = start + match[0].length;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), match: false });
  return parts;
}

const MARK_FLOODS = new Map<number, RegExp>();

/**
 * Keeps at most `max` combining marks on each character ("zalgo" text), so a message cannot paint
 * over its neighbours. For display only; search still runs on the stored text.
 */
export function tameCombiningMarks(text: string, max = 3): string {
  let pattern = MARK_FLOODS.get(max);
  if (!pattern) MARK_FLOODS.set(max, (pattern = new RegExp(`(\\p{M}{${max}})\\p{M}+`, 'gu')));
  return text.replace(pattern, '$1');
}
