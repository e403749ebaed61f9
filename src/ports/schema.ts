/**
 * A few small checkers for data crossing the port boundary. Each returns a clean copy of the value
 * (unknown keys dropped, defaults filled) or throws a `SchemaIssue` naming the path of the bad field.
 */
export class SchemaIssue extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path} ${problem}`);
    this.name = 'SchemaIssue';
  }
}

export type Check<T> = (value: unknown, path: string) => T;

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value;

export const string: Check<string> = (value, path) => {
  if (typeof value !== 'string') throw new SchemaIssue(path, `must be a string, got ${describe(value)}`);
  return value;
};

export const id: Check<string> = (value, path) => {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  const text = string(value, path);
  if (text.trim() === '') throw new SchemaIssue(path, 'must not be empty');
  return text;
};

export const isoDate: Check<string> = (value, path) => {
  const text = string(value, path);
  if (Number.isNaN(Date.parse(text))) throw new SchemaIssue(path, `must be an ISO 8601 date, got ${describe(value)}`);
  return text;
};

export const number: Check<number> = (value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new SchemaIssue(path, `must be a finite number, got ${describe(value)}`);
  return value;
};

export const boolean: Check<boolean> = (value, path) => {
  if (typeof value !== 'boolean') throw new SchemaIssue(path, `must be true or false, got ${describe(value)}`);
  return value;
};

export const range =
  (min: number, max: number): Check<number> =>
  (value, path) => {
    const n = number(value, path);
    if (n < min || n > max) throw new SchemaIssue(path, `must be between ${min} and ${max}, got ${n}`);
    return n;
  };

export const oneOf =
  <const T extends string>(values: readonly T[]): Check<T> =>
  (value, path) => {
    if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
      throw new SchemaIssue(path, `must be one of ${values.join(', ')}, got ${describe(value)}`);
    }
    return value as T;
  };

/** Absent, null or undefined become undefined. */
export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value, path) =>
    value === undefined || value === null ? undefined : check(value, path);

/** Absent, null or undefined become the fallback. */
export const withDefault =
  <T>(check: Check<T>, fallback: () => NoInfer<T>): Check<T> =>
  (value, path) =>
    value === undefined || value === null ? fallback() : check(value, path);

export const arrayOf =
  <T>(check: Check<T>): Check<T[]> =>
  (value, path) => {
    if (!Array.isArray(value)) throw new SchemaIssue(path, `must be an array, got ${describe(value)}`);
    return value.map((item, index) => check(item, `${path}[${index}]`));
  };

export const record: Check<Record<string, string>> = (value, path) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SchemaIssue(path, `must be an object, got ${describe(value)}`);
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) out[key] = item === null || item === undefined ? '' : String(item);
  return out;
};

type Shape = Record<string, Check<unknown>>;
type Parsed<S extends Shape> = { [K in keyof S as undefined extends ReturnType<S[K]> ? never : K]: ReturnType<S[K]> } & {
  [K in keyof S as undefined extends ReturnType<S[K]> ? K : never]?: Exclude<ReturnType<S[K]>, undefined>;
};

/** An object with the given fields; unknown keys are dropped, optional ones left out when absent. */
export const object =
  <S extends Shape>(shape: S): Check<Parsed<S>> =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SchemaIssue(path, `must be an object, got ${describe(value)}`);
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const parsed = check(source[key], path ? `${path}.${key}` : key);
      if (parsed !== undefined) out[key] = parsed;
    }
    return out as Parsed<S>;
  };

/** Runs a check and turns a failure into `onIssue(path, problem)`. */
export function parse<T>(check: Check<T>, value: unknown, root: string, onIssue: (path: string, problem: string) => Error): T {
  try {
    return check(value, root);
  } catch (error) {
    if (error instanceof SchemaIssue) throw onIssue(error.path, error.problem);
    throw error;
  }
}
