import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/cx-composer.js';
import type { CxComposer } from '../../src/components/composer/composer.js';
import { DRAFT_KEY_PREFIX } from '../../src/compose/drafts.js';
import type { Message } from '../../src/model/index.js';
import { threadDataset } from '../fixtures/thread-dataset.js';
import { frame, mountThread, type Harness } from './thread-harness.js';
import { until } from '../helpers/until.js';

/** The real <cx-composer> docked in the real thread, on the demo adapter. */
const composerOf = (h: Harness) => h.shadow.querySelector('cx-composer') as CxComposer;
const areaOf = (h: Harness) => composerOf(h).shadowRoot!.querySelector<HTMLTextAreaElement>('textarea#text')!;
const focusedInComposer = (h: Harness) => h.shadow.activeElement === composerOf(h) && composerOf(h).shadowRoot!.activeElement === areaOf(h);
const articleWith = (h: Harness, clientId: string) => h.articles().find((a) => a.message!.clientId === clientId);
const retryButton = (h: Harness, clientId: string) => articleWith(h, clientId)?.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]') ?? null;

async function stored(h: Harness, clientId: string): Promise<Message[]> {
  return (await h.demo.conversations!.loadMessages('conv-t', { limit: 1000 })).messages.filter((m) => m.clientId === clientId);
}

async function write(h: Harness, channelId: string, text: string): Promise<void> {
  const composer = composerOf(h);
  await composer.updateComplete;
  composer.shadowRoot!.querySelector<HTMLInputElement>(`#channel-${channelId}`)!.click();
  await composer.updateComplete;
  areaOf(h).value = text;
  areaOf(h).dispatchEvent(new Event('input'));
  await composer.updateComplete;
}

/** Sends the composer's draft with the host failing it as told; resolves with the client id it was sent with. */
async function failedSend(h: Harness, fault: 'error' | 'lost-response'): Promise<string> {
  h.demo.demo.failNext('conversations.send', fault);
  await composerOf(h).send();
  const clientId = JSON.parse(localStorage.getItem(`${DRAFT_KEY_PREFIX}conv-t`) ?? '{}').clientId as string | undefined;
  expect(clientId, 'the client id is kept with the draft').to.be.a('string');
  return clientId!;
}

describe('<cx-composer> docked in <cx-conversation-thread>', () => {
  const forget = () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(DRAFT_KEY_PREFIX)) localStorage.removeItem(key);
  };
  beforeEach(forget);
  afterEach(forget);

  describe('keys', () => {
    it('r on a message focuses the composer’s text box', async () => {
      const h = await mountThread(threadDataset({ count: 5 }));
      await composerOf(h).updateComplete;
      h.articles().at(-1)!.focus();
      await sendKeys({ press: 'r' });
      await until(() => focusedInComposer(h), 'the text box has the focus');
      expect(areaOf(h).value, 'the key is not typed into the box').to.equal('');
    });

    it('Ctrl+End leaves the feed for the composer, Ctrl+Home for the search', async () => {
      const h = await mountThread(threadDataset({ count: 40 }));
      await composerOf(h).updateComplete;
      h.articles().at(-1)!.focus();
      await sendKeys({ press: 'Control+End' });
      await until(() => focusedInComposer(h), 'Ctrl+End reaches the text box');
      h.articles().at(-1)!.focus();
      await sendKeys({ press: 'Control+Home' });
      await until(() => h.shadow.activeElement?.matches('input[type="search"]'), 'Ctrl+Home reaches the search');
    });

    it('arrows, Page Up/Down, Home, End, Enter and Space work on the messages with the real composer docked', async () => {
      const h = await mountThread(threadDataset({ count: 40 }));
      await frame();
      const focusedId = () => (h.shadow.activeElement as (HTMLElement & { message?: Message }) | null)?.message?.id;
      h.articles().at(-1)!.focus();
      for (const [key, id] of [
        ['ArrowUp', 'm-000038'],
        ['PageUp', 'm-000037'],
        ['ArrowDown', 'm-000038'],
        ['PageDown', 'm-000039'],
        ['Home', 'm-000000'],
        ['End', 'm-000039'],
      ] as const) {
        await sendKeys({ press: key });
        await until(() => focusedId() === id, `${key} reaches ${id}`);
      }
      const selected: string[] = [];
      h.el.addEventListener('cx-message-select', (e) => selected.push(e.message.id));
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Space' });
      expect(selected).to.deep.equal(['m-000039', 'm-000039']);
    });

    it('Ctrl+Enter and Cmd+Enter send from the text box', async () => {
      const h = await mountThread(threadDataset({ count: 5 }));
      const sent: string[] = [];
      h.el.addEventListener('cx-after-send', (e) => sent.push(e.message.text));
      for (const [press, text] of [
        ['Control+Enter', 'Sent with Ctrl+Enter: your engineer is booked.'],
        ['Meta+Enter', 'Sent with Cmd+Enter: the refund is on its way.'],
      ] as const) {
        await write(h, 'x-dm', text);
        areaOf(h).focus();
        await sendKeys({ press });
        await until(() => sent.includes(text), `${press} sends`);
      }
    });
  });

  describe('cx-after-send, once per reply', () => {
    it('fires once when the answer was lost and the live watch confirmed the reply', async () => {
      const h = await mountThread(threadDataset({ count: 5 }));
      const events: Message[] = [];
      h.el.addEventListener('cx-after-send', (e) => events.push(e.message));
      await write(h, 'x-dm', 'Your replacement router ships today.');
      const clientId = await failedSend(h, 'lost-response');
      await until(() => events.length === 1, 'cx-after-send after the watch confirmed the reply');
      expect(events[0]).to.include({ clientId, text: 'Your replacement router ships today.' });
      await until(() => areaOf(h).value === '', 'the composer let go of the draft');
      await composerOf(h).updateComplete;
      await h.el.updateComplete;
      expect(events, 'still once').to.have.length(1);
      expect(await stored(h, clientId)).to.have.length(1);
    });

    it('fires once when the thread’s Retry sent it (the composer does not fire again)', async () => {
      const h = await mountThread(threadDataset({ count: 5 }));
      const events: string[] = [];
      h.el.addEventListener('cx-after-send', (e) => events.push(e.message.clientId ?? ''));
      await write(h, 'x-dm', 'Refund approved.');
      const clientId = await failedSend(h, 'error');
      await until(() => retryButton(h, clientId), 'the thread offers a retry');
      retryButton(h, clientId)!.click();
      await until(() => areaOf(h).value === '', 'the composer let go of the sent draft');
      await composerOf(h).updateComplete;
      expect(events).to.deep.equal([clientId]);
    });
  });

  it('the thread’s Retry sends a failed reply on its own channel, whatever the composer shows now', async () => {
    const h = await mountThread(threadDataset({ count: 5 }));
    await write(h, 'x-dm', 'Your account number ends 4471.');
    const clientId = await failedSend(h, 'error');
    // The composer moves on to an internal note; the failed reply keeps its audience.
    await write(h, 'note', 'Customer asked about the account number.');
    await until(() => retryButton(h, clientId), 'the thread offers a retry');
    retryButton(h, clientId)!.click();
    await until(async () => (await stored(h, clientId)).length === 1, 'the retry was stored');
    expect((await stored(h, clientId))[0]).to.include({ channelId: 'x-dm', visibility: 'private', text: 'Your account number ends 4471.' });
  });
});
