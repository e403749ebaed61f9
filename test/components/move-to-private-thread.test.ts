// The thread after a move: the "moved to private" marker links to the private conversation, and the public one says it continues privately.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cx-conversation-thread.js';
import '../../src/define/cx-thread-message.js';
import type { CxConversationThread } from '../../src/components/conversation-thread/conversation-thread.js';
import type { CxMoveToPrivate } from '../../src/components/move-to-private/move-to-private.js';
import type { CxThreadMessage } from '../../src/components/thread-message/thread-message.js';
import { channel, type Message } from '../../src/model/index.js';
import { nextEvent } from '../helpers/events.js';
import { until } from '../helpers/until.js';
import { $, confirmButton, HOUR, openMove, scene } from './move-harness.js';

const marker = (details: Record<string, string>): Message => ({
  id: 'event-1',
  conversationId: 'conv-public',
  channelId: 'x-public',
  visibility: 'internal',
  author: { id: 'system', role: 'system', displayName: 'System' },
  text: 'Sam moved the conversation to E-mail',
  createdAt: new Date().toISOString(),
  attachments: [],
  delivery: 'sent',
  event: { type: 'moved-to-private', details },
});

async function messageElement(message: Message): Promise<CxThreadMessage> {
  return fixture<CxThreadMessage>(html`<cx-thread-message .message=${message}></cx-thread-message>`);
}

describe('"moved to private" in the thread', () => {
  it('the marker links to the private conversation by cx-conversation-open, and back from it', async () => {
    let el = await messageElement(marker({ route: 'email', privateConversationId: 'conv-private', channelKind: 'email', channelName: 'E-mail' }));
    const link = $<HTMLButtonElement>(el, '[part~="continuation"]')!;
    expect(link.textContent).to.equal('Open the private conversation');
    const open = nextEvent(el, 'cx-conversation-open');
    link.click();
    const event = await open;
    expect(event).to.include({ conversationId: 'conv-private', channel: 'email', bubbles: true, composed: true });
    await expect(el).to.be.accessible();

    el = await messageElement({ ...marker({ route: 'email', publicConversationId: 'conv-public' }), conversationId: 'conv-private' });
    expect($(el, '[part~="continuation"]')!.textContent).to.equal('Open the public conversation');

    el = await messageElement(marker({ from: 'x-public', to: 'x-dm', by: 'Sam' }));
    expect($(el, '[part~="continuation"]'), 'the same conversation goes on: nothing to open').to.equal(null);
  });

  it('after a move the thread shows the marker live, with its link, and says the conversation continues privately', async () => {
    const s = scene([channel('x-public', 'x', true, 'X (public reply)')], [['x-public', 'customer', HOUR]]);
    const page = await fixture<HTMLDivElement>(html`<div>
      <cx-move-to-private .adapter=${s.demo} conversation-id=${s.conversation.id}></cx-move-to-private>
      <cx-conversation-thread .adapter=${s.demo} conversation-id=${s.conversation.id} style="height: 32rem"></cx-conversation-thread>
    </div>`);
    const move = page.querySelector<CxMoveToPrivate>('cx-move-to-private')!;
    const thread = page.querySelector<CxConversationThread>('cx-conversation-thread')!;
    await until(() => thread.messages.length === 1, 'the thread loaded');
    expect($(thread, '[part~="continuation"]'), 'not moved yet').to.equal(null);
    await openMove(move);
    $<HTMLInputElement>(move, '#route-email')!.click();
    await move.updateComplete;
    const moved = nextEvent(move, 'cx-moved-to-private');
    confirmButton(move).click();
    const id = (await moved).privateConversationId!;
    await until(() => $(thread, '[part~="continuation"]'), 'the notice above the feed');
    expect($(thread, '[part~="continuation"]')!.textContent).to.contain('This conversation continues privately on E-mail');
    const row = await until(
      () => [...thread.shadowRoot!.querySelectorAll<CxThreadMessage>('cx-thread-message')].find((m) => m.message?.event?.type === 'moved-to-private'),
      'the marker in the feed',
    );
    await row.updateComplete;
    const open = nextEvent(thread, 'cx-conversation-open');
    $<HTMLButtonElement>(row, '[part~="continuation"]')!.click();
    expect((await open).conversationId).to.equal(id);
    const fromNotice = nextEvent(thread, 'cx-conversation-open');
    $<HTMLButtonElement>(thread, '[part~="continuation"] button')!.click();
    expect((await fromNotice).conversationId).to.equal(id);
  });
});
