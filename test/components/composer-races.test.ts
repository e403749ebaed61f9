import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/cx-composer.js';
import { createDemoAdapter, type DemoAdapter } from '../../src/adapters/demo/index.js';
import type { CxComposer } from '../../src/components/composer/composer.js';
import type { CxMoveToPrivate } from '../../src/components/move-to-private/move-to-private.js';
import { toneAnalyzer } from '../../src/components/composer/tone-loader.js';
import { loadReplyTone } from '../../src/compose/review.js';
import { DRAFT_KEY_PREFIX } from '../../src/compose/drafts.js';
import { channel, type Channel, type Conversation, type Message } from '../../src/model/index.js';
import { until } from '../helpers/until.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let sequence = 0;

interface Setup {
  adapter: DemoAdapter;
  a: Conversation;
  b: Conversation;
  messages: Message[];
}

/** A demo adapter (with the given latency) holding two conversations, each with a customer line an hour ago. */
function setup(channels: () => Channel[], latency = 0): Setup {
  sequence += 1;
  const at = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();
  const conversation = (name: string): Conversation => ({
    id: `conv-races-${Date.now()}-${sequence}-${name}`, channels: channels(), status: 'open', priority: 'normal', sla: [], participants: [], createdAt: at(30 * DAY), updatedAt: at(0),
  });
  const a = conversation('a');
  const b = conversation('b');
  const messages = [a, b].map((c): Message => ({
    id: `${c.id}-m0`, conversationId: c.id, channelId: c.channels[0]!.id, visibility: c.channels[0]!.public ? 'public' : 'private',
    author: { id: 'dana', role: 'customer', displayName: 'Dana' }, text: 'Still no internet.', createdAt: at(HOUR), attachments: [], delivery: 'sent',
  }));
  const adapter = createDemoAdapter({ latency, initialInteraction: false, dataset: { customers: [], conversations: [a, b], messages } as never });
  return { adapter, a, b, messages };
}

