import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { localeContext } from '../context.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { directionOf, isLocaleReady, loadLanguage, normalizeTag, onLocalesChanged, wordsFor, type Sections } from '../i18n/runtime.js';

type Host = ReactiveElement & { locale?: string | undefined };

/**
 * The language an element speaks: its own `locale` when set, otherwise the one the nearest `<cx-desk>`
 * provides, otherwise English (with `Intl` formats in the browser's own locale, as before).
 *
 * `t` is the element's words in that locale (English per key until the language's chunk has loaded, then
 * the host re-renders). The element passes the English sections it shows, and only those are in `t`:
 * `new LocaleController(this, { composer: composerEn, error: errorEn })`. So each element carries its own
 * words and no other element's (pass `enCatalogue` for every section). A section may be given in part,
 * `{ move: movedEn }`: the element gets those keys only. The controller also keeps the
 * host's `lang` and `dir` in step with the locale, unless the page set `dir` on the element itself: an
 * Arabic element is right to left.
 */
export class LocaleController<W extends Sections = Catalogue> implements ReactiveController {
  readonly #host: Host;
  readonly #english: W;
  #provided?: string;
  #off?: () => void;
  #pageDir = false;
  #pageLang = false;
  #ownDir = false;
  #ownLang = false;
  readonly #observer = new MutationObserver((records) => this.#onAttributes(records));

  constructor(host: Host, english: W) {
    this.#host = host;
    this.#english = english;
    host.addController(this);
    new ContextConsumer(host, {
      context: localeContext,
      subscribe: true,
      callback: (value) => {
        if (value === this.#provided) return;
        this.#provided = value;
        host.requestUpdate();
      },
    });
  }

  /** The locale in use for `Intl`, or undefined for the browser's own. */
  get lang(): string | undefined {
    return normalizeTag(this.#host.locale) ? this.#host.locale!.trim() : normalizeTag(this.#provided) ? this.#provided!.trim() : undefined;
  }

  /** The words the element shows: its English sections, in its locale. */
  get t(): W {
    return wordsFor(this.lang, this.#english);
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.lang);
  }

  hostConnected(): void {
    this.#off = onLocalesChanged(() => this.#host.requestUpdate());
    const el = this.#host as unknown as HTMLElement;
    // What the page set before we wrote anything is the page's.
    if (!this.#ownDir) this.#pageDir = el.hasAttribute('dir');
    if (!this.#ownLang) this.#pageLang = el.hasAttribute('lang');
    this.#observer.observe(el, { attributes: true, attributeFilter: ['dir', 'lang'] });
  }

  hostDisconnected(): void {
    this.#off?.();
    this.#off = undefined;
    this.#observer.disconnect();
  }

  hostUpdate(): void {
    const lang = this.lang;
    if (lang && !isLocaleReady(lang)) void loadLanguage(lang).then(() => this.#host.requestUpdate());
    this.#apply(lang);
  }

  /** Sets `lang` and `dir` on the host, leaving alone what the page set itself (even to the same value). */
  #apply(lang: string | undefined): void {
    const el = this.#host as unknown as HTMLElement;
    if (!this.#pageLang) {
      if (lang) {
        if (el.getAttribute('lang') !== lang) el.setAttribute('lang', lang);
      } else if (this.#ownLang) el.removeAttribute('lang');
      this.#ownLang = !!lang;
    }
    if (!this.#pageDir) {
      // Only an element with a locale takes a direction; one without follows the page's.
      const dir = directionOf(lang);
      if (lang) {
        if (el.getAttribute('dir') !== dir) el.setAttribute('dir', dir);
      } else if (this.#ownDir) el.removeAttribute('dir');
      this.#ownDir = !!lang;
    }
    this.#observer.takeRecords(); // our own writes
  }

  /** The page changed `dir` or `lang` itself: from now on that attribute is the page's (until it removes it). */
  #onAttributes = (records: MutationRecord[]): void => {
    const el = this.#host as unknown as HTMLElement;
    for (const record of records) {
      if (record.attributeName === 'dir') this.#pageDir = el.hasAttribute('dir');
      if (record.attributeName === 'lang') this.#pageLang = el.hasAttribute('lang');
    }
    if (!this.#pageDir) this.#ownDir = false;
    if (!this.#pageLang) this.#ownLang = false;
    this.#host.requestUpdate();
  };
}
