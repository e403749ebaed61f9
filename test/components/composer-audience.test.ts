import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cx-composer.js';
import { createDemoAdapter, type DemoAdapter } from '../../src/adapters/demo/index.js';
import type { CxComposer } from '../../src/components/composer/composer.js';
import { DRAFT_KEY_PREFIX, StorageDraftStore } from '../../src/compose/drafts.js';
import type { Message } from '../../src/model/index.js';
import { until } from '../helpers/until.js';

/** The demo's conversation 4: a public X thread moved to DMs, with internal notes. */
const CONVERSATION = 'conv-004';
const NOTE = 'Note for the team: serial complainer, check with billing before replying.';

const $ = <T extends Element = HTMLElement>(el: CxComposer, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const area = (el: CxComposer) => $<HTMLTextAreaElement>(el, 'textarea#text')!;
const radio = (el: CxComposer, id: string) => $<HTMLInputElement>(el, `#channel-${id}`)!;
const sendButton = (el: CxComposer) => $<HTMLButtonElement>(el, '[part="send"]')!;
const buttonNamed = (el: CxComposer, name: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes(name));
const warning = (el: CxComposer) => $(el, '[part="warning"]');
const textOf = (el: CxComposer, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const draftIn = (id: string) => JSON.parse(localStorage.getItem(DRAFT_KEY_PREFIX + id) ?? 'null');

async function open(adapter: DemoAdapter, drafts?: StorageDraftStore, conversationId = CONVERSATION): Promise<CxComposer> {
  const el = await fixture<CxComposer>(html`<cx-composer .adapter=${adapter} .drafts=${drafts} conversation-id=${conversationId}></cx-composer>`);
  await until(() => $(el, '#channel-note') && !$(el, '[part="base"]')!.hasAttribute('aria-busy'), 'the conversation and its messages load');
  return el;
}

async function type(el: CxComposer, text: string): Promise<void> {
  area(el).value = text;
  area(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function choose(el: CxComposer, channelId: string): Promise<void> {
  radio(el, channelId).click();
  await el.updateComplete;
}

/** What the demo host stored that the agent wrote since the test began. */
async function written(adapter: DemoAdapter, before: readonly Message[]): Promise<Message[]> {
  const page = await adapter.conversations!.loadMessages(CONVERSATION, { limit: 1000 });
  return page.messages.filter((m) => !before.some((b) => b.id === m.id));
}

async function everything(adapter: DemoAdapter): Promise<Message[]> {
  return (await adapter.conversations!.loadMessages(CONVERSATION, { limit: 1000 })).messages;
}

const forgetDrafts = () => {
  for (const key of Object.keys(localStorage)) if (key.startsWith(DRAFT_KEY_PREFIX)) localStorage.removeItem(key);
};

describe('<cx-composer> audiences', () => {
  // Before too: an element removed after the previous test saves its pending draft on the way out.
  beforeEach(forgetDrafts);
  afterEach(forgetDrafts);

  it('an internal note switched to the public X channel is not posted: the note stays a note (issue 20’s steps)', async () => {
    const adapter = createDemoAdapter({ latency: 0, initialInteraction: false });
    const before = await everything(adapter);
    const el = await open(adapter);
    // 2. Choose "Internal note" and write the note.
    await choose(el, 'note');
    await type(el, NOTE);
    // 3. Switch the channel to "X (public reply)".
    await choose(el, 'x-public');
    expect(radio(el, 'x-public').checked).to.equal(true);
    // 4. Press Send once.
    await el.send();
    await el.updateComplete;
    const sent = await written(adapter, before);
    expect(sent.filter((m) => m.visibility === 'public'), 'nothing posted publicly').to.have.length(0);
    expect(sent.some((m) => m.text.includes('serial complainer')), 'the note went nowhere').to.equal(false);
    expect(area(el).value, 'the public reply has its own (empty) draft').to.equal('');
    await choose(el, 'note');
    expect(area(el).value, 'the note is kept as a note').to.equal(NOTE);
  });

  it('says it is an internal note in words, with a style of its own, and the button says "Add note"', async () => {
    const el = await open(createDemoAdapter({ latency: 0, initialInteraction: false }));
    await choose(el, 'note');
    expect(textOf(el, '[part="audience"]')).to.equal('🔒 Internal note — the customer never sees this');
    expect(textOf(el, 'label[for="text"]')).to.equal('Internal note');
    expect(sendButton(el).textContent!.trim()).to.equal('Add note');
    expect(getComputedStyle(area(el)).borderTopStyle, 'not colour alone: a dashed frame').to.equal('dashed');
    expect(area(el).getAttribute('aria-describedby')).to.contain('audience');
    await expect(el).to.be.accessible();
    await choose(el, 'x-public');
    expect(textOf(el, '[part="audience"]')).to.contain('Public reply on X (public reply) — anyone can read it');
    expect(getComputedStyle(area(el)).borderTopStyle).to.equal('solid');
    expect(sendButton(el).textContent!.trim()).to.equal('Send');
  });

  it('keeps the reply and the note apart per conversation, across switches and a reload', async () => {
    const adapter = createDemoAdapter({ latency: 0, initialInteraction: false });
    const el = await open(adapter);
    await choose(el, 'x-dm');
    await type(el, 'Hi Grace, your bill is on hold.');
    await choose(el, 'note');
    expect(area(el).value).to.equal('');
    await type(el, NOTE);
    await choose(el, 'x-dm');
    expect(area(el).value).to.equal('Hi Grace, your bill is on hold.');
    await choose(el, 'note');
    await until(() => draftIn(CONVERSATION)?.note?.text === NOTE, 'both drafts are saved');
    expect(draftIn(CONVERSATION)).to.include({ text: 'Hi Grace, your bill is on hold.', channelId: 'x-dm', writing: 'note' });
    el.remove();
    const reloaded = await open(adapter, new StorageDraftStore());
    expect(area(reloaded).value, 'the note was showing').to.equal(NOTE);
    expect(radio(reloaded, 'note').checked).to.equal(true);
    await choose(reloaded, 'x-dm');
    expect(area(reloaded).value).to.equal('Hi Grace, your bill is on hold.');
  });

  it('reads a draft stored by an earlier version on the note channel as the note', async () => {
    localStorage.setItem(DRAFT_KEY_PREFIX + CONVERSATION, JSON.stringify({ text: NOTE, channelId: 'note', startedAt: new Date().toISOString() }));
    const el = await open(createDemoAdapter({ latency: 0, initialInteraction: false }), new StorageDraftStore());
    expect(radio(el, 'note').checked).to.equal(true);
    expect(area(el).value).to.equal(NOTE);
    await choose(el, 'x-public');
    expect(area(el).value, 'the old note is not a public reply').to.equal('');
  });

  describe('asks before a text reaches more people, with keeping it as it was as the default', () => {
    it('private → public: the reply stays private until the agent decides', async () => {
      const el = await open(createDemoAdapter({ latency: 0, initialInteraction: false }));
      await choose(el, 'x-dm');
      await type(el, 'Your account number ends 4471.');
      await choose(el, 'x-public');
      await until(() => warning(el), 'the confirmation');
      expect(textOf(el, '[part="warning"]')).to.contain('This text was written as a private reply on X (DM). Post it publicly on X (public reply), where anyone can read it?');
      const safe = el.shadowRoot!.activeElement as HTMLButtonElement;
      expect(safe.textContent!.trim(), 'the safe choice has the focus').to.equal('Keep it private on X (DM)');
      expect(radio(el, 'x-dm').checked, 'still private').to.equal(true);
      expect(radio(el, 'x-public').checked).to.equal(false);
      await expect(el).to.be.accessible();
      safe.click();
      await el.updateComplete;
      expect(warning(el)).to.equal(null);
      expect(radio(el, 'x-dm').checked).to.equal(true);
      await choose(el, 'x-public');
      await until(() => warning(el), 'the confirmation again');
      buttonNamed(el, 'Make it public on X (public reply)')!.click();
      await el.updateComplete;
      expect(radio(el, 'x-public').checked).to.equal(true);
      expect(area(el).value).to.equal('Your account number ends 4471.');
    });

    it('public → private and private → private need no confirmation', async () => {
      const el = await open(createDemoAdapter({ latency: 0, initialInteraction: false }));
      await choose(el, 'x-public');
      await type(el, 'We have sent you a DM.');
      await choose(el, 'x-dm');
      expect(warning(el)).to.equal(null);
      expect(radio(el, 'x-dm').checked).to.equal(true);
      expect(area(el).value).to.equal('We have sent you a DM.');
    });

    for (const [to, audience, go] of [
      ['x-dm', 'for the customer to read', 'Use it on X (DM)'],
      ['x-public', 'where anyone can read it', 'Make it public on X (public reply)'],
    ] as const) {
      it(`internal → ${to === 'x-dm' ? 'private' : 'public'}: "Use this text in the reply" asks first, and the note stays a note until confirmed`, async () => {
        const el = await open(createDemoAdapter({ latency: 0, initialInteraction: false }));
        await choose(el, to);
        await choose(el, 'note');
        await type(el, NOTE);
        buttonNamed(el, 'Use this text in the reply')!.click();
        await until(() => warning(el), 'the confirmation');
        expect(textOf(el, '[part="warning"]')).to.contain(`This text was written as an internal note. Use it in your reply on ${to === 'x-dm' ? 'X (DM)' : 'X (public reply)'}, ${audience}?`);
        expect((el.shadowRoot!.activeElement as HTMLElement).textContent!.trim()).to.equal('Keep it as a note');
        (el.shadowRoot!.activeElement as HTMLButtonElement).click();
        await el.updateComplete;
        expect(area(el).value, 'still the note').to.equal(NOTE);
        expect(radio(el, 'note').checked).to.equal(true);
        buttonNamed(el, 'Use this text in the reply')!.click();
        await until(() => warning(el), 'the confirmation again');
        buttonNamed(el, go)!.click();
        await el.updateComplete;
        expect(radio(el, to).checked).to.equal(true);
        expect(area(el).value, 'now new reply text').to.equal(NOTE);
        await choose(el, 'note');
        expect(area(el).value, 'the note was moved, not copied').to.equal('');
      });
    }
  });

  describe('the note-like warning', () => {
    const ORDINARY = [
      'Hi Grace, your bill is on hold until the new card arrives.',
      'Thanks for letting us know — the secure payment link is on its way by DM.',
      'Sorry about the wait. Our billing team has refunded the late fee.',
      'You can pay by bank transfer; the details are in the DM we just sent.',
      'The payment page is working again. Let us know if it times out.',
    ];

    it('warns before a reply that reads like a note for the team, and before one naming a colleague', async () => {
      // Conversation 1: Sam (the assignee) writes; Tomasz, a colleague, left a note in it.
      const el = await open(createDemoAdapter({ latency: 0, initialInteraction: false }), undefined, 'conv-001');
      await choose(el, 'x-dm');
      for (const [text, rule] of [
        ['FYI team: she wants to pay by transfer.', 'team-phrase'],
        ['Internal: check with billing before replying.', 'team-phrase'],
        ['Hi Dana, Tomasz will call you back about the engineer.', 'colleague'],
      ] as const) {
        await type(el, text);
        await el.send();
        await until(() => $(el, `[part="warning"] [data-kind="note-like"][data-rule="${rule}"]`), `the note-like warning on “${text}”`);
        buttonNamed(el, 'Keep editing')!.click();
        await el.updateComplete;
      }
      // The agent's own name is a signature, not a colleague's.
      await type(el, 'Hi Dana, Sam here: the engineer is booked for Tuesday morning.');
      await el.send();
      expect($(el, '[part="warning"] [data-kind="note-like"]')).to.equal(null);
    });

    it('stays quiet on ordinary replies', async () => {
      const adapter = createDemoAdapter({ latency: 0, initialInteraction: false });
      const before = await everything(adapter);
      const el = await open(adapter);
      await choose(el, 'x-dm');
      for (const text of ORDINARY) {
        await type(el, text);
        await el.send();
        expect(warning(el), text).to.equal(null);
        await until(async () => (await written(adapter, before)).some((m) => m.text === text), `“${text}” is sent`);
        await until(() => area(el).value === '', 'the draft is cleared');
      }
    });
  });
});
