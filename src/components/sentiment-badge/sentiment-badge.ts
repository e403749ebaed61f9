import { LitElement, adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CxSentimentOverriddenEvent, CxSentimentOverrideEvent } from '../../events/sentiment-override.js';
import { AdapterController } from '../../internal/adapter-controller.js';
import { BadgeLocaleController as LocaleController } from './badge-locale.js'; // the badge's words only
import { AdapterProblems } from '../../internal/adapter-problems.js';
import {
  isSentimentLabel,
  labelForScore,
  scoreForLabel,
  type SentimentLabel,
  type SentimentScore,
  type SentimentTrend,
} from '../../model/sentiment.js';
import type { Adapter } from '../../ports/ports.js';
import { badgeExplanation, loadExplanation, type ExplanationModule } from './explanation-loader.js';
import { isTrend, renderFace, renderStatus } from './face.js';
import { pendingExplanation, placePanel, type Shown } from './panel.js';
import { SentimentScoringController } from './scoring-controller.js';
import { sentimentBadgeStyles } from './sentiment-badge.styles.js';

const isUnitScore = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= -1 && value <= 1;

/**
 * @tagname cx-sentiment-badge
 * @summary Shows the sentiment of a message or conversation, explains it and lets an agent correct it.
 *
 * Give it a full `sentiment` (from the analyzer or the adapter), or just a `score` (−1..1) or a
 * `label`, or a `text` to score itself: through the adapter's sentiment service when it has one,
 * otherwise through the built-in analyzer, which is then downloaded on first use. An invalid value
 * shows "No sentiment" rather than a wrong one.
 *
 * The level is shown as a sign, a word and a colour, never by colour alone. The badge is a button:
 * it opens an explanation (level, score, confidence, trend, source, each driver with its signed weight
 * and modifiers) where an agent can set another level. Escape closes it and focus returns to the badge.
 *
 * @csspart base - The pill around icon and text: a button when there is a level to explain.
 * @csspart icon - The sign that stands for the level.
 * @csspart label - The level in words (shortened in the compact variant, whole for screen readers).
 * @csspart trend - The trend arrow, with its words for screen readers.
 * @csspart detail - Score and confidence when `show-details` is set, and the agent's note (full variant).
 * @csspart explanation - The popover with the explanation.
 * @csspart source - Who produced the score, in the explanation.
 * @csspart drivers - The list of drivers in the explanation.
 * @csspart driver - One driver.
 * @csspart weight - A driver's signed weight.
 * @csspart override - The agent's control to set another level.
 * @csspart retry - The button that scores `text` again after the service failed.
 *
 * @cssproperty --cx-color-sentiment-very-negative - Colour of the very negative level.
 * @cssproperty --cx-color-sentiment-negative - Colour of the negative level.
 * @cssproperty --cx-color-sentiment-neutral - Colour of the neutral level.
 * @cssproperty --cx-color-sentiment-positive - Colour of the positive level.
 * @cssproperty --cx-color-sentiment-very-positive - Colour of the very positive level.
 *
 * @event {CxSentimentOverrideEvent} cx-sentiment-override - An agent picked another level; cancel it to keep the shown one.
 * @event {CxSentimentOverriddenEvent} cx-sentiment-overridden - The badge now shows the agent's level.
 * @event {CxAdapterErrorEvent} cx-adapter-error - For developers: the adapter's sentiment service failed or answered with data that could not be used; the badge offers Retry. One per failure; one console warning per kind.
 */
export class CxSentimentBadge extends LitElement {
  static override styles = sentimentBadgeStyles;

  readonly #adapter = new AdapterController(this);
  readonly #problems = new AdapterProblems(this, this.#adapter);
  readonly #scoring = new SentimentScoringController(this, (operation, error) => void this.#problems.failed(operation, error));
  readonly #i18n = new LocaleController(this);

  @query('[popover]') private panel?: HTMLElement;
  @query('button[part~="base"]') private toggle?: HTMLElement;

  @state() private agentScore?: SentimentScore;
  @state() private open = false;
  #shown?: Shown;
  /** The label this element reflected from a score or a text, as opposed to one the host set. */
  #derived?: SentimentLabel;

  /** The adapter whose sentiment service scores `text`; by default the one `<cx-desk>` provides. */
  @property({ attribute: false }) adapter?: Adapter;

  /** A full score from the analyzer or the adapter; wins over `text`, `score` and `label`. */
  @property({ attribute: false }) sentiment?: SentimentScore;

  /** A normalised score, −1..1. */
  @property({ type: Number }) score?: number;

  /** The level; reflected so styles can follow it. Derived from the score shown when there is one. */
  @property({ reflect: true }) label?: SentimentLabel;

  /** A text to score when no `sentiment` is given. Changing it cancels the scoring of the previous one. */
  @property() text?: string;

  /** Where the sentiment is heading: an arrow, and words for screen readers and in the explanation. */
  @property() trend?: SentimentTrend;

  /** The language of the badge's words (BCP 47, e.g. `es`, `ar`); by default `<cx-desk>`'s, else English. */
  @property() locale?: string;

  /** `full`: words and notes in the pill; `compact`: sign and short word, the rest in the explanation. */
  @property({ reflect: true }) variant: 'compact' | 'full' = 'full';

