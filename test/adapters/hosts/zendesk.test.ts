import { expect } from '@open-wc/testing';
import { createZendeskBridge } from '../../../src/adapters/hosts/zendesk/index.js';
import type { ConversationEvent } from '../../../src/model/index.js';
import { createAdapter, InvalidDataError } from '../../../src/ports/index.js';
import { describeAdapterContract, type ContractFixture } from '../../../src/testing/index.js';
import { until } from '../../helpers/until.js';
import { seededZendesk } from './fake-zendesk.js';

function desk() {
  const zd = seededZendesk();
  const bridge = createZendeskBridge({ client: zd });
  return { zd, bridge, adapter: createAdapter(bridge, { timeoutMs: 2_000 }) };
}

describe('Zendesk: the requester as the customer', () => {
  it('maps the user, their identities and their open tickets', async () => {
    const { adapter, bridge } = desk();
    expect(await bridge.currentTicket()).to.deep.equal({ conversationId: '1001', customerId: '501' });
    const customer = await adapter.customers!.getCustomer('501');
    expect(customer).to.deep.include({ id: '501', name: 'Dana Kowalski', email: 'dana@example.com', phone: '+442079460018', avatarUrl: 'https://acme.zendesk.com/photos/501.png', locale: 'en-GB' });
    expect(customer.record).to.deep.equal({ system: 'zendesk', type: 'user', id: '501', url: 'https://acme.zendesk.com/agent/users/501' });
    expect(customer.identities.map((i) => [i.channel, i.handle, i.verified, i.evidence.method])).to.deep.equal([
      ['email', 'dana@example.com', true, 'verified-login'],
      ['x', '@dana_k', false, 'customer-stated'],
      ['voice', '+442079460018', false, 'matched-phone'],
    ]);
    expect(customer.openCases.map((c) => [c.id, c.status, c.priority])).to.deep.equal([
      ['1001', 'open', 'high'],
      ['1003', 'pending', 'normal'],
    ]);
    expect(customer.value.since).to.equal('2021-03-01T10:00:00.000Z');
  });

  it('answers an unknown or malformed user id with not-found, and finds candidates best first', async () => {
    const { adapter } = desk();
    expect(await adapter.customers!.getCustomer('999').catch((e: Error) => e.name)).to.equal('NotFoundError');
    expect(await adapter.customers!.getCustomer('../admin').catch((e: Error) => e.name)).to.equal('NotFoundError');
    const candidates = await adapter.customers!.findCandidates!({ channel: 'email', handle: 'dana@example.com' });
    expect(candidates.map((c) => [c.customer.id, c.confidence])).to.deep.equal([['501', 0.9]]);
  });

  it('opens records with routeTo, creates tickets as cases, and logs activities as internal notes', async () => {
    const { adapter, zd } = desk();
    await adapter.customers!.openRecord!({ system: 'zendesk', type: 'user', id: '501' });
    await adapter.customers!.openRecord!({ system: 'zendesk', type: 'ticket', id: '1001' });
    expect(zd.invoked).to.deep.equal([
      ['routeTo', 'user', '501'],
      ['routeTo', 'ticket', '1001'],
    ]);
    const created = await adapter.customers!.createCase!({ customerId: '501', subject: 'Engineer visit', priority: 'urgent' });
    expect(created).to.deep.include({ subject: 'Engineer visit', status: 'new', priority: 'urgent' });
    await adapter.customers!.logActivity!({ customerId: '501', conversationId: '1001', type: 'move-to-private', summary: 'Moved to DM', at: '2025-11-30T10:00:00Z' });
    const note = zd.comments.get(1001)!.at(-1)!;
    expect([note.body, note.public]).to.deep.equal(['move-to-private: Moved to DM', false]);
    const refused = await adapter.customers!.logActivity!({ customerId: '501', type: 'note', summary: 'x', at: '2025-11-30T10:00:00Z' }).catch((e: unknown) => e);
    expect(refused).to.include({ code: 'rejected', status: 422 });
  });
});

