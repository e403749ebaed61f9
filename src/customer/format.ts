/**
 * Locale-aware formatting of customer data with Intl, safe for whatever a host sends: an unknown
 * currency, time zone or language tag, and absurd numbers give a plain fallback or `null` ("not
 * known"), never an exception. Plain TypeScript, no DOM.
 */

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

/** Intl formatters are slow to build: one per kind, locale and options, kept. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  Kind: new (locale: string | undefined, options: object) => F,
  locale: string | undefined,
  options: object,
): F {
  const key = `${Kind.name}|${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as F | undefined;
  if (!format) formatters.set(key, (format = new Kind(locale, options)));
  return format;
}

/** A money amount given in minor units (pence, cents), with the currency's own number of decimals. */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  if (!Number.isFinite(minor)) return '–';
  try {
    const format = cached(Intl.NumberFormat, locale, { style: 'currency', currency });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(minor / 10 ** digits);
  } catch {
    // Not an ISO 4217 code: the amount as it came, with the code as text.
    return `${formatCount(minor / 100, locale)} ${currency}`.trim();
  }
}

/** A whole number, grouped the locale's way. */
export function formatCount(value: number, locale?: string): string {
  if (!Number.isFinite(value)) return '–';
  try {
    return cached(Intl.NumberFormat, locale, { maximumFractionDigits: 2 }).format(value);
  } catch {
    return String(value);
  }
}

/** A count in compact form ("248.6K"); the full number belongs next to it for screen readers or in a title. */
export function formatCompact(value: number, locale?: string): string {
  if (!Number.isFinite(value)) return '–';
  try {
    return cached(Intl.NumberFormat, locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  } catch {
    return String(value);
  }
}

/** Years from `iso` to `now`, rounded to the nearest whole year; null when the date is missing, invalid or in the future. */
export function yearsSince(iso: string | undefined, now: Date): number | null {
  const start = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(start) || start > now.getTime()) return null;
  return Math.round((now.getTime() - start) / YEAR_MS);
}

/** How long ago `iso` was, in the largest whole unit ("3 days ago", "in 2 hours"); null when invalid. */
export function formatAgo(iso: string, now: Date, locale?: string): string | null {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return null;
  const seconds = Math.round((then - now.getTime()) / 1000);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31_557_600],
    ['month', 2_629_800],
    ['week', 604_800],
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  const format = relativeFormat(locale);
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  return format.format(0, 'minute');
}

function relativeFormat(locale?: string): Intl.RelativeTimeFormat {
  try {
    return cached(Intl.RelativeTimeFormat, locale, { numeric: 'auto' });
  } catch {
    return cached(Intl.RelativeTimeFormat, 'en', { numeric: 'auto' });
  }
}

/** A date without time ("12 Mar 2024"); null when invalid. */
export function formatDate(iso: string, locale?: string): string | null {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return null;
  try {
    return cached(Intl.DateTimeFormat, locale, { dateStyle: 'medium' }).format(then);
  } catch {
    return new Date(then).toISOString().slice(0, 10);
  }
}

/** A date and time ("12 Mar 2024, 14:05"); null when invalid. */
export function formatDateTime(iso: string, locale?: string, timeZone?: string): string | null {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return null;
  try {
    return cached(Intl.DateTimeFormat, locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(then);
  } catch {
    return new Date(then).toISOString().slice(0, 16).replace('T', ' ');
  }
}

/** The time it is now in an IANA time zone ("Tue 14:05"); null for a zone Intl does not know. */
export function localTime(timeZone: string | undefined, now: Date, locale?: string): string | null {
  if (!timeZone) return null;
  try {
    return cached(Intl.DateTimeFormat, locale, { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(now);
  } catch {
    return null;
  }
}

/** A language tag's name in the agent's language ("Spanish (Spain)"); null for a tag that is not valid. */
export function languageName(tag: string | undefined, locale?: string): string | null {
  if (!tag) return null;
  try {
    const canonical = Intl.getCanonicalLocales(tag)[0];
    if (!canonical) return null;
    return new Intl.DisplayNames(locale ? [locale, 'en'] : undefined, { type: 'language' }).of(canonical) ?? canonical;
  } catch {
    return null;
  }
}

/**
 * Builds the formatters a customer view uses ahead of time (the first Intl formatter of a kind loads
 * locale data, which takes milliseconds): call it when idle so the first record renders faster.
 */
export function warmFormats(locale?: string, now: Date = new Date()): void {
  const iso = now.toISOString();
  formatMoney(0, 'GBP', locale);
  formatCount(0, locale);
  formatCompact(0, locale);
  formatAgo(iso, now, locale);
  formatDate(iso, locale);
  localTime('UTC', now, locale);
  languageName('en', locale);
}
