/**
 * Laying one catalogue over another, per key. Kept apart from the catalogue itself so that the locale
 * runtime (which every element carries) can merge without importing any English words.
 */

export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** `over` laid on `base`, per key, without changing either; arrays and functions are replaced whole. */
export function mergeCatalogue<T>(base: T, over: DeepPartial<T> | undefined): T {
  if (over === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(over)) return over as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    out[key] = key in base ? mergeCatalogue(base[key], value as never) : value;
  }
  return out as T;
}
