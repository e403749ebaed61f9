// Its own file, so its own page: no other test has downloaded the badge's explanation here.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cx-sentiment-badge.js';
import type { CxSentimentBadge } from '../../src/components/sentiment-badge/sentiment-badge.js';
import { badgeExplanation, type ExplanationModule } from '../../src/components/sentiment-badge/explanation-loader.js';
import type { SentimentScore } from '../../src/model/sentiment.js';
import { until } from '../helpers/until.js';

const sentiment: SentimentScore = { score: -0.42, label: 'negative', confidence: 0.81, source: 'built-in', drivers: [{ text: 'still waiting', weight: -3, kind: 'phrase' }] };

/** Holds the explanation's download until `release()` (or makes it fail with `fail()`), counting the downloads asked for. */
const real = badgeExplanation.load;
function holdExplanation(): { release: () => void; fail: () => void; asked: () => number } {
  let asked = 0;
  let settle: (ok: boolean) => void = () => {};
  badgeExplanation.value = undefined;
  badgeExplanation.loading = undefined;
  badgeExplanation.load = () => {
    asked += 1;
    return new Promise<boolean>((resolve) => (settle = resolve)).then((ok) => (ok ? real() : Promise.reject(new Error('offline')))) as Promise<ExplanationModule>;
  };
  return { release: () => settle(true), fail: () => settle(false), asked: () => asked };
}

const part = (el: CxSentimentBadge, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const box = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
};

async function mount(): Promise<{ el: CxSentimentBadge; after: HTMLElement }> {
  const root = await fixture<HTMLElement>(html`<p>Sentiment: <cx-sentiment-badge .sentiment=${sentiment}></cx-sentiment-badge> <span id="after">after</span></p>`);
  return { el: root.querySelector('cx-sentiment-badge')!, after: root.querySelector<HTMLElement>('#after')! };
}

describe('<cx-sentiment-badge> downloading its explanation on first use', () => {
  after(() => (badgeExplanation.load = real));
  afterEach(() => document.querySelectorAll('cx-sentiment-badge').forEach((b) => b.shadowRoot?.querySelector<HTMLElement>('[popover]')?.hidePopover?.()));

  it('is not downloaded to paint the badge; opening shows a loading line, then the explanation, and nothing on the page moves', async () => {
    const held = holdExplanation();
    const { el, after } = await mount();
    expect(part(el, 'label').textContent).to.contain('Negative');
    expect(held.asked(), 'painting the badge does not download the explanation').to.equal(0);
    const before = { badge: box(el), after: box(after) };

    part(el, 'base').click();
    await el.updateComplete;
    expect(held.asked(), 'opening asks for it').to.equal(1);
    const panel = part(el, 'explanation');
    expect(panel.matches(':popover-open')).to.equal(true);
    const pending = panel.querySelector('[aria-busy="true"]');
    expect(pending?.textContent).to.equal('Loading the explanation…');
    await expect(el).to.be.accessible();

    held.release();
    await until(() => panel.querySelector('[part="drivers"]'), 'the explanation');
    expect(panel.querySelector('[aria-busy]')).to.equal(null);
    expect(panel.textContent).to.contain('still waiting');
    // Its styles came with it: a driver's weight is a bold, fixed-width column.
    expect(getComputedStyle(panel.querySelector('[part="weight"]')!).fontWeight).to.equal('600');
    expect(box(el)).to.deep.equal(before.badge);
    expect(box(after)).to.deep.equal(before.after);
  });

  it('says so with Retry when the download fails, and Retry brings the explanation', async () => {
    const held = holdExplanation();
    const { el } = await mount();
    part(el, 'base').click();
    await el.updateComplete;
    held.fail();
    const panel = part(el, 'explanation');
    const alert = await until(() => panel.querySelector('[role="alert"]'), 'the failure');
    expect(alert.textContent).to.contain('The explanation could not be loaded.');
    const again = holdExplanation();
    alert.querySelector('button')!.click();
    await el.updateComplete;
    expect(again.asked()).to.equal(1);
    expect(panel.querySelector('[aria-busy="true"]')).to.not.equal(null);
    again.release();
    await until(() => panel.querySelector('[part="drivers"]'), 'the explanation after Retry');
  });

  it('starts the download when the badge is hovered or focused, before it is opened', async () => {
    const held = holdExplanation();
    const { el } = await mount();
    part(el, 'base').focus();
    expect(held.asked()).to.equal(1);
    held.release();
    await until(() => badgeExplanation.value, 'the explanation module');
  });
});
