import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from '../helpers/events.js';
import '../../src/define/cx-composer.js';
import { loadChecks } from '../../src/compose/checks-loader.js';
import { createDemoAdapter, type DemoAdapter } from '../../src/adapters/demo/index.js';
import type { CxComposer } from '../../src/components/composer/composer.js';
import { CxMoveToPrivate } from '../../src/components/move-to-private/move-to-private.js';
import { DRAFT_KEY_PREFIX, StorageDraftStore } from '../../src/compose/drafts.js';
import { channel, type Channel, type Conversation, type Message, type OutgoingMessage, type ParticipantRole } from '../../src/model/index.js';
import type { Adapter } from '../../src/ports/ports.js';
import { Outbox } from '../../src/thread/outbox.js';
import { ThreadStore } from '../../src/thread/thread-store.js';
import { until } from '../helpers/until.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let sequence = 0;

interface Setup {
  adapter: DemoAdapter;
  conversation: Conversation;
  messages: Message[];
}

/** A demo adapter holding one conversation with the given channels and messages ([channel, role, ms ago, text]). */
function setup(channels: Channel[], lines: [string, ParticipantRole, number, string?][] = []): Setup {
  sequence += 1;
  const id = `conv-composer-${Date.now()}-${sequence}`;
  const at = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();
  const conversation: Conversation = { id, channels, status: 'open', priority: 'normal', sla: [], participants: [], createdAt: at(30 * DAY), updatedAt: at(0) };
  const messages = lines.map(([channelId, role, msAgo, text], i): Message => ({
    id: `${id}-m${i}`,
    conversationId: id,
    channelId,
    visibility: channels.find((c) => c.id === channelId)!.public ? 'public' : 'private',
    author: role === 'customer' ? { id: 'dana', role, displayName: 'Dana' } : { id: 'sam', role, displayName: 'Sam' },
    text: text ?? (role === 'customer' ? 'Still no internet.' : 'Looking into it.'),
    createdAt: at(msAgo),
    attachments: [],
    delivery: 'sent',
  })).sort((x, y) => x.createdAt.localeCompare(y.createdAt));
  const adapter = createDemoAdapter({ latency: 0, initialInteraction: false, dataset: { customers: [], conversations: [conversation], messages } as never });
  return { adapter, conversation, messages };
}

const xPublic = () => channel('x-public', 'x', true, 'X (public reply)');
const xDm = () => channel('x-dm', 'x', false, 'X (DM)');

