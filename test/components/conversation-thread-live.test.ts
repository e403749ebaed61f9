import { expect } from '@open-wc/testing';
import { SeededRandom } from '../../src/adapters/demo/random.js';
import type { ConversationEvent, Message } from '../../src/model/index.js';
import { DANA, threadDataset, threadMessage } from '../fixtures/thread-dataset.js';
import { frame, mountThread } from './thread-harness.js';
import { wheelOver } from '../wheel.js';
import { until } from '../helpers/until.js';

const added = (message: Message): ConversationEvent => ({ type: 'message-added', message });
const announcer = (shadow: ShadowRoot) => shadow.querySelector('[part="announcer"]')!;

describe('<cx-conversation-thread> live', () => {
  it('shows each message once, in time-then-id order, however watch events arrive', async () => {
    const { el, emit, articles } = await mountThread(threadDataset({ count: 10 }), { height: 4000 });
    // Live messages; pairs share a timestamp so the id decides; some repeat, some repeat a page message.
    const live = Array.from({ length: 20 }, (_, i) => threadMessage(10 + i, { createdAt: new Date(Date.parse(threadMessage(10 + (i >> 1) * 2).createdAt)).toISOString() }));
    const events = new SeededRandom(7).shuffle([...live, ...live.filter((_, i) => i % 3 === 0), threadMessage(4), threadMessage(9)]).map(added);
    for (let i = 0; i < events.length; i += 4) {
      emit(...events.slice(i, i + 4));
      await frame();
    }
    // The same message again under a new id but the same client id.
    emit(added(threadMessage(30, { id: 'srv-a', clientId: 'cli-1' })), added(threadMessage(30, { id: 'srv-b', clientId: 'cli-1' })));
    await until(() => el.messages.length === 31, 'the live message in the store');
    const expected = [...Array.from({ length: 30 }, (_, n) => threadMessage(n)), threadMessage(30, { id: 'srv-a' })]
      .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : 1))
      .map((m) => m.id);
    expect(el.messages.map((m) => m.id)).to.deep.equal(expected);
    expect(el.messages.filter((m) => m.clientId === 'cli-1')).to.have.length(1);
    await frame();
    const ids = articles().map((a) => a.message!.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids).to.deep.equal(el.messages.map((m) => m.id).slice(-ids.length));
  });

  it('marks a message deleted from the watch and keeps it', async () => {
    const { el, emit, articles } = await mountThread(threadDataset({ count: 3 }), { height: 1600 });
    emit({ type: 'message-deleted', messageId: 'm-000002', conversationId: 'conv-t' });
    await until(() => el.messages.find((m) => m.id === 'm-000002')?.deleted, 'm-000002 marked deleted');
    await frame();
    const last = articles().at(-1)!;
    await last.updateComplete;
    expect(last.shadowRoot!.textContent).to.contain('Deleted by its author').and.contain('Message 2');
  });

  it('shows other agents viewing or typing, then as stale once their presence expires', async () => {
    const { shadow, emit } = await mountThread(threadDataset({ count: 3 }));
    const soon = new Date(Date.now() + 400).toISOString();
    const later = new Date(Date.now() + 600_000).toISOString();
    emit(
      { type: 'presence', conversationId: 'conv-t', presence: { agentId: 'p', displayName: 'Priya Shah', activity: 'typing', expiresAt: soon } },
      { type: 'presence', conversationId: 'conv-t', presence: { agentId: 't', displayName: 'Tomasz', activity: 'viewing', expiresAt: later } },
    );
    await until(() => shadow.querySelector('[part="presence"]'), 'the presence bar');
    const item = (id: string) => shadow.querySelector(`[part="presence"] [data-agent="${id}"]`)!;
    expect(item('p').textContent).to.contain('Priya Shah').and.contain('is typing');
    expect(item('t').textContent).to.contain('is viewing');
    await until(() => item('p').textContent!.includes('may have left'), 'presence never went stale');
    expect(item('p').classList.contains('stale')).to.equal(true);
    expect(item('t').textContent).to.contain('is viewing');
  });

  it('announces only new messages, in one rate-limited summary per burst', async () => {
    const { el, shadow, emit } = await mountThread(threadDataset({ count: 40 }));
    await el.updateComplete;
    expect(announcer(shadow).textContent!.trim()).to.equal(''); // history is never announced (and the exact count below includes none of it)
    // One burst reaches the announcer in one batch (the loader applies a frame's events together); how
    // bursts spread over time are gathered is the Announcer's unit test, on a manual clock.
    emit(...Array.from({ length: 5 }, (_, i) => added(threadMessage(40 + i, { author: DANA }))));
    await until(() => announcer(shadow).textContent!.trim() !== '', 'a first announcement');
    expect(announcer(shadow).textContent!.trim()).to.equal('5 new messages from Dana Kim');
    emit(added(threadMessage(80, { author: DANA, text: 'are you there?' })));
    await until(() => announcer(shadow).textContent!.includes('are you there?'), 'second announcement');
    expect(announcer(shadow).textContent!.trim()).to.equal('New message from Dana Kim: are you there?');
    expect(el.messages).to.have.length(46);
  });

  it('shows "N new messages" when scrolled up, and jumps to the latest', async () => {
    const { el, shadow, emit, articles } = await mountThread(threadDataset({ count: 60 }), { pageSize: 60 });
    const feed = shadow.querySelector<HTMLElement>('[part~="feed"]')!;
    await frame();
    await frame();
    await wheelOver(feed, -100_000);
    await frame();
    emit(added(threadMessage(60)), added(threadMessage(61)), added(threadMessage(62)));
    await until(() => shadow.querySelector('[part="jump"] .latest')?.textContent?.includes('3 new messages'), 'the \'3 new messages\' jump');
    (shadow.querySelector('[part="jump"] .latest') as HTMLButtonElement).click();
    await until(() => articles().some((a) => a.message!.id === 'm-000062'), 'did not jump to the latest');
    await until(() => !shadow.querySelector('[part="jump"] .latest .count'), 'the new-message count to clear');
    expect(el.messages.at(-1)!.id).to.equal('m-000062');
  });

  it('keeps the latest in view when new messages arrive at the bottom', async () => {
    const { shadow, emit, articles } = await mountThread(threadDataset({ count: 60 }), { pageSize: 60 });
    for (let n = 60; n < 70; n += 1) {
      emit(added(threadMessage(n)));
      await frame();
    }
    await until(() => articles().some((a) => a.message!.id === 'm-000069'), 'm-000069 rendered');
    expect(shadow.querySelector('[part="jump"] .latest .count')).to.equal(null);
    // In view, not only rendered: its bottom is the feed's bottom.
    const feed = shadow.querySelector<HTMLElement>('[part~="feed"]')!.getBoundingClientRect();
    await until(() => Math.abs(articles().find((a) => a.message!.id === 'm-000069')!.getBoundingClientRect().bottom - feed.bottom) < 2, 'the latest at the bottom of the view');
  });

  it('follows a fast live stream at the bottom: stays at the latest, and its rows leave nothing behind', async () => {
    const { shadow, emit, articles } = await mountThread(threadDataset({ count: 60 }), { pageSize: 60 });
    const feed = shadow.querySelector<HTMLElement>('[part~="feed"]')!;
    let n = 60;
    // 12 messages a frame for 40 frames: the virtualizer lays each new row out at an estimated place
    // first and moves the scroll offset as it measures them; none of that is the agent scrolling up.
    for (let f = 0; f < 40; f += 1) {
      emit(...Array.from({ length: 12 }, () => added(threadMessage(n++))));
      await frame();
    }
    const last = `m-${String(n - 1).padStart(6, '0')}`;
    await until(() => articles().some((a) => a.message!.id === last), 'the feed stopped following the stream');
    expect(shadow.querySelector('[part="jump"] .latest'), 'offered a jump to latest nobody left').to.equal(null);
    // Each rendered row has its two markers (lit/lit#5298 left one more behind per row that left).
    const comments = [...feed.childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE).length;
    expect(comments).to.be.at.most(2 * articles().length + 4);
  });

  it('leaves the latest only when the agent scrolls: not for a scroll made by script', async () => {
    const { shadow } = await mountThread(threadDataset({ count: 60 }), { pageSize: 60 });
    const feed = shadow.querySelector<HTMLElement>('[part~="feed"]')!;
    await frame();
    feed.scrollTop = 0;
    for (let f = 0; f < 5; f += 1) await frame();
    expect(shadow.querySelector('[part="jump"] .latest')).to.equal(null);
    await until(() => feed.scrollHeight - feed.scrollTop - feed.clientHeight < 2, 'not back at the latest');
    await wheelOver(feed, -100_000);
    await until(() => shadow.querySelector('[part="jump"] .latest'), 'the wheel did not leave the latest');
  });
});
