/**
 * Small checkers for data crossing the port boundary. A check returns a clean copy of the value
 * (unknown keys dropped, defaults filled) and records each problem in the `Scope` it is given: the
 * path of the bad field, what was expected and what came. It does not stop at the first problem;
 * after `MAX_ISSUES` it gives up on that value.
 *
 * Built for speed (a page may hold 100 000 messages): paths are a stack of segments turned into a
 * string only when a problem is recorded, and object shapes are compiled once.
 */
import type { DataIssue } from '../model/issues.js';
import { describeValue } from './describe.js';

/** How many problems are reported for one value before validation gives up on it. */
export const MAX_ISSUES = 10;

/** Thrown inside a scope that has `MAX_ISSUES` problems already, to stop early; never escapes `run`. */
class Enough {}
const ENOUGH = new Enough();

/** Where validation is, and the problems it found. */
export class Scope {
  readonly issues: DataIssue[] = [];
  /** The path as a stack of segments; only `depth` of them are current. */
  readonly #segments: (string | number)[] = [];
  #depth = 0;
  #base = 0;

  constructor(readonly root = '') {}

  /** Problems recorded so far. */
  get count(): number {
    return this.issues.length;
  }

  enter(segment: string | number): void {
    this.#segments[this.#depth++] = segment;
  }

  leave(): void {
    this.#depth -= 1;
  }

  /** Checks `value` as the field (or index) `segment` of the current value. */
  at<T>(segment: string | number, check: Check<T>, value: unknown): T {
    this.#segments[this.#depth++] = segment;
    const parsed = check(value, this);
    this.#depth -= 1;
    return parsed;
  }

  /** The current path: `messages[3].author.id`. */
  get path(): string {
    let path = this.root;
    for (let i = 0; i < this.#depth; i += 1) {
      const segment = this.#segments[i]!;
      path = typeof segment === 'number' ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment;
    }
    return path;
  }

  /** Records "`expected`, got …" at the current path. Returns a value to discard. */
  fail(expected: string, value: unknown, hint = ''): never {
    return this.problem(`${expected}, got ${describeValue(value)}${hint}`, value);
  }

