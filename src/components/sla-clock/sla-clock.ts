import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { durationWords, slaEn, type SlaState } from '../../i18n/sla-terms.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { secondTicker } from '../../internal/ticker.js';
import type { SlaClock, SlaKind } from '../../model/conversation.js';
import { mostPressing, slaStatus, type SlaStatus } from '../../queue/sla.js';
import { slaClockStyles } from './sla-clock.styles.js';

const ORDER: Record<SlaKind, number> = { 'first-response': 0, 'next-response': 1, resolution: 2 };
const WORST: SlaState[] = ['overdue', 'soon', 'running', 'paused', 'met'];

/**
 * @tagname cx-sla-clock
 * @summary A conversation's service-level clocks — first response, next response, resolution — with the time left or over, in words.
 *
 * Give it the conversation's `clocks` (`Conversation.sla`). Each clock says its name and where it
 * stands: "due in 12 min", "due in 4 min, soon" (within `soon-minutes`), "overdue by 20 min",
 * "paused", "met" — always in words and with a sign (◷ ⚠ ✕ ⏸ ✓), never by colour alone; hover shows
 * the due time. `kind` shows one kind only; `compact` shows only the most pressing clock. The
 * element's `state` attribute is the most pressing state, for the host's own styling.
 *
 * Clocks count down on the page's one shared ticker (once a second, for every clock at once), and a
 * clock re-renders only itself, and only when its words change. Pass `now` to drive it from another
 * clock (tests, replays).
 *
 * @csspart base - The list of clocks.
 * @csspart clock - One clock; its `data-state` is running, soon, overdue, paused or met.
 * @csspart sign - The sign of the clock's state.
 * @csspart name - The clock's name.
 * @csspart status - Where the clock stands, in words.
 *
 * @cssproperty --cx-color-warning - Colour of a clock due soon.
 * @cssproperty --cx-color-danger - Colour of an overdue clock.
 * @cssproperty --cx-color-success - Colour of the sign of a met clock.
 */
export class CxSlaClock extends LitElement {
  static override styles = slaClockStyles;

  #stop?: () => void;
  readonly #i18n = new LocaleController(this, { pop: { sla: slaEn } });
  #words = '';

  /** The conversation's SLA clocks. */
  @property({ attribute: false }) clocks: readonly SlaClock[] = [];

  /** Only clocks of this kind. */
  @property() kind?: SlaKind;

  /** Only the most pressing clock (overdue, then due soon, then the earliest due). */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** A clock due within this many minutes is "due soon". */
  @property({ type: Number, attribute: 'soon-minutes' }) soonMinutes = 15;

  /** Language of the words and the due time shown on hover (BCP 47, e.g. `es`, `ar`); by default `<cx-desk>`'s, else English words and the browser's time. */
  @property() locale?: string;

  /** The clock the times are counted against. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  /** The most pressing state shown (reflected, for styling); absent without clocks. */
  @property({ reflect: true }) state?: SlaState;

  override connectedCallback(): void {
    super.connectedCallback();
    // Only this element re-renders, and only when its words change.
    this.#stop = secondTicker.subscribe(() => {
      if (this.#describe(this.#statuses()) !== this.#words) this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop?.();
    this.#stop = undefined;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const statuses = this.#statuses();
    this.#words = this.#describe(statuses);
    const worst = WORST.find((state) => statuses.some((s) => s.state === state));
    if (worst !== this.state) this.state = worst;
  }

  #statuses(): SlaStatus[] {
    const now = this.now().getTime();
    const soon = this.soonMinutes * 60_000;
    const clocks = (this.clocks ?? []).filter((clock) => !this.kind || clock.kind === this.kind);
    if (this.compact) {
      const pressing = mostPressing(clocks, now, soon);
      return pressing ? [pressing] : [];
    }
    return clocks
      .map((clock) => slaStatus(clock, now, soon))
      .filter((s) => !Number.isNaN(s.remainingMs))
      .sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  }

  #describe(statuses: SlaStatus[]): string {
    const t = this.#i18n.t.pop.sla;
    const lang = this.#i18n.lang;
    return statuses.map((s) => `${t.kind[s.kind]}: ${t.state(s.state, durationWords(s.remainingMs, lang))}`).join('; ');
  }

  #dueAt(iso: string): string {
    try {
      return new Intl.DateTimeFormat(this.#i18n.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
    } catch {
      return iso; // a locale the browser cannot read, or a time it cannot show
    }
  }

  override render(): TemplateResult {
    const t = this.#i18n.t.pop.sla;
    const lang = this.#i18n.lang;
    const statuses = this.#statuses();
    if (statuses.length === 0) return html`<span part="base" class="none">${t.none}</span>`;
    return html`<ul part="base" aria-label=${t.label}>
      ${statuses.map(
        (s) => html`<li part="clock" data-state=${s.state} data-kind=${s.kind} title=${this.#dueAt(s.clock.metAt ?? s.clock.dueAt)}>
          <span part="sign" aria-hidden="true">${t.sign[s.state]}</span>
          <span part="name">${t.kind[s.kind]}:</span>
          <span part="status">${t.state(s.state, durationWords(s.remainingMs, lang))}</span>
        </li>`,
      )}
    </ul>`;
  }
}
