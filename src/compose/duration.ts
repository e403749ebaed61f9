const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** "45 minutes", "26 hours", "9 days". */
export function describeDuration(ms: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (ms < HOUR) return plural(Math.max(1, Math.round(ms / 60_000)), 'minute');
  if (ms < 2 * DAY) return plural(Math.floor(ms / HOUR), 'hour');
  return plural(Math.floor(ms / DAY), 'day');
}
