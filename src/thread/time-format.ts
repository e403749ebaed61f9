/**
 * Times as the agent reads them: in the agent's locale and time zone (the browser's unless given),
 * through Intl only. Formatters are cached per locale and zone.
 */
export interface TimeFormat {
  /** "5 minutes ago", "yesterday"; a date after a week. */
  relative(iso: string, now: number): string;
  /** Full date and time, e.g. "Tuesday 24 November 2026 at 10:32". */
  exact(iso: string): string;
  /** The day heading, e.g. "Tuesday 24 November 2026". */
  day(iso: string): string;
  /** A key that is equal for two times on the same day in the zone. */
  dayKey(iso: string): string;
}

const cache = new Map<string, TimeFormat>();
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

/** Results kept per format and kind before they are forgotten all at once (a few screens of rows, many times over). */
const REMEMBERED = 2_000;

/**
 * Remembers what `format` gave for a key: the feed renders the same rows' times again on every update
 * (a live flood re-renders the rows in view many times a second), and Intl formatting is not cheap.
 */
function remembered(format: (key: string) => string): (key: string) => string {
  const results = new Map<string, string>();
  return (key) => {
    let result = results.get(key);
    if (result === undefined) {
      result = format(key);
      if (results.size >= REMEMBERED) results.clear();
      results.set(key, result);
    }
    return result;
  };
}

export function timeFormat(locale?: string, timeZone?: string): TimeFormat {
  const key = `${locale ?? ''}|${timeZone ?? ''}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const base: Intl.DateTimeFormatOptions = timeZone ? { timeZone } : {};
  let exactFormat: Intl.DateTimeFormat;
  let dayFormat: Intl.DateTimeFormat;
  let keyFormat: Intl.DateTimeFormat;
  let shortFormat: Intl.DateTimeFormat;
  let relativeFormat: Intl.RelativeTimeFormat;
  try {
    exactFormat = new Intl.DateTimeFormat(locale, { ...base, dateStyle: 'full', timeStyle: 'short' });
    dayFormat = new Intl.DateTimeFormat(locale, { ...base, weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
    keyFormat = new Intl.DateTimeFormat('en-CA', { ...base, year: 'numeric', month: '2-digit', day: '2-digit' });
    shortFormat = new Intl.DateTimeFormat(locale, { ...base, dateStyle: 'medium' });
    relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  } catch {
    // An invalid locale or zone from the host: fall back to the browser's.
    return timeFormat(undefined, undefined);
  }
  const parse = (iso: string) => {
    const time = Date.parse(iso);
    return Number.isNaN(time) ? undefined : time;
  };
  const format: TimeFormat = {
    relative(iso, now) {
      const time = parse(iso);
      if (time === undefined) return '';
      let value = Math.round((time - now) / 1000);
      if (Math.abs(value) < 45) return relativeFormat.format(0, 'second');
      for (const [unit, size] of UNITS) {
        if (Math.abs(value) < size) return relativeFormat.format(value, unit);
        value = Math.round(value / size);
      }
      return shortFormat.format(time);
    },
    exact: remembered((iso) => {
      const time = parse(iso);
      return time === undefined ? String(iso ?? '') : exactFormat.format(time);
    }),
    day: (iso) => {
      const time = parse(iso);
      return time === undefined ? '' : dayFormat.format(time);
    },
    dayKey: remembered((iso) => {
      const time = parse(iso);
      return time === undefined ? '' : keyFormat.format(time);
    }),
  };
  cache.set(key, format);
  return format;
}
