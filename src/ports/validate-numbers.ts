/**
 * Numbers with a meaning: a count (followers, a size, a maximum) is a whole number from 0; an amount
 * of money (a lifetime value, an order's total) is a whole number of minor units (pence, cents) from 0.
 * NaN, Infinity, negative counts and totals, 2.5 followers, £12.50 sent as 12.5 and numbers past
 * `Number.MAX_SAFE_INTEGER` (where arithmetic stops being exact) are rejected, saying what was
 * expected and what came.
 */
import type { Check } from './schema.js';

const wholeFromZero = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** A count: a whole number from 0 to `Number.MAX_SAFE_INTEGER`. */
export const count: Check<number> = (value, scope) => (wholeFromZero(value) ? value : scope.fail('must be a non-negative whole number', value, hint(value)));

/** A length of time or a number of days: a finite number from 0. */
export const nonNegative: Check<number> = (value, scope) =>
  typeof value === 'number' && value >= 0 && value <= Number.MAX_SAFE_INTEGER ? value : scope.fail('must be a non-negative finite number', value, hint(value));

/** An amount of money in minor units of its currency (1250 is £12.50): a whole number from 0. */
export const money: Check<number> = (value, scope) =>
  wholeFromZero(value)
    ? value
    : scope.fail('must be an amount in minor units of its currency (pence, cents): a non-negative whole number', value, hint(value, true));

/** A word on what came, when it is a number that is nearly right (or a number in a string). */
function hint(value: unknown, money = false): string {
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return ' (a number in a string: send the number itself)';
  if (typeof value !== 'number') return '';
  if (Number.isNaN(value)) return ' (NaN: a calculation went wrong, or a value could not be parsed)';
  if (value < 0) return ' (not known? leave it out rather than send a negative number)';
  if (value > Number.MAX_SAFE_INTEGER) return ' (too large to be exact)';
  if (money && Number.isFinite(value)) return ` (major units? send ${Math.round(value * 100)} for ${value} in a currency with two decimals)`;
  return '';
}
