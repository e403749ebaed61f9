import { expect, fixture, html } from '@open-wc/testing';
import type { CxConversationThread } from '../../src/components/conversation-thread/conversation-thread.js';
import { createAdapter } from '../../src/ports/adapter.js';
import type { Message } from '../../src/model/index.js';
import { mergeDatasets, threadDataset, threadMessage } from '../fixtures/thread-dataset.js';
import { deepText, frame, mountThread } from './thread-harness.js';
import { wheelOver } from '../wheel.js';
import { until } from '../helpers/until.js';

const HOSTILE = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script><a href="javascript:alert(1)">click</a> javascript:alert(1) data:text/html,<b>x</b> https://ok.example.com/page';

describe('<cx-conversation-thread> untrusted input', () => {
  it('renders markup as text; only http(s) links go live, with rel and target', async () => {
    const { articles } = await mountThread(threadDataset({ count: 0, extra: [threadMessage(1, { text: HOSTILE, author: { id: 'x', role: 'customer', displayName: '<b>Evil</b>' } })] }));
    const article = articles()[0]!;
    const root = article.shadowRoot!;
    expect(root.querySelectorAll('img, script, b, iframe')).to.have.length(0);
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://ok.example.com/page']);
    expect(links[0]!.rel).to.equal('noopener noreferrer');
    expect(links[0]!.target).to.equal('_blank');
    expect(root.querySelector('[part="text"]')!.textContent).to.equal(HOSTILE);
    expect(deepText(article)).to.contain('<b>Evil</b>');
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('keeps a 10 000-character word, a bidi override and zalgo inside the container', async () => {
    const zalgo = `Z${'\u0301\u0302\u0303\u0304\u0305\u0306'.repeat(40)}algo`;
    const extra = [
      threadMessage(1, { text: 'x'.repeat(10_000) }),
      threadMessage(2, { text: '\u202Eevil reversed text', author: { id: 'r', role: 'customer', displayName: '\u202Emalicious' } }),
      threadMessage(3, { text: zalgo }),
      threadMessage(4, { text: 'after' }),
    ];
    const { el, articles } = await mountThread(threadDataset({ count: 0, extra }), { height: 1200 });
    const width = el.getBoundingClientRect().width;
    const show = async (id: string) => {
      expect(await el.scrollToMessage(id)).to.equal(true);
      await frame();
      const article = articles().find((a) => a.message!.id === id)!;
      expect(article.getBoundingClientRect().width).to.be.at.most(width);
      const base = article.shadowRoot!.querySelector('[part~="base"]') as HTMLElement;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      return article;
    };
    const long = await show(extra[0]!.id);
    const bidi = await show(extra[1]!.id);
    const z = await show(extra[2]!.id);
    const after = await show(extra[3]!.id);
    expect(long!.getBoundingClientRect().height).to.be.greaterThan(100); // it wrapped instead of overflowing
    const text = bidi!.shadowRoot!.querySelector('[part="text"]') as HTMLElement;
    expect(text.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(text).unicodeBidi).to.equal('plaintext');
    expect(bidi!.shadowRoot!.querySelector('[part="author"] bdi')).to.exist;
    // The override stays inside its message: the next message's header still runs left to right.
    expect(getComputedStyle(after!.shadowRoot!.querySelector('[part="header"]')!).direction).to.equal('ltr');
    expect(z!.shadowRoot!.querySelector('[part="text"]')!.textContent).to.equal(`Z\u0301\u0302\u0303algo`);
    expect(z!.getBoundingClientRect().height).to.be.lessThan(200);
    expect(el.messages.find((m) => m.id === z!.message!.id)!.text).to.equal(zalgo); // the data is untouched
  });

  it('copes with missing optional fields', async () => {
    const bare = { id: 'bare', conversationId: 'conv-t', channelId: 'x-dm', visibility: 'private', author: { id: 'a', role: 'customer', displayName: '' }, text: '', createdAt: threadMessage(1).createdAt } as unknown as Message;
    const { articles } = await mountThread(threadDataset({ count: 0, extra: [bare] }));
    expect(articles()).to.have.length(1);
    expect(articles()[0]!.shadowRoot!.querySelector('[part="author"]')!.textContent).to.contain('—');
  });
});

describe('<cx-conversation-thread> loading and errors', () => {
  for (const fault of ['error', 'junk'] as const) {
    it(`shows the error's message and retries after a "${fault}" load`, async () => {
      const dataset = threadDataset({ count: 5 });
      const harness = await mountThread(dataset, { beforeMount: (demo) => demo.demo.failNext('conversations.loadMessages', fault) });
      const error = harness.shadow.querySelector('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain(fault === 'junk' ? 'invalid data' : 'injected fault');
      (error.querySelector('button') as HTMLButtonElement).click();
      await until(() => harness.articles().length === 5, 'retry did not load the messages');
      expect(harness.shadow.querySelector('[part="error"]')).to.equal(null);
    });
  }

  it('shows a loading state, and switching conversation aborts the previous load', async () => {
    const signals: AbortSignal[] = [];
    const dataset = mergeDatasets(threadDataset({ count: 3, conversationId: 'a' }), threadDataset({ count: 4, conversationId: 'b' }));
    const adapter = createAdapter({
      conversations: {
        getConversation: async (id) => dataset.conversations.find((c) => c.id === id)!,
        loadMessages: (id, options) => {
          signals.push(options!.signal!);
          if (id === 'a') return new Promise(() => {}); // never answers
          return Promise.resolve({ messages: dataset.messages.filter((m) => m.conversationId === id).reverse(), nextCursor: null });
        },
      },
    });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 400px"><cx-conversation-thread .adapter=${adapter} conversation-id="a"></cx-conversation-thread></div>`);
    const el = wrapper.firstElementChild as CxConversationThread;
    await until(() => signals.length === 1, 'one load call');
    expect(el.shadowRoot!.querySelector('[part="status"][role="status"]')!.textContent).to.contain('Loading');
    el.conversationId = 'b';
    await until(() => el.messages.length === 4, 'the four messages');
    expect(signals[0]!.aborted).to.equal(true);
    expect(signals[1]!.aborted).to.equal(false);
    expect(el.messages.every((m) => m.conversationId === 'b')).to.equal(true);
  });

  it('loads older pages on scroll-up and keeps the view where it was', async () => {
    const { el, shadow, articles } = await mountThread(threadDataset({ count: 300 }), { pageSize: 40 });
    expect(el.messages).to.have.length(40);
    const feed = shadow.querySelector<HTMLElement>('[part~="feed"]')!;
    await frame();
    await frame();
    await wheelOver(feed, -100_000); // the agent scrolls up to the top
    await until(() => el.messages.length >= 80, 'no older page was loaded');
    await until(() => articles().some((a) => a.message!.id === 'm-000260'), 'the view jumped away from where it was');
    const anchor = articles().find((a) => a.message!.id === 'm-000260')!;
    const top = anchor.getBoundingClientRect().top - feed.getBoundingClientRect().top;
    // m-000260 was the first message in view when the page was asked for; it still is, near the top.
    expect(Math.abs(top)).to.be.lessThan(150);
    expect(feed.scrollTop).to.be.greaterThan(0);
    const ids = el.messages.map((m) => m.id);
    expect(ids).to.deep.equal([...ids].sort());
  });
});
