import { expect } from '@open-wc/testing';
import { ScrollIntent } from '../../src/thread/scroll-intent.js';

describe('scroll intent', () => {
  let now = 0;
  let feed: HTMLElement;
  let intent: ScrollIntent;
  beforeEach(() => {
    now = 1_000;
    feed = document.createElement('div');
    document.body.append(feed);
    intent = new ScrollIntent(() => now);
    intent.watch(feed);
  });
  afterEach(() => {
    intent.disconnect();
    feed.remove();
  });

  it('is the agent scrolling for a moment after turning the wheel up, not down', () => {
    expect(intent.active).to.equal(false);
    feed.dispatchEvent(new WheelEvent('wheel', { deltaY: 120, bubbles: true }));
    expect(intent.active, 'wheel down').to.equal(false);
    feed.dispatchEvent(new WheelEvent('wheel', { deltaY: -120, bubbles: true }));
    expect(intent.active).to.equal(true);
    now += 599;
    expect(intent.active).to.equal(true);
    now += 2;
    expect(intent.active, 'eased out').to.equal(false);
  });

  it('counts the keys that scroll up, and a touch', () => {
    feed.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(intent.active).to.equal(false);
    feed.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageUp', bubbles: true }));
    expect(intent.active).to.equal(true);
    now += 1_000;
    feed.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', shiftKey: true, bubbles: true }));
    expect(intent.active).to.equal(true);
    now += 1_000;
    feed.dispatchEvent(new Event('touchmove', { bubbles: true }));
    expect(intent.active).to.equal(true);
  });

  it('holds while a pointer is down on the feed (its scrollbar), wherever it is let go; not on a message', () => {
    const row = feed.appendChild(document.createElement('article'));
    row.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(intent.active, 'a press on a message').to.equal(false);
    feed.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    now += 10_000;
    expect(intent.active).to.equal(true);
    window.dispatchEvent(new PointerEvent('pointerup'));
    expect(intent.active).to.equal(true);
    now += 601;
    expect(intent.active).to.equal(false);
  });

  it('stops listening to a feed it no longer watches', () => {
    intent.watch(undefined);
    feed.dispatchEvent(new WheelEvent('wheel', { deltaY: -120, bubbles: true }));
    expect(intent.active).to.equal(false);
  });
});
