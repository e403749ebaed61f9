import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cx-composer.js';
import { createDemoAdapter, type DemoAdapter } from '../../src/adapters/demo/index.js';
import type { CxComposer } from '../../src/components/composer/composer.js';
import type { CxMoveToPrivate } from '../../src/components/move-to-private/move-to-private.js';
import { DRAFT_KEY_PREFIX, StorageDraftStore, type Draft, type DraftStore } from '../../src/compose/drafts.js';
import { channel, type Conversation, type ConversationStatus, type Message } from '../../src/model/index.js';
import { createAdapter } from '../../src/ports/adapter.js';
import type { Adapter } from '../../src/ports/ports.js';
import { until } from '../helpers/until.js';

let sequence = 0;

interface Setup {
  adapter: DemoAdapter;
  conversation: Conversation;
}

/** A demo adapter holding one conversation on X (public and DM) with a note channel, the customer's last post an hour ago. */
function setup(status: ConversationStatus = 'open'): Setup {
  sequence += 1;
  const id = `conv-status-${Date.now()}-${sequence}`;
  const at = (ms: number) => new Date(Date.now() - ms).toISOString();
  const channels = [channel('x-public', 'x', true, 'X (public reply)'), channel('x-dm', 'x', false, 'X (DM)'), channel('note', 'note', false, 'Internal note')];
  const conversation: Conversation = { id, channels, status, priority: 'normal', sla: [], participants: [], createdAt: at(86_400_000), updatedAt: at(0) };
  const messages: Message[] = [
    { id: `${id}-m0`, conversationId: id, channelId: 'x-dm', visibility: 'private', author: { id: 'dana', role: 'customer', displayName: 'Dana' }, text: 'Still no internet.', createdAt: at(3_600_000), attachments: [], delivery: 'sent' },
  ];
  const adapter = createDemoAdapter({ latency: 0, initialInteraction: false, dataset: { customers: [], conversations: [conversation], messages } as never });
  return { adapter, conversation };
}