  /** Records a problem in words of its own at the current path. Returns a value to discard. */
  problem(problem: string, value: unknown): never {
    this.issues.push({ path: this.path, problem, value });
    if (this.issues.length - this.#base >= MAX_ISSUES) throw ENOUGH;
    return undefined as never;
  }

  /**
   * Checks one value under `segment` as a unit of its own: its problems (up to `MAX_ISSUES`) are
   * taken out of this scope and returned, so one bad item does not use up the others' allowance.
   */
  item<T>(check: Check<T>, value: unknown, segment: string | number): { ok: true; value: T } | { ok: false; issues: DataIssue[] } {
    const before = this.issues.length;
    const base = this.#base;
    const depth = this.#depth;
    this.#base = before;
    this.#segments[this.#depth++] = segment;
    try {
      const parsed = check(value, this);
      if (this.issues.length === before) return { ok: true, value: parsed };
    } catch (error) {
      if (error !== ENOUGH) throw error;
    } finally {
      this.#depth = depth;
      this.#base = base;
    }
    return { ok: false, issues: this.issues.splice(before) };
  }

  /** Runs a check over a whole value; the problems are in `issues` afterwards. */
  run<T>(check: Check<T>, value: unknown): T | undefined {
    const depth = this.#depth;
    try {
      return check(value, this);
    } catch (error) {
      if (error !== ENOUGH) throw error;
      return undefined;
    } finally {
      this.#depth = depth;
    }
  }
}

/**
 * A checker: returns the clean value, or records problems in `scope` (the returned value is then
 * meaningless: callers compare `scope.count` before and after).
 */
export type Check<T> = (value: unknown, scope: Scope) => T;

export const string: Check<string> = (value, scope) => (typeof value === 'string' ? value : scope.fail('must be a string', value));

/** A non-empty string, or a finite number turned into one. */
export const id: Check<string> = (value, scope) => {
  // The first character decides almost always; trim() (which copies) only for a leading space.
  if (typeof value === 'string') return value.charCodeAt(0) > 32 || value.trim() !== '' ? value : scope.fail('must be a non-empty string (or a number)', value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return scope.fail('must be a non-empty string (or a number)', value);
};

const DATE_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;
const ZONELESS = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const digit = (text: string, at: number) => text.charCodeAt(at) - 48;

/** Whether the day exists in its month (the pattern lets 2025-02-30 through). */
function realDay(text: string): boolean {
  const day = digit(text, 8) * 10 + digit(text, 9);
  if (day <= 28) return true;
  const month = digit(text, 5) * 10 + digit(text, 6);
  if (day > DAYS[month - 1]!) return false;
  if (month !== 2 || day !== 29) return true;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DATE_TIME_EXPECTED = 'must be an ISO 8601 date-time with a time zone';

/** An ISO 8601 date-time with a time zone (`Z` or an offset): `2025-11-30T09:00:00Z`. */
export const isoDate: Check<string> = (value, scope) => {
  if (typeof value === 'string' && DATE_TIME.test(value) && realDay(value)) return value;
  const hint =
    typeof value === 'string' && ZONELESS.test(value)
      ? ' (no time zone: add Z for UTC or an offset such as +01:00, e.g. 2025-11-30T09:00:00Z)'
      : typeof value === 'number'
        ? ` (a number of milliseconds? send new Date(${value}).toISOString())`
        : '';
  return scope.fail(DATE_TIME_EXPECTED, value, hint);
};

/** Whether a string is what `isoDate` accepts. */
export function isIsoDateTime(value: unknown): value is string {
  return typeof value === 'string' && DATE_TIME.test(value) && realDay(value);
}

export const number: Check<number> = (value, scope) =>
  typeof value === 'number' && Number.isFinite(value) ? value : scope.fail('must be a finite number', value);

export const boolean: Check<boolean> = (value, scope) => (typeof value === 'boolean' ? value : scope.fail('must be true or false', value));

export const range = (min: number, max: number): Check<number> => {
  const expected = `must be a number from ${min} to ${max}`;
  return (value, scope) => (typeof value === 'number' && value >= min && value <= max ? value : scope.fail(expected, value));
};

export const oneOf = <const T extends string>(values: readonly T[]): Check<T> => {
  const set = new Set<string>(values);
  const expected = `must be one of ${values.map((v) => `"${v}"`).join(', ')}`;
  return (value, scope) => (typeof value === 'string' && set.has(value) ? (value as T) : scope.fail(expected, value));
};

/** Absent, null or undefined become undefined. */
export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value, scope) =>
    value === undefined || value === null ? undefined : check(value, scope);

/** Absent, null or undefined become the fallback. */
export const withDefault =
  <T>(check: Check<T>, fallback: () => NoInfer<T>): Check<T> =>
  (value, scope) =>
    value === undefined || value === null ? fallback() : check(value, scope);

export const arrayOf =
  <T>(check: Check<T>): Check<T[]> =>
  (value, scope) => {
    if (!Array.isArray(value)) return scope.fail('must be an array', value);
    const out: T[] = [];
    for (let index = 0; index < value.length; index += 1) out.push(scope.at(index, check, value[index]));
    return out;
  };

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object of strings: values are turned into strings, null and undefined into "". */
export const record: Check<Record<string, string>> = (value, scope) => {
  if (!isObject(value)) return scope.fail('must be an object', value);
  const out: Record<string, string> = {};
  for (const key of Object.keys(value)) {
    const item = value[key];
    out[key] = item === null || item === undefined ? '' : typeof item === 'object' ? JSON.stringify(item) : String(item);
  }
  return out;
};

type Shape = Record<string, Check<unknown>>;
export type Parsed<S extends Shape> = { [K in keyof S as undefined extends ReturnType<S[K]> ? never : K]: ReturnType<S[K]> } & {
  [K in keyof S as undefined extends ReturnType<S[K]> ? K : never]?: Exclude<ReturnType<S[K]>, undefined>;
};

/** An object with the given fields; unknown keys are dropped, optional ones left out when absent. */
export const object = <S extends Shape>(shape: S): Check<Parsed<S>> => {
  const keys = Object.keys(shape);
  const checks = keys.map((key) => shape[key]!);
  return (value, scope) => {
    if (!isObject(value)) return scope.fail('must be an object', value);
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i]!;
      const parsed = scope.at(key, checks[i]!, value[key]);
      if (parsed !== undefined) out[key] = parsed;
    }
    return out as Parsed<S>;
  };
};

/** Runs a check over a whole value: the clean value, or every problem found (up to `MAX_ISSUES`). */
export function validate<T>(check: Check<T>, value: unknown, root = ''): { ok: true; value: T } | { ok: false; issues: DataIssue[] } {
  const scope = new Scope(root);
  const parsed = scope.run(check, value);
  return scope.count === 0 ? { ok: true, value: parsed as T } : { ok: false, issues: scope.issues };
}