describe('Zendesk: tickets as conversations', () => {
  it('maps the ticket and its comments: public replies and internal notes with the right visibility', async () => {
    const { adapter } = desk();
    const conversation = await adapter.conversations!.getConversation('1001');
    expect(conversation).to.deep.include({ id: '1001', customerId: '501', subject: 'Router drops every evening', status: 'open', priority: 'high', assigneeId: '7' });
    expect(conversation.channels.map((c) => [c.id, c.kind, c.public])).to.deep.equal([
      ['reply', 'x', true],
      ['note', 'note', false],
    ]);
    const page = await adapter.conversations!.loadMessages('1001', { limit: 3 });
    expect(page.messages.map((m) => [m.text, m.channelId, m.visibility, m.author.role, m.author.displayName])).to.deep.equal([
      ['Engineer booked', 'note', 'internal', 'agent', 'Priya Agent'],
      ['Still dropping', 'reply', 'public', 'customer', 'Dana Kowalski'],
      ['Line test shows noise at the cabinet', 'note', 'internal', 'agent', 'Priya Agent'],
    ]);
    expect(page.messages[1]!.attachments).to.deep.equal([{ id: '77', type: 'image/jpeg', url: 'https://acme.zendesk.com/attachments/77/lights.jpg', name: 'lights.jpg', sizeBytes: 2048 }]);
    const rest = await adapter.conversations!.loadMessages('1001', { limit: 3, cursor: page.nextCursor });
    expect(rest.messages.map((m) => m.text)).to.deep.equal(['Sorry Dana — we are on it', '@acme my router drops every evening']);
    expect(rest.nextCursor).to.equal(null);
    // An email ticket's public comments are private: seen by the requester only.
    expect((await adapter.conversations!.getConversation('1003')).channels[0]).to.deep.include({ kind: 'email', public: false });
  });

  it('watches ticket events: comments by others arrive, status changes are reported, bad ones dropped with a report', async () => {
    const { adapter, zd } = desk();
    const events: ConversationEvent[] = [];
    const errors: Error[] = [];
    const controller = new AbortController();
    adapter.conversations!.watch!('1001', (e) => events.push(e), { signal: controller.signal, onError: (e) => errors.push(e) });
    await until(() => zd.handlerCount('ticket.updated') === 1, 'the watch to listen');
    zd.comment(1001, { author_id: 501, body: 'Is the engineer coming today?', plain_body: 'Is the engineer coming today?', public: true });
    zd.trigger('ticket.status.changed', 'pending');
    zd.trigger('ticket.status.changed', 'archived');
    const text = (e: ConversationEvent) => (e.type === 'message-added' ? e.message.text : '');
    await until(() => events.some((e) => text(e) === 'Is the engineer coming today?') && events.some((e) => e.type === 'status') && errors.length === 1, 'the new comment, a status and a report');
    const added = events.find((e) => text(e) === 'Is the engineer coming today?')!;
    expect(added.type === 'message-added' && [added.message.visibility, added.message.author.role]).to.deep.equal(['public', 'customer']);
    // Comments the thread already has may be told again (it shows each once); none is told twice by the watch.
    const ids = events.filter((e) => e.type === 'message-added').map((e) => (e.type === 'message-added' ? e.message.id : ''));
    expect(new Set(ids).size).to.equal(ids.length);
    expect(events.find((e) => e.type === 'status')).to.deep.equal({ type: 'status', conversationId: '1001', status: 'pending' });
    expect((errors[0] as InvalidDataError).path).to.equal('event.status');
    controller.abort();
    expect(zd.handlerCount('ticket.updated')).to.equal(0);
  });

  it('replies as a public comment and notes as an internal one, once per client id', async () => {
    const { adapter, zd } = desk();
    const reply = { clientId: 'z-1', conversationId: '1001', channelId: 'reply', visibility: 'public' as const, text: 'An engineer visits today' };
    const [a, b] = await Promise.all([adapter.conversations!.send!(reply), adapter.conversations!.send!(reply)]);
    expect(b.id).to.equal(a.id);
    await adapter.conversations!.send!({ clientId: 'z-2', conversationId: '1001', channelId: 'note', visibility: 'internal', text: 'Told her about the visit' });
    const puts = zd.requests.filter((r) => r.type === 'PUT').map((r) => JSON.parse(r.data!));
    expect(puts).to.deep.equal([{ ticket: { comment: { body: 'An engineer visits today', public: true } } }, { ticket: { comment: { body: 'Told her about the visit', public: false } } }]);
  });

  it('maps Zendesk errors: a 503 is retryable, an answer of the wrong shape names the field', async () => {
    const { adapter, zd } = desk();
    zd.failNext(/comments/, 'error');
    expect(await adapter.conversations!.loadMessages('1001').catch((e: unknown) => e)).to.include({ code: 'retryable' });
    zd.failNext(/tickets\/1001\.json/, 'junk');
    const junk = (await adapter.conversations!.getConversation('1001').catch((e: unknown) => e)) as InvalidDataError;
    expect(junk).to.be.instanceOf(InvalidDataError);
    expect(junk.issues.map((i) => i.path)).to.include.members(['status', 'createdAt']);
  });
});

// The shared contract, on both of the Zendesk bridge's ports.
describeAdapterContract('Zendesk (ZAF, fake)', (): ContractFixture => {
  const zd = seededZendesk();
  const bridge = createZendeskBridge({ client: zd });
  return {
    adapter: createAdapter(bridge, { timeoutMs: 500 }),
    conversationId: '1001',
    replyChannelId: 'reply',
    customerId: '501',
    identity: { channel: 'email', handle: 'dana@example.com' },
    waitMs: 5_000,
    triggerLiveMessage: () => void zd.comment(1001, { author_id: 501, body: 'Live', plain_body: 'Live', public: true }),
    injectFault: (operation, fault) => {
      if (fault === 'lost-response') return;
      zd.failNext(operation === 'conversations.loadMessages' ? /comments/ : /tickets\/1001\.json/, fault);
    },
    // A ticket update has no idempotency key in Zendesk: a lost answer cannot be told from a lost comment.
    skip: ['failures/lost-response'],
  };
});
