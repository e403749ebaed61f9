import { provide } from '@lit/context';
import { LitElement, css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { adapterContext } from '../../context.js';
import { createAdapter, type PortSource } from '../../ports/adapter.js';
import type { Adapter } from '../../ports/ports.js';

/**
 * @tagname cx-desk
 * @summary Gives every `cx-*` element inside it the desktop's adapter.
 *
 * Put the Screenpop elements anywhere inside one `<cx-desk>` and set its `adapter` once. The markup
 * may come before the script and the elements may be defined in any order.
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

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