  /** Shows score and confidence next to the label (full variant; the explanation always has them). */
  @property({ type: Boolean, attribute: 'show-details' }) showDetails = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#watchViewport(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const hostLabel = changed.has('label') && this.label !== this.#shown?.label;
    if (hostLabel) this.#derived = undefined;
    if (changed.has('sentiment') || changed.has('score') || changed.has('text') || hostLabel) this.agentScore = undefined;
    this.#scoring.track(this.sentiment || !this.text?.trim() ? undefined : this.text, this.#adapter.value);
    const shown = (this.#shown = this.#compute());
    // Reflect the level shown; a level derived earlier (from a score or a text) goes when nothing is shown.
    if (shown ? shown.label !== this.label : this.#derived && this.label === this.#derived) this.label = this.#derived = shown?.label;
  }

  #compute(): Shown | undefined {
    const given = this.agentScore ?? this.sentiment ?? this.#scoring.value;
    if (given && isSentimentLabel(given.label)) return { ...given, drivers: given.drivers ?? [] };
    const score = this.sentiment ? this.sentiment.score : this.score;
    if (isUnitScore(score)) return { label: labelForScore(score), score, drivers: [] };
    const own = !this.sentiment && this.label !== this.#derived;
    return own && isSentimentLabel(this.label) ? { label: this.label, drivers: [] } : undefined;
  }

  /** The trend to show: a host's attribute that is not a trend shows none. */
  get #trend(): SentimentTrend | undefined {
    return isTrend(this.trend) ? this.trend : undefined;
  }

  #reposition = (): void => {
    if (this.panel && this.toggle) placePanel(this.panel, this.toggle);
  };

  #watchViewport(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('scroll', this.#reposition, { capture: true, passive: true } as AddEventListenerOptions);
    window[method]('resize', this.#reposition);
  }

  #explanationFailed = false;
  #adopted = false;
  /** Downloads the explanation on first use (hover, focus, opening); the open popover shows its loading state meanwhile. */
  #loadExplanation = (): void => {
    if (badgeExplanation.value) return;
    void loadExplanation().then(
      () => {
        this.#explanationFailed = false;
        if (this.open) this.requestUpdate();
      },
      () => {
        this.#explanationFailed = this.open;
        this.requestUpdate();
      },
    );
  };

  #retryExplanation = (): void => {
    this.#explanationFailed = false;
    this.#loadExplanation();
    this.requestUpdate();
  };

  /** The popover's content: the explanation once downloaded (its styles adopted then), else a line saying it is on its way. */
  #renderExplanation(shown: Shown, explanation: ExplanationModule | undefined): TemplateResult {
    if (!explanation) return pendingExplanation(this.#i18n.t, this.#explanationFailed, this.#retryExplanation);
    if (!this.#adopted && this.shadowRoot) {
      adoptStyles(this.shadowRoot, [...(this.constructor as typeof LitElement).elementStyles, explanation.explanationStyles]);
      this.#adopted = true;
    }
    return explanation.renderExplanation(this.#i18n.t, this.#i18n.lang, shown, this.#trend, this.#override);
  }

  #onBeforeToggle = (event: Event): void => {
    this.open = (event as ToggleEvent).newState === 'open';
    if (this.open) this.#loadExplanation();
    if (this.open) this.#reposition();
    // Closing (Escape, a click outside) with focus inside: give it back to the button.
    else if (this.panel?.contains(this.shadowRoot!.activeElement)) this.toggle?.focus();
  };

  #onToggle = (event: Event): void => {
    const open = (event as ToggleEvent).newState === 'open';
    this.#watchViewport(open);
    if (open) this.updateComplete.then(this.#reposition);
  };

  #override = (newLabel: SentimentLabel): boolean => {
    const current = this.#shown;
    if (!current || newLabel === current.label) return false;
    const sentiment: SentimentScore = {
      score: scoreForLabel(newLabel),
      label: newLabel,
      confidence: 1,
      source: 'agent',
      drivers: current.drivers,
      originalLabel: (current.source === 'agent' ? current.originalLabel : undefined) ?? current.label,
    };
    const detail = { oldLabel: current.label, newLabel, sentiment };
    if (!this.dispatchEvent(new CxSentimentOverrideEvent(detail))) return false;
    this.agentScore = sentiment;
    this.updateComplete.then(() => this.dispatchEvent(new CxSentimentOverriddenEvent(detail)));
    return true;
  };

  override render(): TemplateResult {
    const shown = this.#shown;
    if (!shown) return renderStatus(this.#i18n.t, this.#scoring.status, () => this.#scoring.retry());
    return html`<button part="base" type="button" popovertarget="explanation" aria-expanded=${String(this.open)}
        @pointerenter=${this.#loadExplanation} @focus=${this.#loadExplanation}>
        ${renderFace(this.#i18n.t, shown, { compact: this.variant === 'compact', showDetails: this.showDetails, trend: this.#trend, lang: this.#i18n.lang })}
      </button>
      <div id="explanation" part="explanation" popover @beforetoggle=${this.#onBeforeToggle} @toggle=${this.#onToggle}>
        ${this.open ? this.#renderExplanation(shown, badgeExplanation.value) : nothing}
      </div>`;
  }
}
