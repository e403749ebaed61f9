// Floods and large pages (issue 17): correctness, not speed (speed is `npm run bench:thread`).
import { expect } from '@open-wc/testing';
import { compareMessages, type ConversationEvent, type Message } from '../../src/model/index.js';
import { mergeDatasets, threadDataset, threadMessage } from '../fixtures/thread-dataset.js';
import { frame, mountThread } from './thread-harness.js';
import { until } from '../helpers/until.js';
import { wheelOver } from '../wheel.js';

const added = (message: Message): ConversationEvent => ({ type: 'message-added', message });

/**
 * Holds the thread's turns given back to the browser (`scheduler.yield()`) until the test lets them go,
 * so a test decides when the next slice of a page is stored.
 */
function holdYields() {
  const scheduler = (globalThis as unknown as { scheduler: { yield?: () => Promise<void> } }).scheduler;
  const waiting: Array<() => void> = [];
  let calls = 0;
  let holding = true;
  scheduler.yield = () => {
    calls += 1;
    return holding ? new Promise<void>((resolve) => waiting.push(resolve)) : Promise.resolve();
  };
  return {
    get calls() {
      return calls;
    },
    get waiting() {
      return waiting.length;
    },
    /** Lets every held turn go, and the ones after. */
    release() {
      holding = false;
      waiting.splice(0).forEach((resolve) => resolve());
    },
    restore() {
      delete scheduler.yield;
      waiting.splice(0).forEach((resolve) => resolve());
    },
  };
}

