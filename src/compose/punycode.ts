/**
 * How long a domain label is once punycoded (RFC 3492, as RFC 3490's ToASCII applies it): X's counter
 * rejects a link whose labels come to more than 63 characters, so "日本語….com" written without spaces
 * stops being a link past a certain length. Only the length is needed, so nothing is built.
 */
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const MAX_INT = 0x7fffffff;
const MAX_LABEL = 63;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  for (; d > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) d = Math.floor(d / (BASE - T_MIN));
  return Math.floor(k + ((BASE - T_MIN + 1) * d) / (d + SKEW));
}

/** Length of the punycode of `input` (without "xn--"); past `limit` it stops and returns Infinity. */
function encodedLength(input: string, limit: number): number {
  // Code points as punycode reads UTF-16: pairs joined, lone surrogates kept as they are.
  const points = Array.from(input, (c) => c.codePointAt(0)!);
  if (points.length > limit) return Infinity; // every code point takes at least one character
  const basic = points.filter((c) => c < 0x80).length;
  let length = basic + (basic > 0 ? 1 : 0);
  let n = 0x80;
  let delta = 0;
  let bias = 72;
  for (let handled = basic; handled < points.length; ) {
    const m = points.reduce((min, c) => (c >= n && c < min ? c : min), Infinity);
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) return Infinity;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of points) {
      if (c < n && ++delta > MAX_INT) return Infinity;
      if (c !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
        if (q < t) break;
        length++;
        q = Math.floor((q - t) / (BASE - t));
      }
      length++;
      if (length > limit) return Infinity;
      bias = adapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return length;
}

/** Whether a label is empty or longer than 63 characters once punycoded (an invalid DNS label). */
export function labelTooLong(label: string): boolean {
  let length = 0;
  // ToASCII also splits at the ideographic and full-width full stops.
  for (const part of label.split(/[.\u3002\uFF0E\uFF61]/)) {
    length += /[^\x20-\x7E]/.test(part) ? 4 + encodedLength(part, MAX_LABEL) : part.length;
    if (length > MAX_LABEL) return true;
  }
  length += label.split(/[.\u3002\uFF0E\uFF61]/).length - 1;
  return length < 1 || length > MAX_LABEL;
}
