import { expect } from '@open-wc/testing';
import { createConnectStreamsBridge, createConnectWorkspaceBridge } from '../../../src/adapters/hosts/amazon-connect/index.js';
import type { InteractionEvent } from '../../../src/model/index.js';
import { createAdapter, InvalidDataError, RetryableError } from '../../../src/ports/index.js';
import { describeAdapterContract, type ContractFixture } from '../../../src/testing/index.js';
import { until } from '../../helpers/until.js';
import { FakeChatSession, FakeContactClient, FakeStreams } from './fake-connect.js';

function streamsDesk() {
  const streams = new FakeStreams();
  const bridge = createConnectStreamsBridge({ connect: streams });
  const adapter = createAdapter(bridge, { timeoutMs: 2_000 });
  const events: InteractionEvent[] = [];
  const errors: Error[] = [];
  const controller = new AbortController();
  adapter.interactions!.subscribe((e) => events.push(e), { signal: controller.signal, onError: (e) => errors.push(e) });
  return { streams, bridge, adapter, events, errors, stop: () => controller.abort() };
}

function chatWithTranscript() {
  const chat = new FakeChatSession();
  chat.push(chat.item('SYSTEM', '', { Type: 'EVENT', ContentType: 'application/vnd.amazonaws.connect.event.participant.joined', DisplayName: 'Dana K' }));
  chat.push(chat.item('CUSTOMER', 'Hi, my router keeps dropping'));
  chat.push(chat.item('CUSTOM_BOT', 'Have you tried restarting it?'));
  chat.push(chat.item('CUSTOMER', 'Yes, twice'));
  chat.push(chat.item('CUSTOMER', '', { Type: 'TYPING', ContentType: 'application/vnd.amazonaws.connect.event.typing' }));
  chat.push(chat.item('AGENT', 'Sorry to hear that — let me look'));
  chat.push(chat.item('CUSTOMER', 'Thanks'));
  chat.push(chat.item('CUSTOMER', 'It is the white one'));
  return chat;
}

describe('Amazon Connect (Streams): contacts as interactions', () => {
  it('maps connecting, accepted and ended onto offered, accepted and ended, with the contact’s attributes', async () => {
    const desk = streamsDesk();
    const contact = desk.streams.add({ id: 'ct-1', type: 'voice', phoneNumber: '+442079460018', queue: 'Billing', queuedAt: new Date('2025-11-30T09:15:00Z'), attributes: { customerId: '003XYZ', reason: 'bill' } });
    contact.fire('connecting');
    contact.fire('accepted');
    contact.fire('connected'); // the same state again: not a second event
    contact.fire('ended');
    contact.fire('destroy');
    await until(() => desk.events.length === 3, 'three interaction events');
    expect(desk.events.map((e) => e.type)).to.deep.equal(['offered', 'accepted', 'ended']);
    expect(desk.events[0]!.interaction).to.deep.equal({
      id: 'ct-1',
      channel: 'voice',
      direction: 'inbound',
      customerAddress: '+442079460018',
      customerId: '003XYZ',
      queue: 'Billing',
      attributes: { customerId: '003XYZ', reason: 'bill' },
      receivedAt: '2025-11-30T09:15:00.000Z',
      state: 'offered',
    });
    expect(desk.errors).to.deep.equal([]);
    desk.stop();
  });

  it('maps chat contacts to chat (SMS by subtype) with the contact as the conversation, and answers current()', async () => {
    const desk = streamsDesk();
    desk.streams.add({ id: 'ct-chat', type: 'chat', attributes: { customerAddress: 'Dana K' } }).fire('connecting');
    desk.streams.add({ id: 'ct-sms', type: 'chat', subtype: 'connect:SMS', phoneNumber: '+15550100' }).fire('accepted');
    await until(() => desk.events.length === 2, 'two events');
    expect(desk.events.map((e) => [e.interaction.channel, e.interaction.conversationId, e.interaction.customerAddress])).to.deep.equal([
      ['chat', 'ct-chat', 'Dana K'],
      ['sms', 'ct-sms', '+15550100'],
    ]);
    expect((await desk.adapter.interactions!.current!())!.id).to.equal('ct-sms');
    desk.stop();
  });

  it('drops unknown contact types and events out of order with a report, and nothing throws into Streams', async () => {
    const desk = streamsDesk();
    desk.streams.add({ id: 'task-1', type: 'task' }).fire('connecting');
    const late = desk.streams.add({ id: 'ct-2', type: 'voice' });
    late.fire('ended');
    late.fire('accepted');
    const broken = desk.streams.add({ id: 'ct-3', type: 'voice' });
    broken.getAttributes = () => {
      throw new TypeError('Cannot read properties of undefined (reading "attributes")');
    };
    expect(() => broken.fire('connecting')).not.to.throw();
    await until(() => desk.errors.length === 3, 'three reports');
    expect(desk.events.map((e) => [e.type, e.interaction.id])).to.deep.equal([['ended', 'ct-2']]);
    expect(desk.errors[0]).to.be.instanceOf(InvalidDataError);
    expect((desk.errors[0] as InvalidDataError).path).to.equal('contact.type');
    expect(desk.errors[0]!.message).to.contain('"task"');
    expect((desk.errors[1] as InvalidDataError).path).to.equal('event.type');
    expect(desk.errors[1]!.message).to.contain('"accepted" arrived after "ended"');
    expect(desk.errors[2]!.message).to.contain('Cannot read properties');
    desk.stop();
  });
});