const $ = <T extends Element = HTMLElement>(el: CxComposer, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const area = (el: CxComposer) => $<HTMLTextAreaElement>(el, 'textarea#text')!;
const sendButton = (el: CxComposer) => $<HTMLButtonElement>(el, '[part="send"]')!;
const buttonNamed = (el: CxComposer, name: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes(name));
const draftIn = (id: string) => JSON.parse(localStorage.getItem(DRAFT_KEY_PREFIX + id) ?? 'null') as Draft | null;

async function open(s: Setup, options: { adapter?: Adapter; drafts?: DraftStore } = {}): Promise<CxComposer> {
  const el = await fixture<CxComposer>(html`<cx-composer .adapter=${options.adapter ?? s.adapter} .drafts=${options.drafts} conversation-id=${s.conversation.id}></cx-composer>`);
  await until(() => $(el, '#channel-x-dm') && !$(el, '[part="base"]')!.hasAttribute('aria-busy'), 'the conversation loads');
  return el;
}

async function type(el: CxComposer, text: string): Promise<void> {
  area(el).value = text;
  area(el).dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function choose(el: CxComposer, channelId: string): Promise<void> {
  $<HTMLInputElement>(el, `#channel-${channelId}`)!.click();
  await el.updateComplete;
}

async function sentIn(s: Setup): Promise<Message[]> {
  return (await s.adapter.conversations!.loadMessages(s.conversation.id, { limit: 100 })).messages.filter((m) => m.author.role === 'agent');
}

const forget = () => {
  for (const key of Object.keys(localStorage)) if (key.startsWith(DRAFT_KEY_PREFIX)) localStorage.removeItem(key);
};

describe('<cx-composer> states', () => {
  beforeEach(forget);
  afterEach(forget);

  describe('a closed conversation', () => {
    it('says it is closed, sends nothing, and reopens it through the adapter', async () => {
      const s = setup('closed');
      const el = await open(s);
      await choose(el, 'x-dm');
      await type(el, 'Following up on your router.');
      expect($(el, '[part="reason"]')!.textContent).to.contain('This conversation is closed');
      expect(sendButton(el).disabled).to.equal(true);
      await el.send();
      expect(await sentIn(s), 'nothing sent').to.have.length(0);
      await expect(el).to.be.accessible();
      buttonNamed(el, 'Reopen conversation')!.click();
      await until(() => !sendButton(el).disabled, 'the reopened conversation can be replied to');
      expect((await s.adapter.conversations!.getConversation(s.conversation.id)).status).to.equal('open');
      expect($(el, '[part="reason"]')).to.equal(null);
      await el.send();
      await until(async () => (await sentIn(s)).length === 1, 'the reply is sent');
    });

    it('offers no reopen where the host cannot change the status, and says why a reopen failed', async () => {
      const s = setup('closed');
      const ports = s.adapter.conversations!;
      const withoutStatus = createAdapter({ name: 'no-status', conversations: { getConversation: (id, o) => ports.getConversation(id, o), loadMessages: (id, o) => ports.loadMessages(id, o), send: (m, o) => ports.send!(m, o) } });
      const el = await open(s, { adapter: withoutStatus });
      expect($(el, '[part="reason"]')!.textContent).to.contain('closed');
      expect(buttonNamed(el, 'Reopen'), 'no reopen').to.equal(undefined);
      el.remove();
      const other = await open(s);
      s.adapter.demo.failNext('conversations.setStatus', 'error');
      buttonNamed(other, 'Reopen conversation')!.click();
      // Plain words (the detail went to cx-adapter-error): the demo's "failed conversations.setStatus (injected fault)" is not shown.
      await until(() => $(other, '[part="reason"]')!.textContent!.includes("Couldn't reopen the conversation just now. Try again in 1 second."), 'the failure in words');
      expect($(other, '[part="reason"]')!.textContent).to.not.contain('setStatus');
      expect(sendButton(other).disabled).to.equal(true);
    });

    it('notes a resolved conversation without blocking the reply', async () => {
      const el = await open(setup('resolved'));
      await type(el, 'One more thing: your credit is applied.');
      expect($(el, '[data-status="resolved"]')!.textContent).to.contain('resolved');
      expect(sendButton(el).disabled).to.equal(false);
    });
  });

  it('a Retry after a reload sends the failed reply as it went out, on its own channel', async () => {
    const s = setup();
    const el = await open(s);
    await choose(el, 'x-dm');
    await type(el, 'Your account number ends 4471.');
    s.adapter.demo.failNext('conversations.send', 'error');
    await el.send();
    await until(() => sendButton(el).textContent!.includes('Retry'), 'the failed send offers a retry');
    el.remove();
    // As an earlier version could leave it: the draft's channel moved on, its unconfirmed send did not.
    const stored = draftIn(s.conversation.id)!;
    expect(stored.outgoing).to.include({ channelId: 'x-dm', visibility: 'private', clientId: stored.clientId });
    localStorage.setItem(DRAFT_KEY_PREFIX + s.conversation.id, JSON.stringify({ ...stored, channelId: 'x-public' }));
    const reloaded = await open(s, { drafts: new StorageDraftStore() });
    expect(sendButton(reloaded).textContent).to.contain('Retry');
    await reloaded.send();
    const sent = await sentIn(s);
    expect(sent).to.have.length(1);
    expect(sent[0]).to.include({ channelId: 'x-dm', visibility: 'private', clientId: stored.clientId });
  });

  it('checks the move’s public acknowledgement with the same reply checks, and posts it after a second press', async () => {
    const s = setup();
    const el = await open(s);
    await choose(el, 'x-public');
    await type(el, 'Your refund details are in the DM.');
    await el.send(); // no findings: posted, so start a new reply to move
    await until(async () => (await sentIn(s)).length === 1, 'the first reply is posted');
    await type(el, 'Please check dana@example.com for the refund.');
    await el.send();
    buttonNamed(el, 'Move to private')!.click();
    const move = await until(() => $<CxMoveToPrivate>(el, 'cx-move-to-private'), 'the hosted move');
    await until(() => move.open && move.shadowRoot!.querySelector('textarea#acknowledgement'), 'the move dialog');
    const ack = move.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea#acknowledgement')!;
    ack.value = 'Great, another complaint. We have sent you a DM.';
    ack.dispatchEvent(new Event('input'));
    await move.updateComplete;
    const confirm = () => move.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm"]')!;
    confirm().click();
    await until(() => move.shadowRoot!.querySelector('[part~="acknowledgement"] [data-kind="tone"]'), 'the acknowledgement’s tone finding');
    expect(await sentIn(s), 'nothing posted yet').to.have.length(1);
    await until(() => confirm().textContent!.includes('Move anyway'), 'a second press posts anyway');
    const moved = new Promise((resolve) => el.addEventListener('cx-moved-to-private', resolve, { once: true }));
    confirm().click();
    await moved;
    expect((await sentIn(s)).some((m) => m.visibility === 'public' && m.text.startsWith('Great, another complaint'))).to.equal(true);
  });

  describe('typing stays instant and loses nothing', () => {
    /** A store that counts its writes. */
    class CountingStore extends StorageDraftStore {
      sets = 0;
      override set(id: string, draft: Draft): void {
        this.sets += 1;
        super.set(id, draft);
      }
    }

    it('saves a burst of keystrokes once, shortly after', async () => {
      const s = setup();
      const drafts = new CountingStore();
      const el = await open(s, { drafts });
      const before = drafts.sets;
      for (const length of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
        area(el).value = 'Following up'.slice(0, length);
        area(el).dispatchEvent(new Event('input'));
      }
      await el.updateComplete;
      expect(drafts.sets - before, 'not on every keystroke').to.equal(0);
      await until(() => drafts.sets - before === 1, 'one save after the burst');
      expect(draftIn(s.conversation.id)!.text).to.equal('Following ');
    });

    it('writes a pending save at once when the page is hidden or left, the element removed, or the conversation switched', async () => {
      const s = setup();
      const el = await open(s);
      await type(el, 'Typed before pagehide');
      window.dispatchEvent(new Event('pagehide'));
      expect(draftIn(s.conversation.id)!.text).to.equal('Typed before pagehide');
      await type(el, 'Typed before removal');
      el.remove();
      expect(draftIn(s.conversation.id)!.text).to.equal('Typed before removal');
      const again = await open(s);
      await type(again, 'Typed before a switch');
      again.messages = [];
      again.conversation = setup().conversation;
      await again.updateComplete;
      expect(draftIn(s.conversation.id)!.text).to.equal('Typed before a switch');
    });
  });

  describe('insertText()', () => {
    it('inserts at the caret, replacing a selection, as new reply text', async () => {
      const s = setup();
      const el = await open(s);
      await choose(el, 'x-dm');
      await type(el, 'Hi Dana, . Thanks!');
      area(el).setSelectionRange(9, 9);
      expect(el.insertText('your code is 123456')).to.equal(true);
      await el.updateComplete;
      expect(area(el).value).to.equal('Hi Dana, your code is 123456. Thanks!');
      expect(area(el).selectionStart, 'the caret after the inserted text').to.equal(28);
      area(el).setSelectionRange(0, 7);
      el.insertText('Hello Dana');
      await el.updateComplete;
      expect(area(el).value).to.equal('Hello Dana, your code is 123456. Thanks!');
    });

    it('makes a failed reply a new one, and goes into the reply when the note is shown', async () => {
      const s = setup();
      const el = await open(s);
      await choose(el, 'x-dm');
      await type(el, 'Your refund is approved.');
      s.adapter.demo.failNext('conversations.send', 'error');
      await el.send();
      await until(() => sendButton(el).textContent!.includes('Retry'), 'the failed send offers a retry');
      el.insertText(' It lands in 3 days.');
      await el.updateComplete;
      expect(sendButton(el).textContent!.trim(), 'new text: a new reply, not a retry').to.equal('Send');
      await choose(el, 'note');
      await type(el, 'Refund ref RF-2231.');
      el.insertText('See https://example.com/kb/42');
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#channel-x-dm')!.checked, 'the reply is shown').to.equal(true);
      expect(area(el).value).to.equal('Your refund is approved. It lands in 3 days.See https://example.com/kb/42');
      await choose(el, 'note');
      expect(area(el).value, 'the note is untouched').to.equal('Refund ref RF-2231.');
    });
  });
});
