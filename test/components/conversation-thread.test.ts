import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { Message } from '../../src/model/index.js';
import { BASE_TIME, DANA, LEE, BOT, SAM, SYSTEM, threadDataset, threadMessage } from '../fixtures/thread-dataset.js';
import { deepText, frame, mountThread } from './thread-harness.js';
import { until } from '../helpers/until.js';

const at = (minutes: number) => new Date(BASE_TIME + minutes * 60_000).toISOString();
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('<cx-conversation-thread> timeline', () => {
  it('renders the newest page, oldest at the top, as a feed of articles', async () => {
    const { shadow, articles } = await mountThread(threadDataset({ count: 30 }));
    expect(shadow.querySelector('[role="feed"]')).to.exist;
    const rendered = articles();
    expect(rendered.length).to.be.greaterThan(2);
    const ids = rendered.map((a) => a.message!.id);
    expect(ids).to.deep.equal([...ids].sort());
    expect(rendered.at(-1)!.message!.id).to.equal('m-000029');
    expect(rendered.at(-1)!.getAttribute('role')).to.equal('article');
    expect(rendered.at(-1)!.getAttribute('aria-posinset')).to.equal('30');
    expect(rendered.at(-1)!.getAttribute('aria-setsize')).to.equal('30');
    expect(deepText(rendered.at(-1)!)).to.contain('Message 29');
  });

  it('groups by day: a heading on the first message of each day, in the given time zone', async () => {
    const messages = [0, 60, 23 * 60, 25 * 60, 26 * 60].map((minutes, n) => threadMessage(n, { createdAt: at(minutes) }));
    const dataset = { ...threadDataset({ count: 0, extra: messages }) };
    const { el, articles } = await mountThread(dataset, { height: 1600 });
    el.timeZone = 'UTC';
    el.locale = 'en-GB';
    await el.updateComplete;
    await articles().at(-1)!.updateComplete;
    const days = articles().map((a) => part(a, 'day')?.textContent?.trim() ?? '');
    // In UTC: 2 Nov 08:00 and 09:00; 3 Nov 07:00, 09:00 and 10:00.
    expect(days).to.deep.equal(['Monday, 2 November 2026', '', 'Tuesday, 3 November 2026', '', '']);
    el.timeZone = 'Pacific/Honolulu'; // UTC−10: 1 Nov 22:00 and 23:00; 2 Nov 21:00 and 23:00; 3 Nov 00:00.
    await el.updateComplete;
    await articles().at(-1)!.updateComplete;
    expect(articles().map((a) => part(a, 'day')?.textContent?.trim() ?? '')).to.deep.equal(['Sunday, 1 November 2026', '', 'Monday, 2 November 2026', '', 'Tuesday, 3 November 2026']);
    expect(part(articles()[0]!, 'day')!.getAttribute('role')).to.equal('heading');
  });

  it('says visibility, role and channel in words', async () => {
    const extra: Message[] = [
      threadMessage(100, { channelId: 'x-public', visibility: 'public', author: DANA, text: 'public one' }),
      threadMessage(101, { channelId: 'x-dm', visibility: 'private', author: SAM, text: 'private one' }),
      threadMessage(102, { channelId: 'note', visibility: 'internal', author: SAM, text: 'note one' }),
      threadMessage(103, { channelId: 'x-public', visibility: 'public', author: LEE, text: 'advocate one' }),
      threadMessage(104, { channelId: 'x-dm', visibility: 'private', author: BOT, text: 'bot one' }),
    ];
    const { articles } = await mountThread(threadDataset({ count: 0, extra }), { height: 1600 });
    const byText = (t: string) => articles().find((a) => a.message!.text === t)!;
    const visibility = (t: string) => part(byText(t), 'visibility')!.textContent!.trim();
    expect(visibility('public one')).to.contain('Public');
    expect(visibility('private one')).to.contain('Private');
    expect(visibility('note one')).to.contain('Internal note');
    expect(part(byText('public one'), 'author')!.textContent).to.contain('Customer');
    expect(part(byText('private one'), 'author')!.textContent).to.contain('Agent');
    expect(part(byText('advocate one'), 'author')!.textContent).to.contain('Community advocate');
    expect(part(byText('bot one'), 'author')!.textContent).to.contain('Bot');
    expect(part(byText('public one'), 'channel')!.textContent).to.contain('X (public reply)');
    expect(part(byText('note one'), 'channel')!.textContent).to.contain('Internal note');
    expect(byText('note one').getAttribute('aria-label')).to.contain('Internal note');
  });

  it('marks deleted and edited messages and keeps a deleted post readable', async () => {
    const extra = [
      threadMessage(100, { text: 'my card is 4111', deleted: true }),
      threadMessage(101, { text: 'fixed typo', editedAt: at(101 * 17 + 5) }),
    ];
    const { articles } = await mountThread(threadDataset({ count: 0, extra }), { height: 1600 });
    const [deleted, edited] = articles();
    expect(deepText(deleted!)).to.contain('my card is 4111');
    expect(part(deleted!, 'markers')!.textContent).to.contain('Deleted by its author');
    expect(part(edited!, 'markers')!.textContent).to.match(/Edited/);
  });

  it('shows system events, reply context, and http(s) images lazily with alt text', async () => {
    const extra = [
      threadMessage(100, { text: 'Is the outage over?' }),
      threadMessage(101, { author: SAM, text: 'Yes, since 10:00', inReplyTo: 'm-000100', channelId: 'x-public', visibility: 'public' }),
      threadMessage(102, { author: SYSTEM, visibility: 'internal', text: 'Assigned to Priya', event: { type: 'assigned', details: { to: 'Priya' } } }),
      threadMessage(103, {
        text: 'photo',
        attachments: [
          { id: 'a1', type: 'image/png', url: 'https://cdn.example.com/router.png', alt: 'Router with a red light' },
          { id: 'a2', type: 'image/png', url: 'javascript:alert(1)', name: 'evil.png' },
          { id: 'a3', type: 'image/png', url: 'data:image/png;base64,AAAA', name: 'inline.png' },
          { id: 'a4', type: 'application/pdf', url: 'https://cdn.example.com/bill.pdf', name: 'bill.pdf' },
          { id: 'a5', type: 'image/jpeg', url: 'http://cdn.example.com/meter.jpg', name: 'meter.jpg' },
          { id: 'a6', type: 'image/gif', url: 'https://cdn.example.com/x.gif' },
          { id: 'a7', type: 'application/pdf', url: 'ftp://files.example.com/terms.pdf', name: 'terms.pdf' },
        ],
      }),
      threadMessage(104, { author: SAM, text: 'see above', inReplyTo: 'not-loaded' }),
    ];
    const { articles } = await mountThread(threadDataset({ count: 0, extra }), { height: 2000 });
    const [, reply, system, photo, orphan] = articles();
    expect(part(reply!, 'reply-to')!.textContent).to.contain('Dana Kim').and.contain('Is the outage over?');
    expect(part(orphan!, 'reply-to')!.textContent).to.contain('earlier message');
    expect(part(system!, 'event')!.textContent).to.contain('Assigned').and.contain('Assigned to Priya');
    const images = [...photo!.shadowRoot!.querySelectorAll('img')];
    expect(images.map((i) => i.getAttribute('src'))).to.deep.equal(['https://cdn.example.com/router.png', 'http://cdn.example.com/meter.jpg', 'https://cdn.example.com/x.gif']);
    expect(images.map((i) => i.getAttribute('alt'))).to.deep.equal(['Router with a red light', 'Image: meter.jpg', 'Image without a description']);
    expect(images.map((i) => i.getAttribute('loading'))).to.deep.equal(['lazy', 'lazy', 'lazy']);
    const links = [...photo!.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://cdn.example.com/bill.pdf']);
    // Other addresses are inert text that names them, not links or images.
    const inert = [...photo!.shadowRoot!.querySelectorAll('[part="attachments"] li.inert')].map((li) => li.textContent!);
    expect(inert).to.have.length(3);
    expect(inert[0]).to.contain('evil.png').and.contain('not an http(s) link');
    expect(inert[1]).to.contain('inline.png');
    expect(inert[2]).to.contain('terms.pdf');
  });

  it('shows a relative time, and the exact one on hover and focus', async () => {
    const { articles } = await mountThread(threadDataset({ count: 3 }), { height: 1200 });
    const article = articles().at(-1)!;
    const time = part(article, 'time') as HTMLTimeElement;
    expect(time.getAttribute('datetime')).to.equal(article.message!.createdAt);
    expect(time.title).to.contain('2026');
    const exact = time.querySelector('.exact') as HTMLElement;
    expect(exact.textContent).to.contain(time.title);
    const shown = () => getComputedStyle(exact).visibility === 'visible';
    expect(shown()).to.equal(false);
    const box = article.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    expect(shown(), 'shown on hover').to.equal(true);
    // In its kept place: the row does not change size under the pointer.
    expect(article.getBoundingClientRect().height).to.equal(box.height);
    await resetMouse();
    expect(shown()).to.equal(false);
    article.focus();
    expect(shown(), 'shown on focus').to.equal(true);
    // Screen readers get it too: the focused message's name ends with the exact time.
    expect(article.getAttribute('aria-label')).to.contain(time.title);
  });

  it('jumps to the first unread message', async () => {
    const { shadow, articles } = await mountThread(threadDataset({ count: 60, lastRead: 20 }), { pageSize: 60 });
    expect(articles().some((a) => a.message!.id === 'm-000021')).to.equal(false);
    const jump = shadow.querySelector<HTMLButtonElement>('[part="jump"] button.unread')!;
    expect(jump.textContent).to.contain('Jump to first unread');
    jump.click();
    await until(() => (shadow.activeElement as { message?: { id: string } } | null)?.message?.id === 'm-000021', 'focus did not reach the first unread');
    const feed = shadow.querySelector('[part~="feed"]')!.getBoundingClientRect();
    const first = articles().find((a) => a.message!.id === 'm-000021')!.getBoundingClientRect();
    expect(first.top).to.be.at.least(feed.top - 1).and.below(feed.bottom);
  });

  it('loads older pages until the first unread is loaded when it is older than the loaded page, then jumps to it', async () => {
    let loads = 0;
    const { shadow } = await mountThread(threadDataset({ count: 120, lastRead: 20 }), {
      pageSize: 30,
      beforeMount: (demo) => {
        const load = demo.conversations!.loadMessages.bind(demo.conversations);
        demo.conversations!.loadMessages = (id, options) => ((loads += 1), load(id, options));
      },
    });
    expect(loads).to.equal(1);
    const jump = shadow.querySelector<HTMLButtonElement>('[part="jump"] button.unread');
    expect(jump, 'a jump to the first unread, though it is not loaded yet').to.not.equal(null);
    jump!.click();
    await until(() => (shadow.activeElement as { message?: { id: string } } | null)?.message?.id === 'm-000021', 'focus did not reach the first unread');
    expect(loads, 'the three older pages down to it').to.be.at.least(4);
  });

  it('stops looking for the first unread after a bounded number of pages, at the oldest loaded message', async () => {
    const { shadow, el } = await mountThread(threadDataset({ count: 400, lastRead: 5 }), { pageSize: 10 });
    shadow.querySelector<HTMLButtonElement>('[part="jump"] button.unread')!.click();
    // 20 older pages of 10 after the first: m-000190 is the oldest loaded when it gives up.
    const focusedId = () => (shadow.activeElement as { message?: { id: string } } | null)?.message?.id;
    await until(() => focusedId() === 'm-000190', 'focus did not reach the oldest loaded message').catch((e) => {
      throw new Error(`${e.message}: ${focusedId()}, ${el.messages[0]?.id}`);
    });
    expect(el.messages.some((m) => m.id === 'm-000005')).to.equal(false);
  });

  it('stops loading pages for the first unread when the thread is removed', async () => {
    let older = 0;
    let remove = () => {};
    const { shadow, el } = await mountThread(threadDataset({ count: 400, lastRead: 5 }), {
      pageSize: 10,
      beforeMount: (demo) => {
        const load = demo.conversations!.loadMessages.bind(demo.conversations);
        demo.conversations!.loadMessages = (id, options) => {
          if (options?.cursor && (older += 1) === 3) remove();
          return load(id, options);
        };
      },
    });
    remove = () => el.remove();
    shadow.querySelector<HTMLButtonElement>('[part="jump"] button.unread')!.click();
    await until(() => !el.isConnected, 'the thread was not removed');
    for (let i = 0; i < 5; i += 1) await frame();
    expect(older).to.equal(3);
  });

  it('has no first-unread jump when everything is read', async () => {
    const { shadow } = await mountThread(threadDataset({ count: 10, lastRead: 9 }));
    expect(shadow.querySelector('[part="jump"] button.unread')).to.equal(null);
  });

  it('shows adapter sentiment on customer messages, and scores the others lazily', async () => {
    const extra = [
      threadMessage(100, { text: 'fine', sentiment: { score: -0.8, label: 'very-negative', confidence: 0.9, source: 'adapter', drivers: [] } }),
      threadMessage(101, { text: 'This is absolutely terrible, worst service ever' }),
      threadMessage(102, { author: SAM, text: 'terrible news, sorry' }),
    ];
    const { articles } = await mountThread(threadDataset({ count: 0, extra }), { height: 1600 });
    const [given, lazy, agent] = articles();
    const badge = (a: Element) => a.shadowRoot!.querySelector('cx-sentiment-badge');
    expect(badge(given!)!.getAttribute('label')).to.equal('very-negative');
    await until(() => badge(lazy!), 'the analyzer did not score the message');
    await until(() => badge(lazy!)!.getAttribute('label')?.includes('negative'), 'a negative label from the analyzer');
    expect(badge(agent!)).to.equal(null);
  });

  it('renders an unknown channel kind and a message on a channel the conversation lacks', async () => {
    const dataset = threadDataset({ count: 0, extra: [threadMessage(1, { channelId: 'tiktok', text: 'from somewhere' }), threadMessage(2, { channelId: 'gone', text: 'lost channel' })] });
    (dataset.conversations[0]!.channels as unknown[]).push({ id: 'tiktok', kind: 'tiktok', public: true, name: 'TikTok', capabilities: dataset.conversations[0]!.channels[0]!.capabilities });
    const { articles } = await mountThread(dataset, { height: 1200 });
    const [tiktok, lost] = articles();
    expect(part(tiktok!, 'channel')!.textContent).to.contain('TikTok');
    expect(part(lost!, 'channel')!.textContent).to.contain('Other channel');
    expect(deepText(lost!)).to.contain('lost channel');
  });

  it('says when the conversation has no messages', async () => {
    const { shadow } = await mountThread(threadDataset({ count: 0 }));
    expect(shadow.textContent).to.contain('No messages in this conversation yet.');
  });
});
