import { expect, fixture, html } from '@open-wc/testing';
import { threadDataset } from '../fixtures/thread-dataset.js';
import { mountThread } from './thread-harness.js';

/** The feed's and the element's heights. */
const heights = (el: HTMLElement) => ({
  thread: el.getBoundingClientRect().height,
  feed: el.shadowRoot!.querySelector('[part~="feed"]')!.getBoundingClientRect().height,
});

describe('<cx-conversation-thread> sizing', () => {
  let style: HTMLStyleElement | undefined;
  afterEach(() => style?.remove());

  it('fills its container, and a host rule display: block keeps the feed’s height', async () => {
    const { el } = await mountThread(threadDataset({ count: 60 }), { height: 600 });
    const plain = heights(el);
    expect(plain.thread, 'fills the container').to.be.closeTo(600, 1);
    expect(plain.feed, 'the feed takes what the toolbar and composer leave').to.be.above(200);
    style = await fixture<HTMLStyleElement>(html`<style>cx-conversation-thread { display: block }</style>`);
    await el.updateComplete;
    expect(getComputedStyle(el).display).to.equal('block');
    const block = heights(el);
    expect(block.thread).to.be.closeTo(600, 1);
    expect(block.feed, 'the same feed height as without the rule').to.be.closeTo(plain.feed, 1);
    const composer = el.shadowRoot!.querySelector('cx-composer')!.getBoundingClientRect();
    expect(composer.bottom, 'the composer stays inside the element').to.be.at.most(el.getBoundingClientRect().bottom + 1);
  });

  it('keeps its minimum height in a container with no height', async () => {
    const { el } = await mountThread(threadDataset({ count: 5 }), { height: 0 });
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(el.getBoundingClientRect().height).to.be.at.least(16 * rem - 1);
    expect(heights(el).feed).to.be.at.least(8 * rem - 1);
  });
});
