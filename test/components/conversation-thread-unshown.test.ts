// Degrade, don't blank: messages and live events the adapter sent that fail validation.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cx-conversation-thread.js';
import type { CxConversationThread } from '../../src/components/conversation-thread/conversation-thread.js';
import type { CxThreadMessage } from '../../src/components/thread-message/thread-message.js';
import type { CxMessageSelectEvent } from '../../src/events/message-select.js';
import { createAdapter } from '../../src/ports/adapter.js';
import type { ConversationEventInput, MessageInput } from '../../src/model/index.js';
import { threadDataset, threadMessage } from '../fixtures/thread-dataset.js';
import { catchAdapterErrors } from '../helpers/adapter-errors.js';
import { until } from '../helpers/until.js';
import { frame } from './thread-harness.js';

const conversation = threadDataset({ count: 0 }).conversations[0]!;
const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));

const { events, warnings } = catchAdapterErrors();

/** A page of `count` messages, newest first (index 0 = message count-1), with `bad` applied to some of them. */
function page(count: number, bad: Record<number, (m: Record<string, unknown>) => unknown>): unknown[] {
  return Array.from({ length: count }, (_, index) => {
    const message = { ...threadMessage(count - 1 - index) } as Record<string, unknown>;
    return bad[index] ? bad[index]!(message) : message;
  });
}

/** The thread over a host whose page and watch the test gives (validated at the boundary, like any host's). */
async function mount(messages: unknown[], height = 9000) {
  let emit: (event: unknown) => void = () => {};
  const adapter = createAdapter({
    name: 'bad-host',
    conversations: {
      getConversation: async () => conversation,
      loadMessages: async () => ({ messages: messages as MessageInput[], nextCursor: null }),
      watch: (_id, listener) => {
        emit = listener as (event: unknown) => void;
        return () => {};
      },
    },
  });
  const wrapper = await fixture<HTMLDivElement>(html`<div style="height: ${height}px; width: 640px; display: flex">
    <cx-conversation-thread .adapter=${adapter} conversation-id=${conversation.id}></cx-conversation-thread>
  </div>`);
  const el = wrapper.querySelector<CxConversationThread>('cx-conversation-thread')!;
  const shadow = el.shadowRoot!;
  await until(() => shadow.querySelector('cx-thread-message, [part~="unshown"], [part~="error"]'), 'the thread to render');
  await el.updateComplete;
  /** The rendered rows in index order (the virtualizer may keep its elements in another order). */
  const rendered = () =>
    [...shadow.querySelectorAll<HTMLElement>('[part~="feed"] > [role="article"]')].sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
  const label = (row: HTMLElement) =>
    row.localName === 'cx-thread-message' ? (row as CxThreadMessage).message!.id : `unshown ×${row.textContent!.match(/\d+/)![0]}`;
  /** The feed's rendered rows in order: a message's id, or "unshown ×N". */
  const rows = () => rendered().map(label);
  /** Every row of the feed, rendered or not (it is virtualized), as the agent reaches them: Home, then ↓ to the latest. */
  const allRows = async () => {
    const active = () => shadow.activeElement as HTMLElement | null;
    (await until(() => rendered().at(-1), 'a rendered row')).focus(); // the virtualizer may be laying the rows out again
    key(active()!, 'Home');
    await until(() => active()?.dataset.index === '0', 'the first row focused');
    const labels = [label(active()!)];
    for (let next = 1; next < Number(active()!.getAttribute('aria-setsize')); next += 1) {
      key(active()!, 'ArrowDown');
      await until(() => active()?.dataset.index === String(next), `row ${next} focused`);
      labels.push(label(active()!));
    }
    return labels;
  };
  return { el, shadow, rows, allRows, emit: (event: unknown) => emit(event) };
}

const numberTime = (m: Record<string, unknown>) => ({ ...m, createdAt: Date.parse(m.createdAt as string) });
const noAuthor = (m: Record<string, unknown>) => ({ ...m, author: undefined });

