import { expect } from '@open-wc/testing';
import { createDemoAdapter } from '../../src/adapters/demo/index.js';
import { RetryableError } from '../../src/ports/index.js';
import { Outbox } from '../../src/thread/outbox.js';
import { ThreadStore } from '../../src/thread/thread-store.js';

function setup() {
  const adapter = createDemoAdapter({ latency: 0, now: () => new Date() });
  const conversation = adapter.demo.listConversations().find((c) => c.channels.some((ch) => !ch.public && ch.capabilities.canReply))!;
  const channel = conversation.channels.find((ch) => !ch.public && ch.capabilities.canReply)!;
  const store = new ThreadStore();
  let changes = 0;
  const outbox = new Outbox(() => adapter, store, () => (changes += 1));
  const reply = (clientId: string, text = 'Thanks — looking into it now.') => ({ clientId, conversationId: conversation.id, channelId: channel.id, visibility: 'private' as const, text });
  const delivered = async (clientId: string) => (await adapter.conversations!.loadMessages(conversation.id, { limit: 1000 })).messages.filter((m) => m.clientId === clientId);
  return { adapter, store, outbox, reply, delivered, changes: () => changes };
}

describe('Outbox', () => {
  it('shows a reply as pending at once, then as sent', async () => {
    const { store, outbox, reply, changes } = setup();
    const sending = outbox.send(reply('o1'));
    expect(store.byClientId('o1')!.delivery).to.equal('pending');
    const sent = await sending;
    expect(store.byClientId('o1')!.id).to.equal(sent.id);
    expect(store.byClientId('o1')!.delivery).to.equal('sent');
    expect(changes()).to.be.at.least(2);
  });

  it('keeps a failed reply with its text and delivers it exactly once on retry', async () => {
    const { adapter, store, outbox, reply, delivered } = setup();
    adapter.demo.failNext('conversations.send', 'error');
    const error = await outbox.send(reply('o2', 'Can you DM us your order number?')).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(RetryableError);
    expect(store.byClientId('o2')).to.include({ delivery: 'failed', text: 'Can you DM us your order number?' });
    expect(outbox.failed().map((m) => m.clientId)).to.deep.equal(['o2']);
    await outbox.retry('o2');
    expect((await delivered('o2')).length).to.equal(1);
    expect(store.messages.filter((m) => m.clientId === 'o2')).to.have.length(1);
  });

  it('delivers exactly once when the host did send but the answer was lost', async () => {
    const { adapter, outbox, reply, delivered } = setup();
    adapter.demo.failNext('conversations.send', 'lost-response');
    await outbox.send(reply('o3')).catch(() => undefined);
    await outbox.retry('o3');
    await outbox.retry('o3').catch(() => undefined);
    expect((await delivered('o3')).length).to.equal(1);
  });

  it('refuses clearly when the host cannot send', async () => {
    const outbox = new Outbox(() => undefined);
    const error = (await outbox.send({ clientId: 'x', conversationId: 'c', channelId: 'ch', visibility: 'private', text: 'hi' }).catch((e: unknown) => e)) as Error;
    expect(error.name).to.equal('CapabilityMissingError');
  });
});
