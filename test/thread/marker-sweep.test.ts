import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { MarkerSweep, sweepOrphanMarkers } from '../../src/thread/marker-sweep.js';

const comments = (node: Node) => [...node.childNodes].filter((n) => n.nodeType === Node.COMMENT_NODE).length;
const texts = (node: Element) => [...node.children].map((e) => e.textContent);
/** Rows rendered the way the thread's feed renders them: a repeat in a child expression of a template. */
const draw = (host: HTMLElement, keys: number[]) => {
  render(html`<div class="feed">${repeat(keys, (k) => k, (k) => html`<p>${k}</p>`)}</div>`, host);
  return host.querySelector<HTMLElement>('.feed')!;
};

describe('marker sweep', () => {
  it('removes empty comments with no element beside them, and keeps the rest', () => {
    const feed = document.createElement('div');
    const c = (data = '') => document.createComment(data);
    const row = () => document.createElement('p');
    // lit marker, 3 orphans, [start row end], 2 orphans, [start row end], an orphan between text
    feed.append(c('?lit$1$'), c(), c(), c(), c(), row(), c(), c(), c(), c(), row(), c(), 'x', c(), 'y');
    expect(sweepOrphanMarkers(feed)).to.equal(6);
    const kinds = [...feed.childNodes].map((n) => (n.nodeType === Node.COMMENT_NODE ? `c${(n as Comment).data}` : n.nodeType === Node.ELEMENT_NODE ? 'E' : 't'));
    expect(kinds).to.deep.equal(['c?lit$1$', 'c', 'E', 'c', 'c', 'E', 'c', 't', 't']);
  });

  it('keeps lit repeat working through inserts, moves and removals, with the markers bounded', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    let keys = Array.from({ length: 10 }, (_, i) => i);
    const feed = draw(host, keys);
    const sweep = new MarkerSweep();
    sweep.watch(feed);
    // A window sliding down a live stream, as the virtualizer renders it: rows leave at the top.
    for (let step = 0; step < 200; step += 1) {
      keys = [...keys.slice(3), ...[0, 1, 2].map((i) => 10 + step * 3 + i)];
      draw(host, keys);
      await Promise.resolve(); // the sweep runs as a mutation observer
    }
    expect(texts(feed)).to.deep.equal(keys.map(String));
    expect(comments(feed)).to.be.at.most(2 * keys.length + 1);
    // Reorder, insert in the middle, remove from the middle: lit still finds every row it owns.
    keys = [keys[5]!, ...keys.slice(0, 5), 9999, ...keys.slice(7)];
    draw(host, keys);
    await Promise.resolve();
    expect(texts(feed)).to.deep.equal(keys.map(String));
    draw(host, []);
    await Promise.resolve();
    expect(feed.children).to.have.length(0);
    sweep.disconnect();
    host.remove();
  });
});
