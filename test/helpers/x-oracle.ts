/**
 * X's reference counter and the corpora it is checked on, served by scripts/oracle-plugin.js (test
 * only; nothing of it ships).
 */
export interface ParsedTweet {
  weightedLength: number;
  valid: boolean;
}

export interface XReference {
  parseTweet(text: string): ParsedTweet;
  extractUrlsWithIndices(text: string): { url: string; indices: [number, number] }[];
  regexen: Record<string, RegExp>;
}

/** twitter-text 3.1 as published (`today`: with today's Twemoji parser in place of the one it pins). */
export async function loadReference({ today = false } = {}): Promise<XReference> {
  const url = today ? '/__oracle__/twitter-text-today.js' : '/__oracle__/twitter-text.js';
  return (await import(/* @vite-ignore */ url)) as XReference;
}

export type CorpusName = 'vader-tweets' | 'apple-brand-tweets' | 'blns';

/** Every tweet of ../shared/data/sentiment/ (both files) and the Big List of Naughty Strings. */
export async function loadCorpora(): Promise<Record<CorpusName, string[]>> {
  const response = await fetch('/__oracle__/corpora.json');
  if (!response.ok) throw new Error(`corpora: HTTP ${response.status}`);
  return response.json();
}

/** Today's IANA list of TLDs (the `tlds` package). */
export async function loadIanaTlds(): Promise<string[]> {
  const response = await fetch('/__oracle__/tlds.json');
  if (!response.ok) throw new Error(`tlds: HTTP ${response.status}`);
  return response.json();
}
