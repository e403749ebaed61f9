import { expect } from '@open-wc/testing';
import type { ConversationEvent, Message } from '../../src/model/index.js';
import { threadDataset, threadMessage } from '../fixtures/thread-dataset.js';
import { frame, mountThread } from './thread-harness.js';
import { wheelOver } from '../wheel.js';
import { until } from '../helpers/until.js';

const feedOf = (shadow: ShadowRoot) => shadow.querySelector<HTMLElement>('[part~="feed"]')!;
/** How far the feed is from its bottom (px). */
const gap = (feed: HTMLElement) => feed.scrollHeight - feed.scrollTop - feed.clientHeight;
const updated = (message: Message): ConversationEvent => ({ type: 'message-updated', message });
const long = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i + 1} of a long edit.`).join('\n');

describe('<cx-conversation-thread> layout', () => {
  describe('at the bottom', () => {
    it('stays pinned to the bottom when the last row grows after the scroll to the latest', async () => {
      const { shadow, articles } = await mountThread(threadDataset({ count: 40 }));
      const feed = feedOf(shadow);
      await until(() => gap(feed) < 2, 'not at the latest after the load');
      // What a failed image (its alt text) or a late sentiment badge does: the row grows, nothing scrolls.
      const last = articles().find((a) => a.message!.id === 'm-000039')!;
      const text = last.shadowRoot!.querySelector('[part~="text"]')!;
      const alt = Object.assign(document.createElement('div'), { textContent: 'Photo of the router' });
      alt.style.height = '90px';
      text.append(alt);
      await until(() => gap(feed) < 2, `the thread did not follow the row that grew (${gap(feed)}px short)`);
      expect(shadow.querySelector('[part="jump"] .latest')).to.equal(null);
    });

    it('stays pinned to the bottom when the latest message is edited into a longer one', async () => {
      const { shadow, emit, articles } = await mountThread(threadDataset({ count: 40 }));
      const feed = feedOf(shadow);
      await frame();
      emit(updated(threadMessage(39, { text: long(8), editedAt: new Date().toISOString() })));
      const edited = () => articles().find((a) => a.message!.id === 'm-000039' && a.message!.text.includes('Line 8'));
      await until(() => (edited()?.getBoundingClientRect().height ?? 0) > 120, 'the edit did not show');
      await until(() => gap(feed) < 2, `the thread did not follow the edit (${gap(feed)}px short)`);
    });

    it('stays where the agent scrolled to, and offers the jump to latest, when rows grow below', async () => {
      const { shadow, articles } = await mountThread(threadDataset({ count: 40 }));
      const feed = feedOf(shadow);
      await frame();
      await wheelOver(feed, -100_000);
      await until(() => shadow.querySelector('[part="jump"] .latest'), 'no jump to latest once scrolled up');
      const top = feed.scrollTop;
      const shown = articles().at(-1)!;
      shown.style.minHeight = `${shown.getBoundingClientRect().height + 90}px`;
      await frame();
      await frame();
      expect(feed.scrollTop).to.equal(top);
      expect(shadow.querySelector('[part="jump"] .latest')).to.not.equal(null);
    });
  });

  describe('scrolled off-screen', () => {
    afterEach(() => window.scrollTo(0, 0));

    it('still holds the messages at its own scroll position, one of them a tab stop, without scrolling the page', async () => {
      const { el, shadow, articles } = await mountThread(threadDataset({ count: 40 }), { above: 3000 });
      await frame();
      expect(el.getBoundingClientRect().top, 'below the fold').to.be.greaterThan(window.innerHeight);
      expect(window.scrollY, 'loading does not scroll the page to the thread').to.equal(0);
      const ids = articles().map((a) => a.message!.id);
      expect(ids).to.include('m-000039');
      expect(ids.length).to.be.lessThan(40); // still virtualized
      const feed = feedOf(shadow);
      expect(gap(feed)).to.be.below(2);
      expect(articles().filter((a) => a.tabIndex === 0)).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  it('schedules no update from its updated() while loading, following live messages or filtering (Lit dev warning)', async () => {
    // Lit warns once per element name and page: forget earlier warnings so this load can warn again.
    const issued = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
    issued?.forEach((w) => w.includes('cx-conversation-thread') && issued.delete(w));
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      warn.apply(console, args);
    };
    try {
      const { el, shadow, emit, articles } = await mountThread(threadDataset({ count: 40 }));
      await frame();
      emit({ type: 'message-added', message: threadMessage(40) });
      await until(() => articles().some((a) => a.message!.id === 'm-000040'), 'the live message');
      const visibility = shadow.querySelectorAll('select')[1]!;
      visibility.value = 'public';
      visibility.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await frame();
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('after an update completed'))).to.deep.equal([]);
  });
});
