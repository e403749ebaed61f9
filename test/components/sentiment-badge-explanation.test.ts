import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/cx-sentiment-badge.js';
import { loadExplanation } from '../../src/components/sentiment-badge/explanation-loader.js';
import type { CxSentimentBadge } from '../../src/components/sentiment-badge/sentiment-badge.js';
import type { CxSentimentOverrideEvent } from '../../src/events/sentiment-override.js';
import type { SentimentScore } from '../../src/model/sentiment.js';

const sentiment: SentimentScore = {
  score: -0.42,
  label: 'negative',
  confidence: 0.81,
  source: 'built-in',
  drivers: [
    { text: 'thanks', weight: 1, kind: 'word', modifiers: ['thanks', 'before-but'] },
    { text: 'still waiting', weight: -3, kind: 'phrase', modifiers: ['service-failure', 'after-but'] },
    { text: 'happy', weight: -2.25, kind: 'word', modifiers: ['negated'] },
    { text: 'great', weight: -4.5, kind: 'word', modifiers: ['sarcasm'] },
  ],
};

const part = (el: CxSentimentBadge, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const panel = (el: CxSentimentBadge) => part(el, 'explanation')!;
const isOpen = (el: CxSentimentBadge) => panel(el).matches(':popover-open');
const words = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

async function mount(score: SentimentScore = sentiment, extra = ''): Promise<CxSentimentBadge> {
  const root = await fixture<HTMLElement>(html`<div><button id="before">before</button><cx-sentiment-badge .sentiment=${score} trend=${extra || 'worsening'}></cx-sentiment-badge></div>`);
  return root.querySelector('cx-sentiment-badge')!;
}

async function openWithKeyboard(el: CxSentimentBadge, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  document.querySelector<HTMLElement>('#before')!.focus();
  await sendKeys({ press: 'Tab' });
  expect(el.shadowRoot!.activeElement).to.equal(part(el, 'base'));
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<cx-sentiment-badge> explanation', () => {
  // The explanation is downloaded on first use (its own test: sentiment-badge-explanation-lazy); here it is in already.
  before(() => loadExplanation());
  afterEach(() => document.querySelectorAll('cx-sentiment-badge').forEach((b) => b.shadowRoot?.querySelector<HTMLElement>('[popover]')?.hidePopover?.()));

  it('is a real button, reached with Tab and opened with Enter', async () => {
    const el = await mount();
    const button = part(el, 'base')!;
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await openWithKeyboard(el);
    expect(isOpen(el)).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
  });

  it('opens with Space too, and closes when the button is pressed again', async () => {
    const el = await mount();
    await openWithKeyboard(el, 'Space');
    expect(isOpen(el)).to.equal(true);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(isOpen(el)).to.equal(false);
  });

  it('lists each driver with its signed weight and its modifiers in words, and the source', async () => {
    const el = await mount();
    await openWithKeyboard(el);
    const items = [...panel(el).querySelectorAll('[part="driver"]')].map(words);
    expect(items).to.deep.equal([
      "+1.0 thanks (thanks, before 'but')",
      "\u22123.0 still waiting (service failure, after 'but')",
      '\u22122.3 happy (negated)',
      '\u22124.5 great (sarcasm)',
    ]);
    const text = words(panel(el));
    expect(text).to.contain('Negative · score -0.42 · 81% confidence');
    expect(text).to.contain('Trend: worsening');
    expect(words(part(el, 'source')!)).to.equal('Source: built-in analyzer');
  });

  it('names the source of a score from the host and says when there are no drivers', async () => {
    const el = await mount({ score: 0.5, label: 'positive', confidence: 0.9, source: 'adapter', drivers: [] });
    await openWithKeyboard(el);
    expect(words(part(el, 'source')!)).to.equal("Source: the desktop's sentiment service");
    expect(words(panel(el))).to.contain('No words or rules were given');
  });

  it('closes on Escape from inside the explanation and returns focus to the button', async () => {
    const el = await mount();
    await openWithKeyboard(el);
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement!;
    expect(panel(el).contains(focused), `focus moved into the explanation (on ${focused?.localName})`).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(isOpen(el)).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'base'));
    expect(part(el, 'base')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes on Escape with focus on the button, which keeps focus', async () => {
    const el = await mount();
    await openWithKeyboard(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(isOpen(el)).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'base'));
  });

  it('is not clipped by an ancestor that hides overflow', async () => {
    const root = await fixture<HTMLElement>(html`<div style="overflow: hidden; height: 1.6rem; width: 6rem; position: relative">
      <cx-sentiment-badge .sentiment=${sentiment}></cx-sentiment-badge>
    </div>`);
    const el = root.querySelector('cx-sentiment-badge')!;
    part(el, 'base')!.click();
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    const box = panel(el).getBoundingClientRect();
    const clip = root.getBoundingClientRect();
    expect(box.height).to.be.greaterThan(clip.height);
    expect(box.top).to.be.at.least(clip.bottom - 1);
    // What is drawn at the middle of the panel is the panel (seen from the page as its host).
    expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(el);
  });

  it('opens under the button, aligned with its start edge in either direction', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const root = await fixture<HTMLElement>(html`<div dir=${dir} style="padding: 2rem"><cx-sentiment-badge .sentiment=${sentiment}></cx-sentiment-badge></div>`);
      const el = root.querySelector('cx-sentiment-badge')!;
      part(el, 'base')!.click();
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      const button = part(el, 'base')!.getBoundingClientRect();
      const box = panel(el).getBoundingClientRect();
      expect(box.top).to.be.closeTo(button.bottom + 4, 1);
      if (dir === 'ltr') expect(box.left).to.be.closeTo(button.left, 1);
      else expect(box.right).to.be.closeTo(button.right, 1);
      panel(el).hidePopover();
    }
  });

  it('is accessible when open', async () => {
    const el = await mount();
    part(el, 'base')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  describe('agent override', () => {
    async function pick(el: CxSentimentBadge, label: string): Promise<void> {
      const select = panel(el).querySelector('select')!;
      select.value = label;
      panel(el).querySelector<HTMLButtonElement>('[part="override"] button')!.click();
      await el.updateComplete;
    }

    it('fires a cancelable cx-sentiment-override with old and new label, then shows the badge as set by the agent', async () => {
      const el = await mount();
      part(el, 'base')!.click();
      await el.updateComplete;
      const fired = oneEvent(el, 'cx-sentiment-override') as Promise<CxSentimentOverrideEvent>;
      const after = oneEvent(el, 'cx-sentiment-overridden');
      await pick(el, 'positive');
      const event = await fired;
      expect(event.cancelable).to.equal(true);
      expect(event.bubbles && event.composed).to.equal(true);
      expect([event.oldLabel, event.newLabel]).to.deep.equal(['negative', 'positive']);
      expect(event.sentiment).to.include({ label: 'positive', source: 'agent', originalLabel: 'negative' });
      expect(event.sentiment.drivers).to.deep.equal(sentiment.drivers);
      await after;
      expect(el.getAttribute('label')).to.equal('positive');
      expect(words(part(el, 'base')!)).to.contain('Positive');
      expect(words(part(el, 'base')!)).to.contain('(set by agent, was Negative)');
      expect(words(part(el, 'source')!)).to.equal('Source: set by agent, was Negative');
      expect(isOpen(el)).to.equal(true);
    });

    it('keeps the original label across a second override', async () => {
      const el = await mount();
      part(el, 'base')!.click();
      await el.updateComplete;
      await pick(el, 'positive');
      const fired = oneEvent(el, 'cx-sentiment-override') as Promise<CxSentimentOverrideEvent>;
      await pick(el, 'very-positive');
      const event = await fired;
      expect([event.oldLabel, event.newLabel, event.sentiment.originalLabel]).to.deep.equal(['positive', 'very-positive', 'negative']);
    });

    it('keeps the shown label when the event is cancelled', async () => {
      const el = await mount();
      el.addEventListener('cx-sentiment-override', (e) => e.preventDefault());
      let after = false;
      el.addEventListener('cx-sentiment-overridden', () => (after = true));
      part(el, 'base')!.click();
      await el.updateComplete;
      await pick(el, 'very-positive');
      await el.updateComplete;
      expect(el.getAttribute('label')).to.equal('negative');
      expect(words(part(el, 'base')!)).to.not.contain('set by agent');
      expect(panel(el).querySelector('select')!.value).to.equal('negative');
      expect(after).to.equal(false);
    });

    it('drops the override when the host gives a new sentiment', async () => {
      const el = await mount();
      part(el, 'base')!.click();
      await el.updateComplete;
      await pick(el, 'positive');
      el.sentiment = { ...sentiment, label: 'very-negative', score: -0.8 };
      await el.updateComplete;
      expect(el.getAttribute('label')).to.equal('very-negative');
      expect(words(part(el, 'base')!)).to.not.contain('set by agent');
    });

    it('works by keyboard and stays accessible when overridden', async () => {
      const el = await mount();
      await openWithKeyboard(el);
      await sendKeys({ press: 'Tab' }); // the select
      await sendKeys({ press: 'ArrowDown' }); // neutral
      await sendKeys({ press: 'Tab' }); // Set
      const fired = oneEvent(el, 'cx-sentiment-override') as Promise<CxSentimentOverrideEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await fired).newLabel).to.equal('neutral');
      await el.updateComplete;
      expect(el.getAttribute('label')).to.equal('neutral');
      await expect(el).to.be.accessible();
    });
  });
});
