/**
 * Small types shared by the model and its `…Input` twins.
 *
 * Every model type has an `…Input` twin: what a host's port may return. The port boundary
 * (`createAdapter`) validates an input, fills in the defaulted fields and hands components the full
 * model type. Optional fields of an input may be left out, `undefined` or `null`.
 */

/** An ISO 8601 date-time with a time zone: `2025-11-30T09:00:00Z`, `2025-11-30T10:00:00.250+01:00`. */
export type IsoDateTime = string;

/** An id as a host may send it: a non-empty string, or a number (turned into a string at the boundary). */
export type IdInput = string | number;

/** An optional field of an input: left out, `undefined` or `null` all mean "not given". */
export type Maybe<T> = T | null | undefined;
