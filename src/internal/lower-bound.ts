/**
 * The first index in `sorted[from, to)` whose item does not come before the key: `before(item)` is true
 * for the items that sort before it (they must all come first). Binary search; `to` when every item
 * comes before. One home for every binary search over a sorted list.
 */
export function lowerBound<T>(sorted: ArrayLike<T>, before: (item: T) => boolean, from = 0, to = sorted.length): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(sorted[mid]!)) low = mid + 1;
    else high = mid;
  }
  return low;
}
