import { expect } from '@open-wc/testing';
import { secondTicker } from '../../src/internal/ticker.js';
import type { ConversationEvent } from '../../src/model/index.js';
import type { ConversationSource } from '../../src/ports/ports.js';
import { until } from '../helpers/until.js';
import { $$, demo, mount, popShown, shownPane } from './screen-pop-harness.js';

type Thread = HTMLElementTagNameMap['cx-conversation-thread'];
const threadOf = (pane: Element) => pane.querySelector<Thread>('cx-conversation-thread')!;
const textareaOf = (pane: Element) =>
  threadOf(pane).shadowRoot?.querySelector('cx-composer')?.shadowRoot?.querySelector<HTMLTextAreaElement>('textarea') ?? null;
const feedOf = (pane: Element) => threadOf(pane).shadowRoot!.querySelector<HTMLElement>('[part~="feed"]')!;

describe('<cx-screen-pop> switching between pops', () => {
  it('keeps each pop’s draft, scroll position and folded sections', async () => {
    const adapter = demo();
    const el = await mount(adapter);
    const a = adapter.demo.offer('conv-013');
    adapter.demo.accept(a);
    const paneA = await popShown(el, a);
    const area = await until(() => textareaOf(paneA), 'the composer of the first pop');
    area.value = 'Half-written reply to Olivia';
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const thread = threadOf(paneA);
    await until(() => thread.messages.length > 5, 'the first thread’s messages');
    await thread.updateComplete;
    await thread.scrollToMessage(thread.messages[1]!.id);
    const feed = feedOf(paneA);
    await until(() => feed.scrollTop > 0 && feed.scrollTop < feed.scrollHeight - feed.clientHeight - 50, 'scrolled up');
    // Rows still being measured (badges scoring, lazy parts arriving) move the offset: take it once it holds for a frame.
    let scrolled = -1;
    for (;;) {
      const before = feed.scrollTop;
      await new Promise(requestAnimationFrame);
      await thread.updateComplete;
      if (feed.scrollTop === before) break;
    }
    scrolled = feed.scrollTop;
    paneA.querySelector<HTMLElement>('[part~="customer-section"] > summary')!.click();
    await until(() => !paneA.querySelector<HTMLDetailsElement>('[part~="customer-section"]')!.open, 'the customer folded');

    const b = adapter.demo.offer('conv-001');
    adapter.demo.accept(b);
    const paneB = await popShown(el, b);
    expect(paneB).to.not.equal(paneA);
    expect(paneA.hasAttribute('inert'), 'the hidden pop is out of reach').to.equal(true);
    expect(getComputedStyle(paneA).visibility).to.equal('hidden');
    await until(() => textareaOf(paneB), 'the second composer');
    expect(textareaOf(paneB)!.value).to.not.include('Olivia');
    expect(paneB.querySelector<HTMLDetailsElement>('[part~="customer-section"]')!.open).to.equal(true);

    el.show(a);
    const back = await popShown(el, a);
    expect(back).to.equal(paneA);
    expect(textareaOf(back)!.value).to.equal('Half-written reply to Olivia');
    await until(() => feedOf(back).scrollTop === scrolled, `the scroll position back at ${scrolled} (it is ${feedOf(back).scrollTop})`);
    expect(back.querySelector<HTMLDetailsElement>('[part~="customer-section"]')!.open).to.equal(false);
  });

  it('keeps the last 20 pops and releases older ones: elements, watches and ticker listeners go with them', async () => {
    const adapter = demo();
    const port = adapter.conversations! as ConversationSource & { watch: NonNullable<ConversationSource['watch']> };
    const watch = port.watch.bind(port);
    let watching = 0;
    port.watch = (id: string, listener: (event: ConversationEvent) => void, options = {}) => {
      watching += 1;
      let ended = false;
      const end = () => {
        if (!ended) (ended = true), (watching -= 1);
      };
      options.signal?.addEventListener('abort', end, { once: true });
      const stop = watch(id, listener, options);
      return () => (end(), stop());
    };
    const tickerBefore = secondTicker.size;
    const el = await mount(adapter);
    const conversations = adapter.demo.listConversations().slice(0, 25);
    const released: string[] = [];
    el.addEventListener('cx-pop-closed', (event) => event.released && released.push(event.interaction.id));
    const ids: string[] = [];
    for (const conversation of conversations) {
      const id = adapter.demo.offer(conversation.id);
      adapter.demo.accept(id);
      ids.push(id);
      await popShown(el, id);
    }
    await until(() => watching === 20, `one watch per kept thread (now ${watching})`);
    expect(el.pops.map((p) => p.id)).to.deep.equal(ids.slice(5));
    expect(released).to.deep.equal(ids.slice(0, 5));
    expect($$(el, '.pane')).to.have.length(20);
    expect($$(el, 'cx-conversation-thread')).to.have.length(20);
    expect($$(el, 'cx-customer-360')).to.have.length(20);
    const perPop = (secondTicker.size - tickerBefore) / 20;
    expect(perPop, 'a few ticker listeners per pop').to.be.at.most(4);

    for (const id of [...el.pops.map((p) => p.id)]) el.close(id);
    await el.updateComplete;
    expect($$(el, '.pane')).to.have.length(0);
    await until(() => watching === 0, 'no watch left');
    expect(secondTicker.size).to.equal(tickerBefore);
    expect(shownPane(el)).to.equal(null);
  });
});
