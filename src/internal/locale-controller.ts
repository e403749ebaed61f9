import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { localeContext } from '../context.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { catalogueFor, directionOf, isLocaleReady, loadLocale, normalizeTag, onLocalesChanged } from '../i18n/registry.js';

type Host = ReactiveElement & { locale?: string | undefined };

/**
 * The language an element speaks: its own `locale` when set, otherwise the one the nearest `<cx-desk>`
 * provides, otherwise English (with `Intl` formats in the browser's own locale, as before).
 *
 * `t` is the catalogue for that locale (English per key until its chunk has loaded, then the host
 * re-renders). The controller also keeps the host's `lang` and `dir` in step with the locale, unless the
 * page set `dir` on the element itself: an Arabic element is right to left.
 */
export class LocaleController implements ReactiveController {
  readonly #host: Host;
  #provided?: string;
  #applied?: { lang?: string; dir: string };
  #off?: () => void;

  constructor(host: Host) {
    this.#host = host;
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

  /** The catalogue the element shows. */
  get t(): Catalogue {
    return catalogueFor(this.lang);
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.lang);
  }

  hostConnected(): void {
    this.#off = onLocalesChanged(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#off?.();
    this.#off = undefined;
  }

  hostUpdate(): void {
    const lang = this.lang;
    if (lang && !isLocaleReady(lang)) void loadLocale(lang).then(() => this.#host.requestUpdate());
    this.#apply(lang);
  }

  /** Sets `lang` and `dir` on the host, leaving alone what the page set itself. */
  #apply(lang: string | undefined): void {
    const el = this.#host as unknown as HTMLElement;
    const dir = directionOf(lang);
    const before = this.#applied;
    const pageDir = el.hasAttribute('dir') && el.getAttribute('dir') !== before?.dir;
    const pageLang = el.hasAttribute('lang') && el.getAttribute('lang') !== before?.lang;
    if (before && before.lang === lang && before.dir === (lang ? dir : '') && !pageDir && !pageLang) return;
    if (!pageLang) {
      if (lang) el.setAttribute('lang', lang);
      else if (before?.lang) el.removeAttribute('lang');
    }
    if (!pageDir) {
      // Only an element with a locale takes a direction; one without follows the page's.
      if (lang) el.setAttribute('dir', dir);
      else if (before) el.removeAttribute('dir');
    }
    this.#applied = { lang: pageLang ? undefined : lang, dir: pageDir || !lang ? '' : dir };
  }
}
