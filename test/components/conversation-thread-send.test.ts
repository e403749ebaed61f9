import { expect } from '@open-wc/testing';
import '../../src/define/cx-composer.js';
import type { CxComposer } from '../../src/components/composer/composer.js';
import type { CxAdapterErrorEvent } from '../../src/events/adapter-error.js';
import { DRAFT_KEY_PREFIX } from '../../src/compose/drafts.js';
import type { Message, OutgoingMessage } from '../../src/model/index.js';
import type { ReplySender } from '../../src/thread/outbox.js';
import { threadDataset } from '../fixtures/thread-dataset.js';
import { mountThread, type Harness } from './thread-harness.js';
import { until } from '../helpers/until.js';

const reply = (clientId: string, text: string): OutgoingMessage => ({ clientId, conversationId: 'conv-t', channelId: 'x-dm', visibility: 'private', text });

/** What the demo host stored with this client id. */
async function stored(h: Harness, clientId: string): Promise<Message[]> {
  const page = await h.demo.conversations!.loadMessages('conv-t', { limit: 1000 });
  return page.messages.filter((m) => m.clientId === clientId);
}

const articleWith = (h: Harness, clientId: string) => h.articles().find((a) => a.message!.clientId === clientId);
const retryButton = (h: Harness, clientId: string) => articleWith(h, clientId)?.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]') ?? null;
const composerOf = (h: Harness) => h.shadow.querySelector('cx-composer') as CxComposer;

describe('<cx-conversation-thread> failed sends', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(DRAFT_KEY_PREFIX)) localStorage.removeItem(key);
  });

  it('offers Retry on a "Not sent" reply and delivers it exactly once, with the same client id', async () => {
    const h = await mountThread(threadDataset({ count: 5 }));
    const sender = composerOf(h).sender as ReplySender;
    h.demo.demo.failNext('conversations.send', 'error');
    await sender.send(reply('thread-retry-1', 'Your engineer comes Tuesday.')).catch(() => undefined);
    await until(() => retryButton(h, 'thread-retry-1'), 'the failed reply offers a retry');
    const article = articleWith(h, 'thread-retry-1')!;
    expect(article.shadowRoot!.querySelector('[part="markers"]')!.textContent).to.contain('Not sent');
    const events: string[] = [];
    h.el.addEventListener('cx-before-send', (e) => events.push(`before:${e.message.clientId}`));
    h.el.addEventListener('cx-after-send', (e) => events.push(`after:${e.message.clientId}`));
    retryButton(h, 'thread-retry-1')!.click();
    retryButton(h, 'thread-retry-1')?.click(); // a second click while the first is on its way joins it
    await until(() => h.el.messages.find((m) => m.clientId === 'thread-retry-1')?.delivery !== 'failed' && events.length === 2, 'the retry was confirmed');
    expect(events).to.deep.equal(['before:thread-retry-1', 'after:thread-retry-1']);
    expect(await stored(h, 'thread-retry-1')).to.have.length(1);
    expect(h.el.messages.filter((m) => m.clientId === 'thread-retry-1')).to.have.length(1);
    await until(() => !retryButton(h, 'thread-retry-1'), 'no retry once sent');
  });

  it('a Retry that fails again is reported as cx-adapter-error, and the reply stays "Not sent" with its Retry', async () => {
    const h = await mountThread(threadDataset({ count: 5 }));
    const reports: CxAdapterErrorEvent[] = [];
    const afterSends: unknown[] = [];
    h.el.addEventListener('cx-adapter-error', (e) => reports.push(e));
    h.el.addEventListener('cx-after-send', (e) => afterSends.push(e));
    h.demo.demo.failNext('conversations.send', 'error', 2); // the send, then the retry
    await (composerOf(h).sender as ReplySender).send(reply('thread-retry-3', 'On its way.')).catch(() => undefined);
    await until(() => retryButton(h, 'thread-retry-3'), 'the failed reply offers a retry');
    const sends = h.sends();
    retryButton(h, 'thread-retry-3')!.click();
    const report = await until(() => reports.find((e) => e.operation === 'conversations.send'), 'cx-adapter-error for the failed retry');
    expect(h.sends(), 'the retry asked the host').to.equal(sends + 1);
    expect([report.target, report.bubbles, report.composed]).to.deep.equal([h.el, true, true]);
    expect(report.error, 'the typed error').to.exist;
    expect(report.problem).to.be.a('string').and.not.equal('');
    await until(() => retryButton(h, 'thread-retry-3'), 'the retry is offered again');
    expect(articleWith(h, 'thread-retry-3')!.shadowRoot!.querySelector('[part="markers"]')!.textContent).to.contain('Not sent');
    expect(reports.filter((e) => e.operation === 'conversations.send'), 'one report per failure').to.have.length(1);
    expect(afterSends, 'no cx-after-send for a failed retry').to.have.length(0);
    expect(await stored(h, 'thread-retry-3')).to.have.length(0);
    // The next Retry goes through, once.
    retryButton(h, 'thread-retry-3')!.click();
    await until(() => afterSends.length === 1, 'the retry after it was confirmed');
    expect(await stored(h, 'thread-retry-3')).to.have.length(1);
    expect(reports.filter((e) => e.operation === 'conversations.send')).to.have.length(1);
  });

  it('does not resend when cx-before-send is cancelled', async () => {
    const h = await mountThread(threadDataset({ count: 5 }));
    h.demo.demo.failNext('conversations.send', 'error');
    await (composerOf(h).sender as ReplySender).send(reply('thread-retry-2', 'Hold on')).catch(() => undefined);
    await until(() => retryButton(h, 'thread-retry-2'), 'the failed reply offers a retry');
    let asked = 0;
    h.el.addEventListener('cx-before-send', (e) => {
      asked += 1;
      e.preventDefault();
    });
    const sends = h.sends();
    retryButton(h, 'thread-retry-2')!.click();
    // A retry asks the host in the click's own task, right after cx-before-send: none was asked.
    expect(asked, 'cx-before-send fired').to.equal(1);
    await h.el.updateComplete;
    expect(h.sends(), 'no send asked of the host').to.equal(sends);
    expect(await stored(h, 'thread-retry-2')).to.have.length(0);
    expect(h.el.messages.find((m) => m.clientId === 'thread-retry-2')!.delivery).to.equal('failed');
  });

  it('a retry from the thread finishes the composer’s draft: no second send from the composer', async () => {
    const h = await mountThread(threadDataset({ count: 5 }));
    const composer = composerOf(h);
    await composer.updateComplete;
    const area = composer.shadowRoot!.querySelector('textarea')!;
    area.value = 'Refund approved.';
    area.dispatchEvent(new Event('input'));
    await composer.updateComplete;
    h.demo.demo.failNext('conversations.send', 'error');
    await composer.send();
    const clientId = h.el.messages.find((m) => m.text === 'Refund approved.')!.clientId!;
    await until(() => retryButton(h, clientId), 'the thread offers a retry');
    expect(composer.shadowRoot!.querySelector('[part="send"]')!.textContent).to.contain('Retry');
    retryButton(h, clientId)!.click();
    await until(() => composer.shadowRoot!.querySelector('textarea')!.value === '', 'the composer let go of the sent draft');
    expect(composer.shadowRoot!.querySelector('[part="send"]')!.textContent).to.contain('Send');
    expect(localStorage.getItem(DRAFT_KEY_PREFIX + 'conv-t')).to.equal(null);
    expect(await stored(h, clientId)).to.have.length(1);
  });
});