/** Resolves after the current task and its microtasks: what they started is done or waiting on something else. */
const flushed = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('<cx-conversation-thread> floods and large pages', () => {
  let yields: ReturnType<typeof holdYields> | undefined;
  afterEach(() => yields?.restore());

  it('paints the first rows of a large page from its first slice, then stores the rest in order', async () => {
    yields = holdYields();
    const { el, articles } = await mountThread(threadDataset({ count: 5_000 }), { pageSize: 5_000 });
    // Only the first slice is stored (the next waits for its turn), and the newest rows show.
    await until(() => articles().some((a) => a.message!.id === 'm-004999'), 'the newest rows shown while the rest waits');
    expect(yields.waiting).to.equal(1);
    expect(el.messages.length).to.be.within(1, 4_999);
    yields.release();
    await until(() => el.messages.length === 5_000, 'the whole page stored');
    const ids = el.messages.map((m) => m.id);
    expect(ids).to.deep.equal(Array.from({ length: 5_000 }, (_, n) => threadMessage(n).id));
    await until(() => articles().some((a) => a.message!.id === 'm-004999') && articles().every((a) => a.message!.id >= 'm-004900'), 'still at the latest');
  });

  it('a conversation switch during a long page stops storing it: only the new conversation shows', async () => {
    yields = holdYields();
    const dataset = mergeDatasets(threadDataset({ count: 5_000 }), threadDataset({ count: 3, conversationId: 'conv-b' }));
    const { el } = await mountThread(dataset, { pageSize: 5_000 });
    expect(yields.waiting, 'the long page is being stored').to.equal(1);
    el.conversationId = 'conv-b';
    await until(() => el.messages.length === 3 && el.messages.every((m) => m.conversationId === 'conv-b'), 'the new conversation');
    const calls = yields.calls;
    yields.release(); // the old page's next slice gets its turn …
    await flushed();
    await el.updateComplete;
    // … and stops: nothing of it stored, no further slice.
    expect(yields.calls).to.equal(calls);
    expect(el.messages.map((m) => m.conversationId)).to.deep.equal(['conv-b', 'conv-b', 'conv-b']);
  });

  it('applies a flood of live messages in batches: each once, in order, following the bottom', async () => {
    const { el, emit, articles, shadow } = await mountThread(threadDataset({ count: 200 }));
    let renders = 0;
    let frames = 0;
    const before = el.messages.length;
    const original = (el as unknown as { update(changed: unknown): void }).update;
    (el as unknown as { update(changed: unknown): void }).update = function (this: unknown, changed: unknown) {
      renders += 1;
      original.call(this, changed);
    };
    let live = true;
    const tick = () => {
      frames += 1;
      if (live) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const total = 2_000;
    // 100 at a time, one burst per task (tens of bursts a frame), each 10th twice, some out of order within a burst.
    for (let n = 0; n < total; n += 100) {
      const burst = Array.from({ length: 100 }, (_, i) => threadMessage(1_000 + n + i));
      const events = burst.flatMap((m, i) => (i % 10 === 0 ? [added(m), added({ ...m })] : [added(m)]));
      emit(...events.reverse());
      await flushed();
    }
    await until(() => el.messages.length === before + total, 'every live message stored');
    live = false;
    const ids = el.messages.map((m) => m.id);
    expect(new Set(ids).size, 'each once').to.equal(ids.length);
    expect([...el.messages].sort(compareMessages).map((m) => m.id), 'in order').to.deep.equal(ids);
    // Coalesced: one batch a frame (the queue's own test), so renders go with frames, not with events.
    expect(renders, 'renders with frames, not events').to.be.at.most(3 * frames + 10).and.below(total / 10);
    const latest = threadMessage(1_000 + total - 1).id;
    await until(() => articles().some((a) => a.message!.id === latest), 'the latest message shown: the feed followed the flood');
    await frame();
    expect(shadow.querySelector('[part="jump"] .latest'), 'no jump to latest: it never left the bottom').to.equal(null);
    const shown = articles().map((a) => a.message!.id);
    expect(shown, 'rows once each, in order').to.deep.equal(ids.slice(ids.indexOf(shown[0]!), ids.indexOf(shown[0]!) + shown.length));
  });
});

describe('<cx-conversation-thread> row updates', () => {
  it('re-renders only the rows whose message changed when live messages arrive', async () => {
    const { el, emit, articles } = await mountThread(threadDataset({ count: 12 }), { height: 2400 });
    const before = articles();
    const updates = new Map<string, number>();
    for (const row of before) {
      const id = row.message!.id;
      const original = (row as unknown as { update(changed: unknown): void }).update;
      (row as unknown as { update(changed: unknown): void }).update = function (this: unknown, changed: unknown) {
        updates.set(id, (updates.get(id) ?? 0) + 1);
        original.call(this, changed);
      };
    }
    emit(...Array.from({ length: 5 }, (_, i) => added(threadMessage(12 + i))));
    await until(() => articles().some((a) => a.message!.id === 'm-000016'), 'the new rows rendered');
    await el.updateComplete;
    await Promise.all(articles().map((a) => a.updateComplete));
    expect([...updates.keys()], 'rows of unchanged messages do not render again').to.deep.equal([]);
    emit({ type: 'message-updated', message: threadMessage(10, { text: 'Edited', editedAt: new Date().toISOString() }) });
    await until(() => articles().some((a) => a.message!.text === 'Edited'), 'the edit shown');
    await Promise.all(articles().map((a) => a.updateComplete));
    expect([...updates.keys()], 'only the edited row').to.deep.equal(['m-000010']);
  });
});

describe('<cx-conversation-thread> older pages', () => {
  it('says when an older page failed, and Retry loads it', async () => {
    const { el, demo, shadow, articles } = await mountThread(threadDataset({ count: 30 }), { pageSize: 10 });
    demo.demo.failNext('conversations.loadMessages', 'error');
    const feed = shadow.querySelector<HTMLElement>('[part~="feed"]')!;
    await wheelOver(feed, -100_000); // the agent scrolls to the first rows: the next older page is due
    const alert = await until(() => shadow.querySelector<HTMLElement>('[part~="error"][role="alert"]'), 'the failed older page said');
    // In plain words, with the developer's detail behind a disclosure.
    expect(alert.querySelector('p')!.textContent).to.match(/couldn't load earlier messages/i);
    expect(alert.querySelector('[part="error-detail"] pre')!.textContent).to.contain('injected fault');
    expect(el.messages).to.have.length(10);
    alert.querySelector('button')!.click();
    await until(() => el.messages.length === 20, 'the older page loaded on Retry');
    await until(() => !shadow.querySelector('[part~="error"][role="alert"]'), 'the failure no longer said');
    expect(articles().length).to.be.greaterThan(0);
  });
});
