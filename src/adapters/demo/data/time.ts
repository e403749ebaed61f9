/** Minutes in an hour and a day, for readable offsets ("3 * DAY + 2 * HOUR"). */
export const HOUR = 60;
export const DAY = 24 * HOUR;

/**
 * Every time in the built-in data set is laid out relative to one `now`, so the demo always looks
 * fresh and a fixed `now` gives the same data every time.
 */
export interface Clock {
  readonly now: Date;
  /** ISO 8601 time `minutes` before now (fractions allowed). */
  ago(minutes: number): string;
  /** ISO 8601 time `days` before now (fractions allowed). */
  daysAgo(days: number): string;
  /** ISO 8601 time `minutes` after `iso`, never later than now. */
  after(iso: string, minutes: number): string;
}

export function clock(now: Date): Clock {
  const nowMs = now.getTime();
  const iso = (ms: number) => new Date(Math.round(ms)).toISOString();
  return {
    now,
    ago: (minutes) => iso(nowMs - minutes * 60_000),
    daysAgo: (days) => iso(nowMs - days * DAY * 60_000),
    after: (start, minutes) => iso(Math.min(nowMs, Date.parse(start) + minutes * 60_000)),
  };
}
