import { composerEn, type ComposerTerms } from './composer-terms.js';
import { customerTerms, type CustomerTerms } from './customer-terms.js';
import { errorEn, type ErrorTerms } from './error-terms.js';
import { forumEn, type ForumTerms } from './forum-terms.js';
import { knowledgeEn, type KnowledgeTerms } from './knowledge-terms.js';
import type { DeepPartial } from './merge.js';
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
 * - `forum`: a forum thread in `<cx-conversation-thread>` · `knowledge`: `<cx-knowledge>` (and the composer's note on inserted text)
 * - `composer`: `<cx-composer>` and its reply checks · `move`: `<cx-move-to-private>` and the moved markers
 * - `customer`, `standing`: `<cx-customer-360>` · `pop`: `<cx-screen-pop>`, its queue and `<cx-sla-clock>` (`pop.sla`)
 * - `error`: the shared error view every element uses
 *
 * `<cx-desk>` shows no words of its own.
 *
 * Elements do not import this whole catalogue: each passes its `LocaleController` the English sections it
 * shows (see `src/internal/locale-controller.ts`), so an element carries only its own words. `enCatalogue`
 * is for hosts and tests that want every word (`catalogueFor`).
 */
export interface Catalogue {
  terms: Terms;
  sentiment: SentimentTerms;
  thread: ThreadTerms;
  forum: ForumTerms;
  composer: ComposerTerms;
  move: MoveTerms;
  customer: CustomerTerms;
  standing: StandingTerms;
  pop: PopTerms;
  knowledge: KnowledgeTerms;
  error: ErrorTerms;
}

/** A catalogue with any key left out; arrays and functions are replaced whole, objects merged per key. */
export type PartialCatalogue = DeepPartial<Catalogue>;

export { mergeCatalogue, type DeepPartial } from './merge.js';

export const enCatalogue: Catalogue = {
  terms: en,
  sentiment: sentimentTerms,
  thread: threadEn,
  forum: forumEn,
  composer: composerEn,
  move: moveEn,
  customer: customerTerms,
  standing: standingTerms,
  pop: popTerms,
  knowledge: knowledgeEn,
  error: errorEn,
};