const xPublic = () => channel('x-public', 'x', true, 'X (public reply)');
const xDm = () => channel('x-dm', 'x', false, 'X (DM)');
const $ = <T extends Element = HTMLElement>(el: CxComposer, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const area = (el: CxComposer) => $<HTMLTextAreaElement>(el, 'textarea#text');
const buttonNamed = (el: CxComposer, name: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes(name));
const draftIn = (conversationId: string) => JSON.parse(localStorage.getItem(DRAFT_KEY_PREFIX + conversationId) ?? 'null');

async function type(el: CxComposer, text: string): Promise<void> {
  area(el)!.value = text;
  area(el)!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Messages the agent sent in `conversation` through the demo host. */
async function sentIn(s: Setup, conversation: Conversation): Promise<Message[]> {
  const page = await s.adapter.conversations!.loadMessages(conversation.id, { limit: 1000 });
  return page.messages.filter((m) => m.author.role === 'agent');
}

/** Makes the tone check wait until `release()` (as when the analyzer is still downloading). */
function slowTone(): { release: () => void; restore: () => void } {
  const original = toneAnalyzer.load ?? loadReplyTone;
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  toneAnalyzer.load = () => gate.then(() => original());
  return { release: () => release(), restore: () => delete toneAnalyzer.load };
}

describe('<cx-composer> races', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(DRAFT_KEY_PREFIX)) localStorage.removeItem(key);
  });

  describe('a send waiting for the tone check', () => {
    let tone: ReturnType<typeof slowTone>;
    beforeEach(() => (tone = slowTone()));
    afterEach(() => tone.restore());

    it('keeps the text box read-only, and does not send stale text over what the agent typed meanwhile', async () => {
      const s = setup(() => [xPublic()]);
      const el = await fixture<CxComposer>(html`<cx-composer .adapter=${s.adapter} .conversation=${s.a} .messages=${[s.messages[0]!]}></cx-composer>`);
      await type(el, 'The LS6 cabinet was repaired at 3pm.');
      const sending = el.send();
      await el.updateComplete;
      expect(area(el)!.readOnly, 'read-only while checking').to.equal(true);
      await type(el, 'The LS6 cabinet was repaired at 3pm. Your broadband should be back now.');
      tone.release();
      await sending;
      await el.updateComplete;
      expect(await sentIn(s, s.a), 'the old text is not sent').to.have.length(0);
      expect(area(el)!.value).to.equal('The LS6 cabinet was repaired at 3pm. Your broadband should be back now.');
      await until(() => draftIn(s.a.id)?.text.includes('broadband'), 'the draft is saved');
    });

    it('does not send into, or write the client id into, a conversation switched to during the check', async () => {
      const s = setup(() => [xPublic()]);
      localStorage.setItem(DRAFT_KEY_PREFIX + s.b.id, JSON.stringify({ text: 'Draft for B', startedAt: new Date().toISOString() }));
      const el = await fixture<CxComposer>(html`<cx-composer .adapter=${s.adapter} .conversation=${s.a} .messages=${[s.messages[0]!]}></cx-composer>`);
      await type(el, 'The LS6 cabinet was repaired at 3pm.');
      const sending = el.send();
      await el.updateComplete;
      el.conversation = s.b;
      el.messages = [s.messages[1]!];
      await el.updateComplete;
      tone.release();
      await sending;
      await el.updateComplete;
      expect(await sentIn(s, s.a)).to.have.length(0);
      expect(await sentIn(s, s.b)).to.have.length(0);
      expect(draftIn(s.b.id), 'B’s draft untouched').to.deep.equal({ text: 'Draft for B', startedAt: draftIn(s.b.id).startedAt });
      expect(draftIn(s.a.id).text, 'A’s draft kept').to.equal('The LS6 cabinet was repaired at 3pm.');
      expect(area(el)!.value).to.equal('Draft for B');
    });
  });

  it('finishes a move still running when the conversation changes on its own conversation, not the new one', async () => {
    const s = setup(() => [xPublic(), xDm()], 150);
    localStorage.setItem(DRAFT_KEY_PREFIX + s.b.id, JSON.stringify({ text: 'Draft for B', startedAt: new Date().toISOString() }));
    const el = await fixture<CxComposer>(html`<cx-composer .adapter=${s.adapter} .conversation=${s.a} .messages=${[s.messages[0]!]}></cx-composer>`);
    await type(el, 'Please check dana@example.com for the refund.');
    await el.send();
    buttonNamed(el, 'Move to private')!.click();
    const move = await until(() => $<CxMoveToPrivate>(el, 'cx-move-to-private'), 'the hosted move');
    const confirm = () => move.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm"]');
    await until(() => move.open && confirm(), 'the move dialog');
    const moved = oneEvent(el, 'cx-moved-to-private');
    confirm()!.click();
    await until(() => confirm()?.textContent!.includes('Moving'), 'the move runs');
    el.conversation = s.b;
    el.messages = [s.messages[1]!];
    await el.updateComplete;
    await move.updateComplete;
    expect(move.open, 'A’s move dialog closed on B').to.equal(false);
    await moved;
    await el.updateComplete;
    move.show();
    await until(() => confirm(), 'B’s move');
    expect(move.shadowRoot!.querySelector('[part~="steps"]'), 'the old move is not shown on B').to.equal(null);
    expect(move.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea#opening')!.value, 'B’s reply carried over').to.equal('Draft for B');
    move.close();
    expect(draftIn(s.a.id), 'A’s draft, sent privately, is cleared').to.equal(null);
    expect(draftIn(s.b.id)?.text, 'B’s draft untouched').to.equal('Draft for B');
    expect(area(el)!.value).to.equal('Draft for B');
  });

  it('given only a conversation id, stops showing and sending to the old conversation as soon as the id changes', async () => {
    const s = setup(() => [xDm()], 150);
    localStorage.setItem(DRAFT_KEY_PREFIX + s.a.id, JSON.stringify({ text: 'Reply for A', startedAt: new Date().toISOString() }));
    const el = await fixture<CxComposer>(html`<cx-composer .adapter=${s.adapter} conversation-id=${s.a.id}></cx-composer>`);
    await until(() => area(el)?.value === 'Reply for A', 'A loads');
    el.conversationId = s.b.id;
    await el.updateComplete;
    expect(area(el), 'A is no longer shown').to.equal(null);
    expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    await el.send();
    await until(() => area(el), 'B loads');
    expect(area(el)!.value).to.equal('');
    expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal(null);
    expect(await sentIn(s, s.a), 'nothing sent to A').to.have.length(0);
    expect(draftIn(s.a.id)?.text).to.equal('Reply for A');
  });

  it('reloads when given another adapter object with the same name', async () => {
    const s1 = setup(() => [xDm()]);
    const s2 = setup(() => [xPublic()]);
    const same = { ...s2.a, id: s1.a.id };
    const other = createDemoAdapter({ latency: 0, initialInteraction: false, dataset: { customers: [], conversations: [same], messages: [] } as never });
    expect(other.name).to.equal(s1.adapter.name);
    const el = await fixture<CxComposer>(html`<cx-composer .adapter=${s1.adapter} conversation-id=${s1.a.id}></cx-composer>`);
    await until(() => $(el, '#channel-x-dm'), 'loads from the first adapter');
    el.adapter = other;
    await until(() => $(el, '#channel-x-public'), 'reloads from the second adapter');
  });
});
