import { expect } from '@open-wc/testing';
import '../../src/define/cx-composer.js';
import type { CxComposer } from '../../src/components/composer/composer.js';
import type { CxMessageSelectEvent } from '../../src/events/message-select.js';
import { threadDataset, threadMessage } from '../fixtures/thread-dataset.js';
import { frame, mountThread } from './thread-harness.js';
import { visibleToCustomer } from '../../src/thread/thread-view.js';
import { until } from '../helpers/until.js';



const focused = (shadow: ShadowRoot) => shadow.activeElement as (HTMLElement & { message?: { id: string } }) | null;
const key = (target: Element, k: string, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...init }));

describe('<cx-conversation-thread> accessibility', () => {
  it('is accessible (axe)', async () => {
    const dataset = threadDataset({ count: 30, lastRead: 20 });
    const { el } = await mountThread(dataset);
    await frame();
    await expect(el).to.be.accessible();
  });

  it('names its search landmark, so it stands apart from the host page’s search', async () => {
    const { el, shadow } = await mountThread(threadDataset({ count: 5 }));
    expect(shadow.querySelector('[role="search"]')!.getAttribute('aria-label')).to.equal('Search this conversation');
    const page = el.parentElement!;
    const hostSearch = Object.assign(document.createElement('form'), { role: 'search', ariaLabel: 'Search the site' });
    hostSearch.append(Object.assign(document.createElement('input'), { type: 'search', ariaLabel: 'Search the site' }));
    page.prepend(hostSearch);
    const unnamed = document.createElement('div');
    unnamed.setAttribute('role', 'search');
    page.prepend(unnamed); // a host's own unnamed search landmark
    await expect(page).to.be.accessible();
  });

  it('moves between messages with the keyboard, one tab stop, and selects with Enter', async () => {
    // Tall enough that the real composer leaves the feed room for a few messages, as in a desk.
    const { el, shadow, articles } = await mountThread(threadDataset({ count: 40 }), { height: 720 });
    await frame();
    const tabbable = articles().filter((a) => a.tabIndex === 0);
    expect(tabbable).to.have.length(1);
    tabbable[0]!.focus();
    expect(focused(shadow)!.message!.id).to.equal('m-000039');
    key(focused(shadow)!, 'ArrowUp');
    await until(() => focused(shadow)?.message?.id === 'm-000038', 'ArrowUp to reach m-000038');
    key(focused(shadow)!, 'PageUp');
    await until(() => focused(shadow)?.message?.id === 'm-000037', 'a second ArrowUp to reach m-000037');
    key(focused(shadow)!, 'Home');
    await until(() => focused(shadow)?.message?.id === 'm-000000', 'Home did not reach the first message');
    expect(articles().filter((a) => a.tabIndex === 0).map((a) => a.message!.id)).to.deep.equal(['m-000000']);
    key(focused(shadow)!, 'End');
    await until(() => focused(shadow)?.message?.id === 'm-000039', 'End did not reach the latest');
    key(focused(shadow)!, 'ArrowDown'); // already the last: stays
    await frame();
    expect(focused(shadow)!.message!.id).to.equal('m-000039');
    let selected: string | undefined;
    el.addEventListener('cx-message-select', (e: CxMessageSelectEvent) => (selected = e.message.id));
    key(focused(shadow)!, 'Enter');
    expect(selected).to.equal('m-000039');
    await el.updateComplete;
    expect(focused(shadow)!.hasAttribute('selected')).to.equal(true);
  });

  it('hosts the real composer with the conversation, the outbox and the messages, and r focuses its text box', async () => {
    const { shadow, articles } = await mountThread(threadDataset({ count: 5 }));
    const composer = shadow.querySelector('cx-composer') as CxComposer;
    await composer.updateComplete;
    expect(composer.conversation!.id).to.equal('conv-t');
    expect(composer.sender).to.have.property('send').that.is.a('function');
    expect(composer.messages).to.have.length(5);
    articles().at(-1)!.focus();
    key(articles().at(-1)!, 'r');
    expect(shadow.activeElement).to.equal(composer);
    expect(composer.shadowRoot!.activeElement).to.equal(composer.shadowRoot!.querySelector('textarea#text'));
  });

  it('fires cx-message-select on click, but not when a link is clicked', async () => {
    const { el, articles } = await mountThread(threadDataset({ count: 0, extra: [threadMessage(1, { text: 'see https://example.com/x' })] }));
    const selected: string[] = [];
    el.addEventListener('cx-message-select', (e) => selected.push(e.message.id));
    const article = articles()[0]!;
    const link = article.shadowRoot!.querySelector('[part="text"] a') as HTMLAnchorElement;
    link.addEventListener('click', (e) => e.preventDefault());
    link.click();
    expect(selected).to.deep.equal([]);
    (article.shadowRoot!.querySelector('[part="text"]') as HTMLElement).click();
    expect(selected).to.deep.equal(['m-000001']);
  });

  it('searches the store, not the DOM: finds and scrolls to a message outside the virtual window', async () => {
    const dataset = threadDataset({ count: 300, extra: [threadMessage(2, { id: 'needle', text: 'The Needle in the haystack', createdAt: threadMessage(2).createdAt })] });
    const { el, shadow, articles } = await mountThread(dataset, { pageSize: 400 });
    expect(el.messages.length).to.equal(301);
    expect(articles().some((a) => a.message!.id === 'needle')).to.equal(false);
    const input = shadow.querySelector('input[type="search"]') as HTMLInputElement;
    input.value = 'needle';
    input.dispatchEvent(new Event('input'));
    await until(() => articles().some((a) => a.message!.id === 'needle'), 'search did not scroll to the hit');
    expect(shadow.querySelector('[part="toolbar"] .count')!.textContent).to.equal('1 of 1');
    const hit = articles().find((a) => a.message!.id === 'needle')!;
    await hit.updateComplete;
    expect(hit.shadowRoot!.querySelector('mark')!.textContent).to.equal('Needle');
    input.value = 'about the router';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(shadow.querySelector('[part="toolbar"] .count')!.textContent).to.match(/^\d+ of 36$/);
  });

  it('filters by channel and visibility', async () => {
    const { el, shadow, articles } = await mountThread(threadDataset({ count: 40 }), { pageSize: 40, height: 3000 });
    const [channel, visibility] = [...shadow.querySelectorAll('select')];
    channel!.value = 'email';
    channel!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await frame();
    expect(articles().length).to.be.greaterThan(0);
    expect(articles().every((a) => a.message!.channelId === 'email')).to.equal(true);
    channel!.value = '';
    channel!.dispatchEvent(new Event('change'));
    visibility!.value = 'internal';
    visibility!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await frame();
    expect(articles().length).to.be.greaterThan(0);
    expect(articles().every((a) => a.message!.visibility === 'internal')).to.equal(true);
  });

  it('shows what the customer sees: no internal notes, no system events', async () => {
    const { el, shadow, articles } = await mountThread(threadDataset({ count: 50 }), { pageSize: 50, height: 3000 });
    expect(articles().some((a) => a.message!.visibility === 'internal')).to.equal(true);
    const toggle = shadow.querySelector('input[type="checkbox"]') as HTMLInputElement;
    toggle.click();
    await el.updateComplete;
    await frame();
    expect(el.customerView).to.equal(true);
    const shown = el.messages.filter((m) => visibleToCustomer(m, new Map(threadDataset({ count: 0 }).conversations[0]!.channels.map((c) => [c.id, c]))));
    expect(shown.length).to.be.greaterThan(0).and.lessThan(el.messages.length);
    expect(articles().length).to.be.greaterThan(0);
    expect(articles().at(-1)!.getAttribute('aria-setsize')).to.equal(String(shown.length));
    expect(articles().some((a) => a.message!.visibility === 'internal' || a.message!.author.role === 'system' || a.message!.deleted)).to.equal(false);
    expect(shadow.textContent).to.contain('Showing only what the customer sees');
  });
});