describe('Amazon Connect (Streams): chat as a conversation', () => {
  it('reads the transcript newest first, page by page, messages with their roles; typing is no message', async () => {
    const desk = streamsDesk();
    desk.streams.add({ id: 'chat-1', type: 'chat', chat: chatWithTranscript() }).fire('accepted');
    const conversation = await desk.adapter.conversations!.getConversation('chat-1');
    expect(conversation.channels.map((c) => [c.id, c.kind, c.public])).to.deep.equal([['chat', 'chat', false]]);
    const first = await desk.adapter.conversations!.loadMessages('chat-1', { limit: 3 });
    expect(first.messages.map((m) => [m.text, m.author.role])).to.deep.equal([
      ['It is the white one', 'customer'],
      ['Thanks', 'customer'],
      ['Sorry to hear that — let me look', 'agent'],
    ]);
    const second = await desk.adapter.conversations!.loadMessages('chat-1', { cursor: first.nextCursor, limit: 3 });
    expect(second.messages.map((m) => [m.text, m.author.role])).to.deep.equal([
      ['Yes, twice', 'customer'],
      ['Have you tried restarting it?', 'bot'],
    ]);
    const last = await desk.adapter.conversations!.loadMessages('chat-1', { cursor: second.nextCursor, limit: 3 });
    expect(last.messages.map((m) => [m.author.role, m.visibility, m.event?.type])).to.deep.equal([
      ['customer', 'private', undefined],
      ['system', 'internal', 'other'],
    ]);
    expect(last.nextCursor).to.equal(null);
    desk.stop();
  });

  it('keeps a transcript item without a time out of the page, reported in rejected', async () => {
    const chat = chatWithTranscript();
    chat.push(chat.item('CUSTOMER', 'no time', { AbsoluteTime: undefined }));
    const desk = streamsDesk();
    desk.streams.add({ id: 'chat-2', type: 'chat', chat }).fire('accepted');
    const page = await desk.adapter.conversations!.loadMessages('chat-2', { limit: 3 });
    expect(page.rejected.map((r) => [r.index, r.path])).to.deep.equal([[0, 'messages[0].createdAt']]);
    expect(page.messages).to.have.length(2);
    desk.stop();
  });

  it('watches live messages and sends the agent’s reply as plain text', async () => {
    const chat = chatWithTranscript();
    const desk = streamsDesk();
    desk.streams.add({ id: 'chat-3', type: 'chat', chat }).fire('accepted');
    const live: string[] = [];
    const stop = desk.adapter.conversations!.watch!('chat-3', (e) => e.type === 'message-added' && live.push(e.message.text));
    await desk.adapter.conversations!.getConversation('chat-3');
    await until(() => (chat.push(chat.item('CUSTOMER', 'Are you there?')), live.includes('Are you there?')), 'the live message');
    const sent = await desk.adapter.conversations!.send!({ clientId: 'r-1', conversationId: 'chat-3', channelId: 'chat', visibility: 'private', text: 'Yes — checking your line now' });
    expect(chat.sent).to.deep.equal([{ contentType: 'text/plain', message: 'Yes — checking your line now' }]);
    expect(sent).to.include({ clientId: 'r-1', text: 'Yes — checking your line now', conversationId: 'chat-3' });
    expect(sent.author.role).to.equal('agent');
    stop();
    desk.stop();
  });

  it('answers an unknown conversation with not-found, a failing transcript with a retryable error', async () => {
    const chat = chatWithTranscript();
    const desk = streamsDesk();
    desk.streams.add({ id: 'chat-4', type: 'chat', chat }).fire('accepted');
    expect(await desk.adapter.conversations!.getConversation('voice-9').catch((e: Error) => e.name)).to.equal('NotFoundError');
    chat.failNext = 'error';
    const error = await desk.adapter.conversations!.loadMessages('chat-4').catch((e: unknown) => e);
    expect(error).to.include({ code: 'retryable' });
    desk.stop();
  });
});

