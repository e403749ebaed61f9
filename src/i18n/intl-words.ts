/**
 * The `Intl` phrasing that English words use as well as the other locales: a duration ("2 hr, 5 min")
 * and a language's name. Apart from ./plural.ts so that an element's English carries only these two,
 * not the plural and list helpers that only the lazily loaded catalogues need.
 */

const UNITS = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
] as const;

/**
 * A span of time, short, through `Intl` ("2 hr, 5 min", "2 Std., 5 Min.", "٢ س و٥ د"): the two largest
 * units, seconds only under a minute.
 */
export function formatDuration(ms: number, locale?: string): string {
  let seconds = Math.max(0, Math.round(Math.abs(ms) / 1000));
  const parts: [string, number][] = [];
  for (const [unit, size] of UNITS) {
    const n = Math.floor(seconds / size);
    if (n || (unit === 'second' && !parts.length)) parts.push([unit, n]);
    seconds -= n * size;
  }
  const used = parts[0]?.[0] === 'second' ? parts.slice(0, 1) : parts.filter(([u]) => u !== 'second').slice(0, 2);
  // Drop a trailing zero unit ("2 h" rather than "2 h 0 min").
  const shown = used.filter(([, n], i) => n || i === 0);
  const words = shown.map(([unit, n]) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(n));
  return words.length > 1 ? new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }).format(words) : (words[0] ?? '');
}

const languageNames = new Map<string, Intl.DisplayNames | undefined>();

/** A language tag in words in `locale` ("Spanish", "Spanisch"), by `Intl.DisplayNames`; `und` → `unknown`; else the tag. */
export function formatLanguage(tag: string, locale: string, unknown: string): string {
  if (tag === 'und') return unknown;
  if (!languageNames.has(locale)) {
    try {
      languageNames.set(locale, new Intl.DisplayNames([locale], { type: 'language' }));
    } catch {
      languageNames.set(locale, undefined);
    }
  }
  try {
    return languageNames.get(locale)?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
