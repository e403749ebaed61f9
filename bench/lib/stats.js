// The arithmetic of the benches' figures, the same in every bench: median, 95th percentile, and a time
// in milliseconds as printed.

/** The median (the upper one of an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The 95th percentile (nearest rank, rounded down). */
export const p95 = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];

/** "12 ms", or with `digits` decimals "12.3 ms". */
export const formatMs = (n, digits = 0) => `${n.toFixed(digits)} ms`;
