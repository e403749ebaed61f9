import { expect } from '@open-wc/testing';
import { LiveQueue } from '../../src/thread/live-queue.js';
import { until } from '../helpers/until.js';

/** Keeps the main thread busy for `ms`, as a costly application would. */
const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe('LiveQueue', () => {
  it('applies at most once per frame, in the order items came, all of them', async () => {
    const applied: number[][] = [];
    let frameApplies = 0;
    const queue = new LiveQueue<number>({ apply: (items) => applied.push(items), applied: () => (frameApplies += 1) });
    for (let i = 0; i < 100; i += 1) queue.push(i);
    expect(applied, 'nothing before the frame').to.deep.equal([]);
    await until(() => queue.size === 0, 'everything applied');
    expect(applied.flat()).to.deep.equal(Array.from({ length: 100 }, (_, i) => i));
    expect(frameApplies, 'one frame took them all').to.equal(1);
  });

  it('stops a frame when its budget is spent: the rest waits for a later frame', async () => {
    const perFrame: number[] = [];
    let chunks = 0;
    const queue = new LiveQueue<number>({
      budget: 8,
      chunk: 10,
      apply: (items) => {
        chunks += 1;
        busy(3); // each chunk takes 3 ms or more: at most 3 fit in 8 ms
        expect(items.length).to.be.at.most(10);
      },
      applied: () => {
        perFrame.push(chunks);
        chunks = 0;
      },
    });
    for (let i = 0; i < 100; i += 1) queue.push(i);
    await until(() => queue.size === 0 && perFrame.reduce((a, b) => a + b, 0) === 10, 'all ten chunks applied');
    expect(Math.max(...perFrame), 'chunks in one frame').to.be.at.most(3);
    expect(perFrame.length, 'frames it took').to.be.at.least(4);
  });

  it('clear drops what waits; flush applies it now', async () => {
    const applied: number[] = [];
    const queue = new LiveQueue<number>({ apply: (items) => applied.push(...items), applied: () => {} });
    queue.push(1);
    queue.clear();
    queue.push(2);
    queue.flush();
    expect(applied).to.deep.equal([2]);
    expect(queue.size).to.equal(0);
  });
});
