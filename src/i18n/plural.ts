// Durations and language names, which English words use too, are in ./intl-words.ts (kept small: it loads
// with the elements, while this module loads with the other locales' catalogues).
export { formatDuration, formatLanguage } from './intl-words.js';

/** The plural forms of one phrase, by `Intl.PluralRules` category; `#` stands for the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** The number the locale's way (digits, grouping). */
export function formatNumber(locale: string, n: number): string {
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}

/**
 * A plural phrase chooser for one locale, through `Intl.PluralRules`: `plural('ar')(n, { zero, one,
 * two, few, many, other })`. Arabic uses all six categories, English and Spanish two.
 */
export function plural(locale: string): (n: number, forms: PluralForms) => string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const r = rule;
  return (n, forms) => (forms[r.select(n)] ?? forms.other).replace(/#/g, formatNumber(locale, n));
}

/** A list the locale's way ("a, b and c", "a, b y c", "أ وب"). */
export function formatList(locale: string, items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  return new Intl.ListFormat(locale, { type }).format(items);
}

/** A time ago in whole minutes, hours or days, in words, through `Intl` ("45 minutos", "26 Stunden", "٩ أيام"). */
export function formatAge(ms: number, locale: string): string {
  const [unit, n] =
    ms < 3_600_000 ? (['minute', Math.max(1, Math.round(ms / 60_000))] as const) : ms < 172_800_000 ? (['hour', Math.floor(ms / 3_600_000)] as const) : (['day', Math.floor(ms / 86_400_000)] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n);
}

/**
 * How long something has waited, through `Intl`: minutes under an hour, hours under three days, then
 * days ("45 min", "26 h", "3 días").
 */
export function formatWait(ms: number, locale: string): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const [unit, n, unitDisplay] =
    minutes < 60 ? (['minute', minutes, 'short'] as const) : minutes < 72 * 60 ? (['hour', Math.floor(minutes / 60), 'short'] as const) : (['day', Math.floor(minutes / 1440), 'long'] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay }).format(n);
}
