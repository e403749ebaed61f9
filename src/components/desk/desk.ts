import { ContextProvider, provide } from '@lit/context';
import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { adapterContext, localeContext } from '../../context.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { createAdapter, type PortSource } from '../../ports/adapter.js';
import type { Adapter } from '../../ports/ports.js';

/**
 * @tagname cx-desk
 * @summary Gives every `cx-*` element inside it the desktop's adapter and language.
 *
 * Put the Screenpop elements anywhere inside one `<cx-desk>` and set its `adapter` once. The markup
 * may come before the script and the elements may be defined in any order.
 *
 * Its `locale` is the language of every element inside that has no `locale` of its own; changing it
 * switches them all at run time. Catalogues other than English load on first use; hosts add their own
 * with `registerLocale`. A right-to-left locale (Arabic) makes the desk and the elements right to left
 * unless the page sets `dir` itself.
 *
 * @slot - The agent desktop's content, with `cx-*` elements anywhere inside.
 */
export class CxDesk extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  /** The adapter to provide. Plain ports are validated at the boundary with `createAdapter`. */
  @property({ attribute: false })
  get adapter(): Adapter | undefined {
    return this.provided;
  }
  set adapter(value: Adapter | PortSource | undefined) {
    const old = this.provided;
    this.provided = value && !('has' in value) ? createAdapter(value) : (value as Adapter | undefined);
    this.requestUpdate('adapter', old);
  }

  @provide({ context: adapterContext })
  private provided?: Adapter;

  /**
   * The language of every element inside without a `locale` of its own (BCP 47, e.g. `es`, `de`, `ar`);
   * a desk without one passes on the language of the desk around it.
   */
  @property({ reflect: true }) locale?: string;

  readonly #i18n = new LocaleController(this, {}); // no words: only the language it passes on
  readonly #locale = new ContextProvider(this, { context: localeContext });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Keeps the desk's own `lang` and `dir` in step too (the controller sets them), so the host's content follows.
    if (this.#locale.value !== this.#i18n.lang) this.#locale.setValue(this.#i18n.lang);
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
