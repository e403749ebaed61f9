/**
 * The evidence behind a linked identity (how, from where, when, how sure), checked in two places: in a
 * customer a record host returns, and in a `linkIdentity` request a widget sends across the iframe
 * bridge. Kept out of `validate.ts` (the public `validators`) because it is a part, not a model type.
 */
import { EVIDENCE_METHODS } from '../model/index.js';
import { isoDate, object, oneOf, optional, range, string } from './schema.js';

/** An identity's `evidence`: method, source, when it was linked, confidence 0..1, an optional note. */
export const identityEvidence = object({
  method: oneOf(EVIDENCE_METHODS),
  source: string,
  linkedAt: isoDate,
  confidence: range(0, 1),
  note: optional(string),
});