describe('Amazon Connect (agent workspace SDK): contacts as interactions', () => {
  function workspace(lookupMs = 2_000) {
    const client = new FakeContactClient();
    const bridge = createConnectWorkspaceBridge({ contact: client, lookupMs });
    const adapter = createAdapter(bridge);
    const events: InteractionEvent[] = [];
    const errors: Error[] = [];
    adapter.interactions!.subscribe((e) => events.push(e), { onError: (e) => errors.push(e) });
    return { client, bridge, adapter, events, errors };
  }
  const voice = { contactId: 'ws-1', initialContactId: undefined, type: 'voice', subtype: 'connect:Telephony' };

  it('maps lifecycle events with the attributes, queue and time it looks up', async () => {
    const w = workspace();
    w.client.attributes.set('ws-1', { customerId: '003ABC', customerAddress: '+442079460018', tier: 'gold' });
    await w.client.fire('connecting', voice);
    await w.client.fire('connected', voice);
    await w.client.fire('cleared', voice);
    await w.client.fire('destroyed', voice);
    expect(w.events.map((e) => e.type)).to.deep.equal(['offered', 'accepted', 'ended']);
    expect(w.events[0]!.interaction).to.deep.include({ id: 'ws-1', channel: 'voice', customerId: '003ABC', customerAddress: '+442079460018', queue: 'Support', receivedAt: '2025-11-30T09:00:00.000Z' });
    expect(w.bridge.provides).to.deep.equal(['interactions.subscribe']);
  });

  it('shows a contact whose look-up never answers, without it, and reports the look-up', async () => {
    const w = workspace(200);
    w.client.getQueueCall = () => new Promise(() => undefined);
    w.client.getAttributesCall = async () => {
      throw new Error('SDK: not connected');
    };
    await w.client.fire('connecting', { ...voice, contactId: 'ws-2' });
    expect(w.events.map((e) => [e.type, e.interaction.queue, e.interaction.attributes])).to.deep.equal([['offered', undefined, {}]]);
    expect(w.errors.map((e) => e.constructor.name).sort()).to.deep.equal(['AdapterError', 'RetryableError']);
    expect(w.errors.find((e) => e instanceof RetryableError)!.message).to.contain('getQueue');
  });

  it('keeps one contact’s events in the order they came although their look-ups answer out of order, and drops late ones', async () => {
    const w = workspace();
    let release: (() => void) | undefined;
    w.client.getAttributesCall = () => new Promise((resolve) => (release = () => resolve({})));
    const first = w.client.fire('connecting', { ...voice, contactId: 'ws-3' });
    const second = w.client.fire('connected', { ...voice, contactId: 'ws-3' });
    await until(() => release, 'the attribute look-up');
    release!();
    await Promise.all([first, second]);
    await w.client.fire('connecting', { ...voice, contactId: 'ws-3' }); // late: dropped with a report
    await w.client.fire('connecting', { ...voice, contactId: 'task-1', type: 'task', subtype: 'connect:Task' });
    expect(w.events.map((e) => e.type)).to.deep.equal(['offered', 'accepted']);
    expect(w.errors.map((e) => (e as InvalidDataError).path)).to.deep.equal(['event.type', 'event.type']);
    expect(w.errors[0]!.message).to.contain('"offered" arrived after "accepted"');
    expect(w.errors[1]!.message).to.contain('"task"');
  });

  it('detaches from the SDK on dispose', () => {
    const w = workspace();
    expect(w.client.handlerCount()).to.equal(6);
    w.bridge.dispose();
    expect(w.client.handlerCount()).to.equal(0);
  });
});

// The shared contract, on the Streams bridge's ports (interactions and chat conversations).
describeAdapterContract('Amazon Connect (Streams, fake)', (): ContractFixture => {
  const streams = new FakeStreams();
  const chat = chatWithTranscript();
  const bridge = createConnectStreamsBridge({ connect: streams });
  streams.add({ id: 'chat-contract', type: 'chat', chat }).fire('accepted');
  let offered = 0;
  return {
    adapter: createAdapter(bridge, { timeoutMs: 1_000 }),
    conversationId: 'chat-contract',
    replyChannelId: 'chat',
    waitMs: 5_000,
    // The customer writes once the agent's chat session is live.
    triggerLiveMessage: async () => {
      await until(() => chat.listening, 'the bridge to listen on the chat session');
      chat.push(chat.item('CUSTOMER', 'Live from the customer'));
    },
    offerInteraction: () => {
      const id = `offer-${(offered += 1)}`;
      streams.add({ id, type: 'voice', phoneNumber: '+15550199' }).fire('connecting');
      return id;
    },
    injectFault: (operation, fault) => {
      if (operation === 'conversations.loadMessages' && fault === 'error') chat.failNext = 'error';
    },
    // getConversation reads the contact Streams already holds: it cannot hang or answer junk; and
    // ChatJS sendMessage has no idempotency key, so a lost answer cannot be told from a lost message.
    skip: ['failures/timeout', 'failures/junk', 'failures/lost-response'],
    dispose: () => bridge.dispose(),
  };
});

// And on the agent-workspace bridge's one port (interactions).
describeAdapterContract('Amazon Connect (agent workspace SDK, fake)', (): ContractFixture => {
  const client = new FakeContactClient();
  const bridge = createConnectWorkspaceBridge({ contact: client });
  let offered = 0;
  return {
    adapter: createAdapter(bridge),
    conversationId: 'no-conversations-here',
    offerInteraction: async () => {
      const contactId = `ws-offer-${(offered += 1)}`;
      await client.fire('connecting', { contactId, initialContactId: undefined, type: 'voice', subtype: 'connect:Telephony' });
      return contactId;
    },
    dispose: () => bridge.dispose(),
  };
});
