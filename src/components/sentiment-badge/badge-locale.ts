/**
 * The badge's `LocaleController`: its words are the sentiment level names (`terms`) and its own
 * (`sentiment`), and nothing else, so the badge carries no other element's words.
 */
import type { ReactiveElement } from 'lit';
import type { Catalogue } from '../../i18n/catalogue.js';
import { sentimentTerms } from '../../i18n/sentiment-terms.js';
import { en } from '../../i18n/terms.js';
import { LocaleController } from '../../internal/locale-controller.js';

/** The sections of the catalogue a badge shows (its panel and explanation take them too). */
export type BadgeWords = Pick<Catalogue, 'terms' | 'sentiment'>;

const BADGE_WORDS: BadgeWords = { terms: en, sentiment: sentimentTerms };

/** A `LocaleController` for the badge's words. */
export class BadgeLocaleController extends LocaleController<BadgeWords> {
  constructor(host: ReactiveElement & { locale?: string | undefined }) {
    super(host, BADGE_WORDS);
  }
}