describe('<cx-conversation-thread> messages that could not be shown', () => {
  it('renders 47 of 50 messages with placeholders where the 3 invalid ones were, and fires cx-adapter-error three times', async () => {
    // Index 3 (message 46) and 4 (message 45) are neighbours: one placeholder row for both. Index 40 is message 9.
    const { el, shadow, allRows } = await mount(page(50, { 3: numberTime, 4: noAuthor, 40: numberTime }), 480);
    const ids = await allRows();
    expect(ids).to.have.length(49);
    expect(ids.filter((id) => id.startsWith('m-'))).to.have.length(47);
    expect(ids.slice(7, 11)).to.deep.equal(['m-000007', 'm-000008', 'unshown ×1', 'm-000010']);
    expect(ids.slice(43, 47)).to.deep.equal(['m-000043', 'm-000044', 'unshown ×2', 'm-000047']);
    expect(el.messages).to.have.length(47);

    const placeholder = shadow.querySelector<HTMLElement>('[part~="unshown"]')!; // the bottom one is in view after the scroll
    expect(placeholder.textContent!.replace(/\s+/g, ' ').trim()).to.equal('⚠ 2 messages could not be shown');
    expect(placeholder.getAttribute('aria-label')).to.equal('2 messages could not be shown');
    // The agent reads plain words; the developer's detail is not in the thread.
    expect(shadow.textContent).not.to.contain('createdAt');

    expect(events.map((e) => [e.operation, e.path, e.bubbles, e.composed, e.target])).to.deep.equal([
      ['conversations.loadMessages', 'messages[3].createdAt', true, true, el],
      ['conversations.loadMessages', 'messages[4].author', true, true, el],
      ['conversations.loadMessages', 'messages[40].createdAt', true, true, el],
    ]);
    expect(events[0]!.problem).to.contain('must be an ISO 8601 date-time with a time zone, got the number');
    expect(events[2]!.value).to.deep.include({ id: 'm-000009' });
    // One warning per kind of problem: two createdAt problems are one kind.
    expect(warnings).to.have.length(2);
    expect(String(warnings[0]![0])).to.contain('<cx-conversation-thread> conversations.loadMessages: messages[3].createdAt');
    await expect(el).to.be.accessible();
  });

  it('lets the keys pass through a placeholder, which is an article of the feed with nothing to select', async () => {
    const { shadow, rows } = await mount(page(6, { 2: noAuthor }), 2000);
    await until(() => rows().length === 6, 'the rows');
    expect(rows()).to.deep.equal(['m-000000', 'm-000001', 'm-000002', 'unshown ×1', 'm-000004', 'm-000005']);
    const article = (i: number) => shadow.querySelector<HTMLElement>(`[part~="feed"] > [data-index="${i}"]`)!;
    let selected = 0;
    shadow.host.addEventListener('cx-message-select', (e) => void (selected += (e as CxMessageSelectEvent).message ? 1 : 0));
    article(2).focus();
    key(article(2), 'ArrowDown');
    await until(() => shadow.activeElement === article(3), 'focus on the placeholder');
    expect(article(3).getAttribute('part')).to.equal('unshown');
    expect(article(3).getAttribute('aria-posinset')).to.equal('4');
    expect(article(3).getAttribute('aria-setsize')).to.equal('6');
    key(article(3), 'Enter');
    article(3).click();
    key(article(3), 'ArrowDown');
    await until(() => shadow.activeElement === article(4), 'focus on the message after it');
    key(article(4), 'Enter');
    expect(selected, 'only the message was selected').to.equal(1);
  });

  it('shows only placeholders when every message of the page is invalid, not "no messages"', async () => {
    const { shadow, rows } = await mount(page(3, { 0: noAuthor, 1: noAuthor, 2: noAuthor }), 1200);
    await until(() => rows().length === 1, 'one placeholder row');
    expect(rows()).to.deep.equal(['unshown ×3']);
    expect(shadow.textContent).not.to.contain('No messages');
    expect(events).to.have.length(3);
  });
});

describe('<cx-conversation-thread> invalid live events', () => {
  it('reports an invalid live message and shows a placeholder where it came, never silently', async () => {
    const { el, rows, emit } = await mount(page(3, {}), 1200);
    await until(() => rows().length === 3, 'the page');
    const bad = { ...threadMessage(5), visibility: 'everyone' };
    emit({ type: 'message-added', message: bad } satisfies Record<string, unknown>);
    await until(() => events.length === 1, 'a cx-adapter-error for the live event');
    const event = events[0]!;
    expect([event.operation, event.path, event.target]).to.deep.equal(['conversations.watch', 'event.message.visibility', el]);
    expect(event.problem).to.contain('must be one of "public", "private", "internal", got the string "everyone"');
    expect(event.value).to.equal(bad);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('conversations.watch: event.message.visibility');
    await until(() => rows().length === 4, 'a placeholder for the live message');
    expect(rows()).to.deep.equal(['m-000000', 'm-000001', 'm-000002', 'unshown ×1']);
    expect(el.messages).to.have.length(3);

    // The same message again, valid this time: it takes the placeholder's place.
    emit({ type: 'message-added', message: threadMessage(5) } satisfies ConversationEventInput);
    await until(() => rows().join() === 'm-000000,m-000001,m-000002,m-000005', 'the valid copy in its place');
  });

  it('reports an invalid event of another kind and drops it; the thread goes on with the next events', async () => {
    const { rows, emit } = await mount(page(2, {}), 1200);
    await until(() => rows().length === 2, 'the page');
    emit({ type: 'status', conversationId: conversation.id, status: 'gone' });
    emit({ type: 'message-updated', message: { ...threadMessage(1), createdAt: 'yesterday' } });
    emit({ type: 'message-added', message: threadMessage(2) } satisfies ConversationEventInput);
    await until(() => rows().length === 3, 'the valid event after the invalid ones');
    await frame();
    expect(events.map((e) => [e.operation, e.path])).to.deep.equal([
      ['conversations.watch', 'event.status'],
      ['conversations.watch', 'event.message.createdAt'],
    ]);
    // An invalid update leaves the message as it was: no placeholder.
    expect(rows()).to.deep.equal(['m-000000', 'm-000001', 'm-000002']);
  });
});
