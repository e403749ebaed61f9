/**
 * Values described for a developer reading an error: what came, short and exact
 * (`the number 1732963200000`, `the string "2025-11-30 09:00:00"`, `nothing`).
 */

const MAX_TEXT = 60;

/** An HTTP response, as `fetch` gives it: `ok` and a numeric `status`. */
export function isResponseLike(value: unknown): value is { ok: boolean; status: number; headers?: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'number' && typeof (value as { ok?: unknown }).ok === 'boolean';
}

function quote(text: string): string {
  const cut = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
  return JSON.stringify(cut);
}

/** What a value is, in words: "the number 3", "the string \"x\"", "an object with keys id, name", "nothing". */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'nothing';
    case 'string':
      return value === '' ? 'an empty string' : `the string ${quote(value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'bigint':
      return `the bigint ${value}n`;
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : `an array of ${value.length}`;
  if (isResponseLike(value)) return `a Response (HTTP ${value.status}) — return its data, e.g. await response.json()`;
  if (value instanceof Date) return `a Date object (send date.toISOString())`;
  const keys = Object.keys(value as object);
  if (keys.length === 0) return 'an empty object';
  const shown = keys.slice(0, 5).join(', ');
  return `an object with keys ${shown}${keys.length > 5 ? ', …' : ''}`;
}

/** A thrown value that is not an Error, as compact JSON: `{"status":404}`, `"boom"`, `undefined`. */
export function describeThrown(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'a function';
  try {
    const json = JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? `${item}n` : item));
    if (json === undefined) return String(value);
    return json.length > 200 ? `${json.slice(0, 200)}…` : json;
  } catch {
    return Object.prototype.toString.call(value);
  }
}
