import { composerEn, type ComposerTerms } from './composer-terms.js';
import { customerTerms, type CustomerTerms } from './customer-terms.js';
import { errorEn, type ErrorTerms } from './error-terms.js';
import { moveEn, type MoveTerms } from './move-terms.js';
import { popTerms, type PopTerms } from './pop-terms.js';
import { sentimentTerms, type SentimentTerms } from './sentiment-terms.js';
import { standingTerms, type StandingTerms } from './standing-terms.js';
import { en, type Terms } from './terms.js';
import { threadEn, type ThreadTerms } from './thread-terms.js';

/**
 * Every word the elements show, one typed section per area. English is the complete reference: any
 * key a catalogue leaves out falls back to it.
 *
 * - `terms`: sentiment level names (badge, thread, customer 360)
 * - `sentiment`: `<cx-sentiment-badge>` · `thread`: `<cx-conversation-thread>`, `<cx-thread-message>`
 * - `composer`: `<cx-composer>` and its reply checks · `move`: `<cx-move-to-private>` and the moved markers
 * - `customer`, `standing`: `<cx-customer-360>` · `pop`: `<cx-screen-pop>`, its queue and `<cx-sla-clock>` (`pop.sla`)
 * - `error`: the shared error view every element uses
 *
 * `<cx-desk>` shows no words of its own.
 */
export interface Catalogue {
  terms: Terms;
  sentiment: SentimentTerms;
  thread: ThreadTerms;
  composer: ComposerTerms;
  move: MoveTerms;
  customer: CustomerTerms;
  standing: StandingTerms;
  pop: PopTerms;
  error: ErrorTerms;
}

/** A catalogue with any key left out; arrays and functions are replaced whole, objects merged per key. */
export type PartialCatalogue = DeepPartial<Catalogue>;

export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;

export const enCatalogue: Catalogue = {
  terms: en,
  sentiment: sentimentTerms,
  thread: threadEn,
  composer: composerEn,
  move: moveEn,
  customer: customerTerms,
  standing: standingTerms,
  pop: popTerms,
  error: errorEn,
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** `over` laid on `base`, per key, without changing either. */
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