async function composer(s: Setup, extra: Partial<CxComposer> = {}): Promise<CxComposer> {
  const el = await fixture<CxComposer>(html`<cx-composer .adapter=${s.adapter} .conversation=${s.conversation} .messages=${s.messages}></cx-composer>`);
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: CxComposer, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const textOf = (el: CxComposer, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const sendButton = (el: CxComposer) => $<HTMLButtonElement>(el, '[part="send"]')!;
const buttonNamed = (el: CxComposer, name: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes(name));

async function type(el: CxComposer, text: string): Promise<void> {
  const area = $<HTMLTextAreaElement>(el, 'textarea#text')!;
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Messages the demo host stored with this client id (or, without one, sent by the agent). */
async function stored(s: Setup, clientId?: string): Promise<Message[]> {
  const page = await s.adapter.conversations!.loadMessages(s.conversation.id, { limit: 1000 });
  return page.messages.filter((m) => (clientId ? m.clientId === clientId : m.author.role === 'agent' && !s.messages.some((o) => o.id === m.id)));
}

/** The composer's hosted move, once its dialog is open and has its routes. */
async function openedMove(el: CxComposer): Promise<CxMoveToPrivate> {
  const move = await until(() => $<CxMoveToPrivate>(el, 'cx-move-to-private'), 'the hosted move');
  await until(() => move.open && move.shadowRoot!.querySelector('[part~="confirm"]'), 'the move dialog open with its routes');
  return move;
}
const moveArea = (move: CxMoveToPrivate, which: string) => move.shadowRoot!.querySelector<HTMLTextAreaElement>(`textarea#${which}`)!;
const moveButton = (move: CxMoveToPrivate, part: string) => move.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;
const moveText = (move: CxMoveToPrivate, selector: string) => (move.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

const draftIn = (conversationId: string) => JSON.parse(localStorage.getItem(DRAFT_KEY_PREFIX + conversationId) ?? 'null');

describe('<cx-composer>', () => {
  // The counters are downloaded on the first keystroke (their own test: composer-checks-lazy); here they are in already.
  before(() => loadChecks());
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(DRAFT_KEY_PREFIX)) localStorage.removeItem(key);
  });

  it('offers the conversation’s channels, disabling those that cannot be replied on, with the reason', async () => {
    const s = setup([channel('fb-comment', 'facebook', true, 'Facebook (comment)'), channel('fb-messenger', 'facebook', false, 'Messenger'), channel('voice', 'voice', false, 'Phone call')], [
      ['fb-comment', 'customer', 10 * DAY],
      ['fb-messenger', 'customer', 2 * DAY],
    ]);
    const el = await composer(s);
    const radio = (id: string) => $<HTMLInputElement>(el, `#channel-${id}`)!;
    expect(textOf(el, 'legend')).to.equal('Reply on');
    expect(radio('fb-comment').disabled).to.equal(false);
    expect(radio('fb-comment').checked).to.equal(true);
    expect(radio('fb-messenger').disabled).to.equal(true);
    expect(textOf(el, '#why-fb-messenger')).to.contain('24 hours');
    expect(textOf(el, '#why-fb-messenger')).to.contain('within 7 days');
    expect(radio('fb-messenger').getAttribute('aria-describedby')).to.equal('why-fb-messenger');
    expect(radio('voice').disabled).to.equal(true);
  });

  it('counts X replies live with X’s weights and shows going over the limit in words', async () => {
    const s = setup([xPublic()], [['x-public', 'customer', HOUR]]);
    const el = await composer(s);
    await type(el, '日本語 https://example.com/a/very/long/path/indeed 👍🏽');
    expect(textOf(el, '[part="counter"]')).to.equal(`${280 - (6 + 1 + 23 + 1 + 2)} of 280 characters left`);
    await type(el, 'a'.repeat(283));
    expect(textOf(el, '[part="counter"]')).to.contain('3 over the limit of 280');
    expect(textOf(el, '[role="status"]')).to.equal('Over the limit by 3.');
    expect(sendButton(el).disabled).to.equal(true);
    await type(el, 'a'.repeat(284));
    expect(textOf(el, '[role="status"]'), 'not announced again on every keystroke').to.equal('Over the limit by 3.');
  });

  it('refuses a reply X would refuse although it fits: an invisible U+FEFF, said in words', async () => {
    const s = setup([xPublic()], [['x-public', 'customer', HOUR]]);
    const el = await composer(s);
    await type(el, 'We can help with that\uFEFF today.');
    expect(textOf(el, '[part="counter"]')).to.contain('X refuses this text');
    expect($(el, '[part="counter"]')!.dataset.level).to.equal('over');
    expect(sendButton(el).disabled).to.equal(true);
    await type(el, 'We can help with that today.');
    expect(textOf(el, '[part="counter"]')).to.contain('characters left');
    expect(sendButton(el).disabled).to.equal(false);
  });

  it('refuses a reply when the window has closed: send disabled with the reason', async () => {
    const s = setup([channel('whatsapp', 'whatsapp', false, 'WhatsApp')], [['whatsapp', 'customer', 30 * HOUR]]);
    const el = await composer(s);
    await type(el, 'Hi Dana, following up.');
    expect(sendButton(el).disabled).to.equal(true);
    expect(textOf(el, '[part="reason"]')).to.contain('WhatsApp allows free-form replies only within 24 hours');
    expect($(el, 'textarea')!.getAttribute('aria-describedby')).to.contain('reason');
  });

  it('warns about personal data before a public send, and replies privately instead', async () => {
    const s = setup([xPublic(), xDm()], [['x-public', 'customer', HOUR], ['x-dm', 'customer', 2 * HOUR]]);
    const el = await composer(s);
    let attempts = 0;
    el.addEventListener('cx-before-send', () => (attempts += 1));
    await type(el, 'Dana, the card 4111 1111 1111 1111 on your account is blocked.');
    await el.send();
    expect(textOf(el, '[part="warning"]')).to.contain('Payment card number');
    expect(textOf(el, '[part="warning"]')).to.not.contain('4111 1111 1111 1111');
    expect(attempts).to.equal(0);
    buttonNamed(el, 'Reply privately on X (DM)')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#channel-x-dm')!.checked).to.equal(true);
    expect($(el, '[part="warning"]')).to.equal(null);
    const after = nextEvent(el, 'cx-after-send');
    sendButton(el).click();
    const sent = (await after).message;
    expect(sent).to.include({ channelId: 'x-dm', visibility: 'private' });
  });

  it('moves to private through the hosted <cx-move-to-private>: the reply carried over, Retry repeating only the failed step', async () => {
    const s = setup([xPublic(), xDm()], [['x-public', 'customer', HOUR]]);
    const el = await composer(s);
    await type(el, 'Please check dana@example.com for the refund.');
    await el.send();
    buttonNamed(el, 'Move to private')!.click();
    const move = await openedMove(el);
    expect(move, 'the element itself, not a copy of it').to.be.instanceOf(CxMoveToPrivate);
    expect($(el, '[part~="steps"], #ack'), 'no move of the composer’s own').to.equal(null);
    expect(moveArea(move, 'opening').value, 'the reply carried over').to.equal('Please check dana@example.com for the refund.');
    expect(moveText(move, 'label[for="acknowledgement"]')).to.equal('Public reply on X (public reply)');
    s.adapter.demo.failNext('conversations.moveToPrivate.private-channel', 'error');
    const request = nextEvent(el, 'cx-move-to-private-request');
    moveButton(move, 'confirm').click();
    const { clientId, privateMessage, route } = (await request).request;
    expect({ privateMessage, route }).to.deep.equal({ privateMessage: 'Please check dana@example.com for the refund.', route: 'dm' });
    await until(() => move.shadowRoot!.querySelector('[data-action="retry"]'), 'a failed step offers a retry');
    expect(move.shadowRoot!.querySelector('[data-step="public-acknowledgement"]')!.getAttribute('data-status')).to.equal('done');
    expect(move.shadowRoot!.querySelector('[data-step="private-channel"]')!.getAttribute('data-status')).to.equal('failed');
    expect($<HTMLTextAreaElement>(el, 'textarea#text')!.value, 'text kept while the move is unfinished').to.contain('refund');
    const moved = nextEvent(el, 'cx-moved-to-private');
    move.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="retry"]')!.click();
    await moved;
    await el.updateComplete;
    expect(await stored(s, `${clientId}:ack`)).to.have.length(1);
    expect((await stored(s, `${clientId}:private`))[0]).to.include({ channelId: 'x-dm', text: privateMessage });
    expect($<HTMLTextAreaElement>(el, 'textarea#text')!.value, 'the reply went out privately').to.equal('');
  });

  it('offers the move on a public channel with its own button, the same dialog; a private message the agent rewrote keeps the reply', async () => {
    const s = setup([xPublic(), xDm()], [['x-public', 'customer', HOUR]]);
    const el = await composer(s);
    $<HTMLInputElement>(el, '#channel-x-dm')!.click();
    await el.updateComplete;
    expect($(el, 'cx-move-to-private'), 'not from a private channel').to.equal(null);
    $<HTMLInputElement>(el, '#channel-x-public')!.click();
    await type(el, 'Your router is on its way.');
    const move = $<CxMoveToPrivate>(el, 'cx-move-to-private')!;
    moveButton(move, 'trigger').click();
    await openedMove(el);
    const opening = moveArea(move, 'opening');
    opening.value = 'Hi Dana, could you confirm your postcode here?';
    opening.dispatchEvent(new Event('input'));
    const moved = nextEvent(el, 'cx-moved-to-private');
    moveButton(move, 'confirm').click();
    expect((await moved).request!.privateMessage).to.equal('Hi Dana, could you confirm your postcode here?');
    expect($<HTMLTextAreaElement>(el, 'textarea#text')!.value, 'the reply was not what went out: kept').to.equal('Your router is on its way.');
  });

  it('never carries an internal note into the move: the move is offered with the reply, and takes the reply', async () => {
    const s = setup([xPublic(), channel('note', 'note', false, 'Internal note')], [['x-public', 'customer', HOUR]]);
    const el = await composer(s);
    await type(el, 'Sorry about the double charge, Dana.');
    $<HTMLInputElement>(el, '#channel-note')!.click();
    await el.updateComplete;
    await type(el, 'Note for the team: serial complainer.');
    expect($(el, 'cx-move-to-private'), 'no move while writing a note').to.equal(null);
    $<HTMLInputElement>(el, '#channel-x-public')!.click();
    await el.updateComplete;
    moveButton($<CxMoveToPrivate>(el, 'cx-move-to-private')!, 'trigger').click();
    const move = await openedMove(el);
    expect(moveArea(move, 'opening').value).to.equal('Sorry about the double charge, Dana.');
  });

  it('lets the host run the move when it cancels the request', async () => {
    const s = setup([xPublic()], [['x-public', 'customer', HOUR]]);
    const el = await composer(s);
    el.addEventListener('cx-move-to-private-request', (e) => e.preventDefault());
    await type(el, 'Call me on 07700 900123');
    await el.send();
    buttonNamed(el, 'Move to private')!.click();
    const move = await openedMove(el);
    moveButton(move, 'confirm').click();
    await until(() => moveText(move, '.outcome').includes('Your desktop is moving the conversation to private'), 'the host takes the move over');
    expect(await stored(s)).to.have.length(0);
  });

  it('warns when a public reply reads negative or sarcastic, and posts after confirmation', async () => {
    const s = setup([xPublic()], [['x-public', 'customer', HOUR]]);
    const el = await composer(s);
    await type(el, 'Great, another complaint. Love dealing with this outage.');
    await el.send();
    expect($(el, '[part="warning"] [data-kind="tone"]')).to.not.equal(null);
    expect(await stored(s)).to.have.length(0);
    const after = nextEvent(el, 'cx-after-send');
    buttonNamed(el, 'Post publicly anyway')!.click();
    expect((await after).message.visibility).to.equal('public');
  });

  it('warns when a public reply is a stock reply, and lets a specific one through', async () => {
    const s = setup([xPublic(), xDm()], [['x-public', 'customer', HOUR]]);
    const el = await composer(s);
    await type(el, 'We apologize for any inconvenience. Please DM us.');
    await el.send();
    expect(textOf(el, '[part="warning"] [data-kind="stock"]')).to.contain('stock reply');
    expect(await stored(s)).to.have.length(0);
    buttonNamed(el, 'Keep editing')!.click();
    await type(el, 'Dana, the LS6 cabinet was repaired at 3pm, so your broadband should be back now.');
    const after = nextEvent(el, 'cx-after-send');
    await el.send();
    expect((await after).message.visibility).to.equal('public');
  });

  it('asks before sending when the customer wrote after the draft was started', async () => {
    const s = setup([xDm()], [['x-dm', 'customer', HOUR]]);
    let clock = new Date(Date.now() - 10 * 60_000);
    const el = await composer(s, { now: () => clock });
    await type(el, 'Have you tried restarting the router?');
    clock = new Date();
    const fresh: Message = { ...s.messages[0]!, id: 'fresh', text: 'Never mind, it works now!', createdAt: new Date(Date.now() - 60_000).toISOString() };
    el.messages = [...s.messages, fresh];
    await el.updateComplete;
    await el.send();
    expect(textOf(el, '[part="warning"]')).to.contain('Never mind, it works now!');
    expect(el.shadowRoot!.activeElement?.textContent).to.contain('Send anyway');
    expect(await stored(s)).to.have.length(0);
    const after = nextEvent(el, 'cx-after-send');
    buttonNamed(el, 'Send anyway')!.click();
    await after;
    expect(await stored(s)).to.have.length(1);
  });

  it('sends optimistically through the thread’s sender: pending at once, then sent', async () => {
    const s = setup([xDm()], [['x-dm', 'customer', HOUR]]);
    const store = new ThreadStore();
    // The host answers only when released, so the pending state can be seen.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const source = s.adapter.conversations!;
    const slow = { ...s.adapter, conversations: { ...source, send: async (m: OutgoingMessage) => held.then(() => source.send!(m)) } } as Adapter;
    const el = await composer(s, { sender: new Outbox(() => slow, store) });
    await type(el, 'On it!');
    const after = nextEvent(el, 'cx-after-send');
    sendButton(el).click();
    await until(() => store.messages.at(-1)?.delivery === 'pending', 'the reply shows as pending');
    expect(store.messages.at(-1)).to.include({ text: 'On it!', delivery: 'pending' });
    await el.updateComplete;
    expect(textOf(el, '[part="status"]')).to.equal('Sending…');
    expect($<HTMLTextAreaElement>(el, 'textarea#text')!.readOnly).to.equal(true);
    release();
    const sent = (await after).message;
    await el.updateComplete;
    expect(store.byClientId(sent.clientId!)!.delivery).to.equal('sent');
    expect($<HTMLTextAreaElement>(el, 'textarea#text')!.value).to.equal('');
  });

  it('keeps the text of a failed send, and a retry delivers it exactly once', async () => {
    const s = setup([xDm()], [['x-dm', 'customer', HOUR]]);
    const el = await composer(s);
    s.adapter.demo.failNext('conversations.send', 'lost-response');
    await type(el, 'Your engineer is booked for Tuesday.');
    sendButton(el).click();
    await until(() => sendButton(el).textContent!.includes('Retry'), 'the failed send offers a retry');
    expect($<HTMLTextAreaElement>(el, 'textarea#text')!.value).to.equal('Your engineer is booked for Tuesday.');
    // Plain words; the send button is the Retry, and the developer's text sits behind a disclosure.
    expect(textOf(el, '[part="status"]')).to.equal("⚠ Couldn't send the reply just now. Try again. Your text is kept.");
    expect(textOf(el, '[part="error-detail"] pre')).to.contain('the answer was lost');
    const { clientId } = draftIn(s.conversation.id);
    expect(clientId).to.be.a('string');
    const after = nextEvent(el, 'cx-after-send');
    sendButton(el).click();
    await after;
    expect(await stored(s, clientId)).to.have.length(1);
    expect(await stored(s)).to.have.length(1);
  });

  it('retries exactly once after a reload, from the client id kept with the draft', async () => {
    const s = setup([xDm()], [['x-dm', 'customer', HOUR]]);
    const first = await composer(s);
    s.adapter.demo.failNext('conversations.send', 'lost-response');
    await type(first, 'Refund approved.');
    sendButton(first).click();
    await until(() => sendButton(first).textContent!.includes('Retry'), 'the failed send offers a retry');
    first.remove();
    const reloaded = await composer(s, { drafts: new StorageDraftStore() });
    expect(sendButton(reloaded).textContent).to.contain('Retry');
    const after = nextEvent(reloaded, 'cx-after-send');
    sendButton(reloaded).click();
    await after;
    expect(await stored(s)).to.have.length(1);
  });

  it('keeps drafts across re-creation, conversation switches and reloads, clearing them only on a successful send', async () => {
    const a = setup([xDm()], [['x-dm', 'customer', HOUR]]);
    const b = setup([xDm()], [['x-dm', 'customer', HOUR]]);
    const el = await composer(a);
    await type(el, 'Draft for A');
    await until(() => draftIn(a.conversation.id)?.text === 'Draft for A', 'the draft is saved');
    expect(draftIn(a.conversation.id)).to.include({ text: 'Draft for A', channelId: 'x-dm' });
    expect(draftIn(a.conversation.id).startedAt).to.be.a('string');
    el.conversation = b.conversation;
    el.messages = b.messages;
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, 'textarea#text')!.value).to.equal('');
    await type(el, 'Draft for B');
    el.conversation = a.conversation;
    el.messages = a.messages;
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, 'textarea#text')!.value).to.equal('Draft for A');
    el.remove();
    const recreated = await composer(b, { drafts: new StorageDraftStore() });
    expect($<HTMLTextAreaElement>(recreated, 'textarea#text')!.value).to.equal('Draft for B');
    b.adapter.demo.failNext('conversations.send', 'error');
    sendButton(recreated).click();
    await until(() => sendButton(recreated).textContent!.includes('Retry'), 'the re-created composer offers the retry');
    expect(draftIn(b.conversation.id).text, 'a failed send keeps the draft').to.equal('Draft for B');
    const after = nextEvent(recreated, 'cx-after-send');
    sendButton(recreated).click();
    await after;
    expect(draftIn(b.conversation.id)).to.equal(null);
    expect(draftIn(a.conversation.id).text).to.equal('Draft for A');
  });

  it('stops the send and keeps the text when cx-before-send is cancelled', async () => {
    const s = setup([xDm()], [['x-dm', 'customer', HOUR]]);
    const el = await composer(s);
    el.addEventListener('cx-before-send', (e) => e.preventDefault());
    await type(el, 'Not yet');
    const event = nextEvent(el, 'cx-before-send');
    sendButton(el).click();
    expect(((await event) as Event).cancelable).to.equal(true);
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, 'textarea#text')!.value).to.equal('Not yet');
    await until(() => draftIn(s.conversation.id)?.text === 'Not yet', 'the draft is saved');
    expect(await stored(s)).to.have.length(0);
  });

  it('sends with Ctrl+Enter', async () => {
    const s = setup([xDm()], [['x-dm', 'customer', HOUR]]);
    const el = await composer(s);
    await type(el, 'Keyboard only');
    const after = nextEvent(el, 'cx-after-send');
    $(el, 'textarea#text')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, composed: true }));
    expect((await after).message.text).to.equal('Keyboard only');
  });

  it('loads what it needs from the adapter when given only a conversation id', async () => {
    const s = setup([xPublic(), channel('whatsapp', 'whatsapp', false, 'WhatsApp')], [['whatsapp', 'customer', 3 * DAY]]);
    const el = await fixture<CxComposer>(html`<cx-composer .adapter=${s.adapter} conversation-id=${s.conversation.id}></cx-composer>`);
    await until(() => $(el, '#channel-whatsapp'), 'the conversation loads');
    await until(() => $<HTMLInputElement>(el, '#channel-whatsapp')!.disabled, 'the messages load');
  });

  it('is accessible, with and without a warning open', async () => {
    const s = setup([xPublic(), xDm(), channel('fb-messenger', 'facebook', false, 'Messenger')], [['x-public', 'customer', HOUR]]);
    const el = await composer(s);
    await expect(el).to.be.accessible();
    await type(el, 'Email me at dana@example.com ' + 'a'.repeat(260));
    await el.send();
    await type(el, 'Email me at dana@example.com');
    await el.send();
    expect($(el, '[part="warning"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Move to private')!.click();
    await openedMove(el);
    await expect(el).to.be.accessible();
  });
});
