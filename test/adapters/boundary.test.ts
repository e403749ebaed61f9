/**
 * The port boundary (`createAdapter`) on its own: messages that teach, every problem reported,
 * pages that degrade instead of failing, sliced validation of big pages, and input types.
 */
import { expect } from '@open-wc/testing';
import type { ConversationInput, CustomerInput, Message, MessageInput } from '../../src/model/index.js';
import { AbortedError, InvalidDataError, NotFoundError, RetryableError, composeAdapter, createAdapter, type Adapter } from '../../src/ports/index.js';
import { threadMessage } from '../fixtures/thread-dataset.js';

const conversationInput: ConversationInput = {
  id: 'c-1',
  channels: [{ id: 'x-public', kind: 'x', public: true }, { id: 'dm', kind: 'mastodon', public: false, name: 'Mastodon DM' }],
  status: 'open',
  createdAt: '2025-11-30T09:00:00Z',
  updatedAt: '2025-11-30T10:00:00.250+01:00',
};

const newestFirst = (count: number, conversationId = 'c-1'): Message[] => Array.from({ length: count }, (_, i) => threadMessage(count - 1 - i, {}, conversationId));

function pageAdapter(messages: unknown[], extra: Record<string, unknown> = {}): Adapter {
  return createAdapter({
    conversations: {
      getConversation: async () => conversationInput,
      loadMessages: async () => ({ messages, nextCursor: null, ...extra }) as never,
    },
  });
}

const failure = (promise: Promise<unknown>) => promise.then(
  () => {
    throw new Error('expected a failure');
  },
  (error: unknown) => error as Error,
);

describe('port boundary: validation that teaches', () => {
  it('says what was expected and what came, and names the message', async () => {
    const messages: unknown[] = newestFirst(5);
    messages[3] = { ...(messages[3] as Message), createdAt: 1732963200000 };
    const page = await pageAdapter(messages).conversations!.loadMessages('c-1');
    expect(page.rejected[0]!.path).to.equal('messages[3].createdAt');
    expect(`${page.rejected[0]!.path} ${page.rejected[0]!.problem}`).to.contain(
      'messages[3].createdAt must be an ISO 8601 date-time with a time zone, got the number 1732963200000',
    );
  });

  it('rejects a date-time without a time zone, and one that does not exist', async () => {
    for (const [createdAt, hint] of [
      ['2025-11-30 09:00:00', 'no time zone'],
      ['2025-11-30T09:00:00', 'no time zone'],
      ['2025-02-30T09:00:00Z', ''],
      ['yesterday', ''],
    ] as const) {
      const error = (await failure(createAdapter({ conversations: { ...pageAdapter([]).conversations!, getConversation: async () => ({ ...conversationInput, createdAt }) } }).conversations!.getConversation('c-1'))) as InvalidDataError;
      expect(error.path, createdAt).to.equal('createdAt');
      expect(error.problem).to.contain(`with a time zone, got the string "${createdAt}"`);
      expect(error.problem).to.contain(hint);
    }
    for (const ok of ['2024-02-29T00:00:00Z', '2025-11-30t09:00z', '2025-11-30T09:00:00.123456-0330']) {
      const conversation = await createAdapter({ conversations: { ...pageAdapter([]).conversations!, getConversation: async () => ({ ...conversationInput, createdAt: ok }) } }).conversations!.getConversation('c-1');
      expect(conversation.createdAt).to.equal(ok);
    }
  });

  it('reports up to 10 problems together, the first as path', async () => {
    const bad = { id: '', channels: 'x', status: 'on-fire', priority: 'asap', sla: {}, participants: 3, createdAt: 1, updatedAt: 2, tags: 'a', subject: 4, customerId: {}, lastReadMessageId: [] };
    const error = (await failure(createAdapter({ conversations: { ...pageAdapter([]).conversations!, getConversation: async () => bad as never } }).conversations!.getConversation('c-1'))) as InvalidDataError;
    expect(error).to.be.instanceOf(InvalidDataError);
    expect(error.issues).to.have.length(10);
    expect(error.path).to.equal('id');
    expect(error.issues.map((i) => i.path)).to.deep.equal(['id', 'customerId', 'subject', 'channels', 'status', 'priority', 'sla', 'participants', 'createdAt', 'updatedAt']);
    expect(error.issues[4]).to.deep.equal({ path: 'status', problem: 'must be one of "new", "open", "pending", "on-hold", "resolved", "closed", got the string "on-fire"', value: 'on-fire' });
    expect(error.message.split('\n')).to.have.length(11);
  });

  it('describes thrown values that are not errors, and maps HTTP-like statuses', async () => {
    const throwing = (value: unknown) => createAdapter({ conversations: { ...pageAdapter([]).conversations!, getConversation: async () => Promise.reject(value) } }).conversations!;
    const odd = await failure(throwing({ code: 'ECONNRESET' }).getConversation('c-1'));
    expect(odd.message).to.equal('conversations.getConversation failed: threw {"code":"ECONNRESET"}');
    const missing = (await failure(throwing({ status: 404 }).getConversation('c-9'))) as NotFoundError;
    expect(missing).to.be.instanceOf(NotFoundError);
    expect([missing.resource, missing.id]).to.deep.equal(['conversation', 'c-9']);
    expect(missing.message).to.equal('No conversation with id "c-9" was found (conversations.getConversation threw {"status":404}).');
    const busy = (await failure(throwing({ response: { status: 503, headers: { 'retry-after': '7' } } }).getConversation('c-1'))) as RetryableError;
    expect(busy).to.be.instanceOf(RetryableError);
    expect(busy.retryAfterMs).to.equal(7000);
  });
});

describe('port boundary: degrade, don’t blank', () => {
  it('keeps the valid messages of a page and describes each invalid one', async () => {
    const messages: unknown[] = newestFirst(50);
    const broken = { 4: { createdAt: 'soon' }, 20: { author: null }, 33: { id: '' } } as Record<number, object>;
    for (const [index, patch] of Object.entries(broken)) messages[Number(index)] = { ...(messages[Number(index)] as Message), ...patch };
    const page = await pageAdapter(messages).conversations!.loadMessages('c-1');
    expect(page.messages).to.have.length(47);
    expect(page.rejected.map((r) => [r.index, r.path])).to.deep.equal([
      [4, 'messages[4].createdAt'],
      [20, 'messages[20].author'],
      [33, 'messages[33].id'],
    ]);
    const original = messages[4] as Message;
    expect(page.rejected[0]).to.include({ id: original.id, problem: 'must be an ISO 8601 date-time with a time zone, got the string "soon"' });
    expect(page.rejected[0]!.createdAt).to.equal(undefined);
    expect(page.rejected[1]!.createdAt).to.equal((messages[20] as Message).createdAt);
    expect(page.rejected[2]!.id).to.equal(undefined);
    expect(page.rejected[2]!.value).to.equal(messages[33]);
    expect(page.warnings).to.deep.equal([]);
  });

  it('keeps what a composed adapter rejected: ports that are validated already are not validated twice', async () => {
    const messages: unknown[] = newestFirst(3);
    messages[1] = { ...(messages[1] as Message), visibility: 'secret' };
    const composed = composeAdapter({ name: 'crm' }, pageAdapter(messages));
    const page = await composed.conversations!.loadMessages('c-1');
    expect(page.rejected.map((r) => r.path)).to.deep.equal(['messages[1].visibility']);
  });

  it('reports an invalid live message through onError with its id, and a watch that throws as a typed error', async () => {
    const good = threadMessage(1, {}, 'c-1');
    const errors: Error[] = [];
    const events: unknown[] = [];
    const adapter = createAdapter({
      conversations: {
        ...pageAdapter([]).conversations!,
        watch: (_id, listener) => {
          listener({ type: 'message-added', message: { ...good, id: 'live-1', delivery: 'teleported' } as never });
          listener({ type: 'message-added', message: good });
          return 'not a function' as never;
        },
      },
    });
    const stop = adapter.conversations!.watch!('c-1', (event) => events.push(event), { onError: (error) => errors.push(error) });
    await Promise.resolve();
    expect(events).to.have.length(1);
    const invalid = errors[0] as InvalidDataError;
    expect([invalid.path, invalid.rejected?.id, invalid.operation]).to.deep.equal(['event.message.delivery', 'live-1', 'conversations.watch']);
    expect(errors[1]!.message).to.contain('must return a function that ends the subscription (or nothing), got the string "not a function"');
    stop();

    const throwing = createAdapter({
      conversations: {
        ...pageAdapter([]).conversations!,
        watch: () => {
          throw new TypeError('socket closed');
        },
      },
    });
    const late: Error[] = [];
    const unsubscribe = throwing.conversations!.watch!('c-1', () => {}, { onError: (error) => late.push(error) });
    expect(() => unsubscribe()).not.to.throw();
    await Promise.resolve();
    expect(late[0]!.message).to.equal('conversations.watch failed: socket closed');
  });
});

describe('port boundary: listeners', () => {
  it('never lets a listener that throws throw into the host’s dispatch: the error is reported as uncaught, outside it', async () => {
    let emit: (event: unknown) => void = () => {};
    const adapter = createAdapter({
      conversations: {
        ...pageAdapter([]).conversations!,
        watch: (_id, listener) => {
          emit = listener as (event: unknown) => void;
          return () => {};
        },
      },
    });
    const reported: unknown[] = [];
    const original = globalThis.reportError;
    globalThis.reportError = (error: unknown) => reported.push(error);
    try {
      const stop = adapter.conversations!.watch!('c-1', () => {
        throw new Error('a component bug');
      });
      expect(() => emit({ type: 'message-added', message: threadMessage(1, {}, 'c-1') })).not.to.throw();
      expect((reported[0] as Error).message).to.equal('a component bug');
      stop();
    } finally {
      globalThis.reportError = original;
    }
  });
});

describe('port boundary: large pages in slices', () => {
  it('names the index of a malformed message deep inside a 100 000-message page', async () => {
    const messages: unknown[] = newestFirst(100_000);
    messages[87_654] = { ...(messages[87_654] as Message), author: { id: 'a', role: 'wizard', displayName: 'Merlin' } };
    const page = await pageAdapter(messages).conversations!.loadMessages('c-1');
    expect(page.messages).to.have.length(99_999);
    expect(page.rejected.map((r) => [r.index, r.path, r.problem])).to.deep.equal([
      [87_654, 'messages[87654].author.role', 'must be one of "customer", "agent", "community-advocate", "bot", "system", "moderator", got the string "wizard"'],
    ]);
  });

  it('yields between slices, so the call’s signal cancels it mid-way', async () => {
    const messages = newestFirst(100_000);
    const controller = new AbortController();
    const adapter = createAdapter({
      conversations: {
        getConversation: async () => conversationInput,
        loadMessages: async () => {
          // Runs only if validation, which starts right after this answer, gives the browser a turn.
          setTimeout(() => controller.abort(), 0);
          return { messages, nextCursor: null };
        },
      },
    });
    const error = await failure(adapter.conversations!.loadMessages('c-1', { signal: controller.signal }));
    expect(error).to.be.instanceOf(AbortedError);
  });

  it('puts a page that came oldest first in order, and says so', async () => {
    const page = await pageAdapter(newestFirst(4).reverse()).conversations!.loadMessages('c-1');
    expect(page.messages.map((m) => m.id)).to.deep.equal(newestFirst(4).map((m) => m.id));
    expect(page.warnings[0]!.problem).to.contain('must be newest first, got them oldest first');
  });
});

describe('port boundary: input types', () => {
  it('fills what the boundary defaults: channel capabilities and names, priority, sla, participants, message fields', async () => {
    const input: MessageInput = { id: 7, conversationId: 'c-1', channelId: 'dm', visibility: 'private', author: { id: 1, role: 'customer', displayName: 'Dana' }, createdAt: '2025-11-30T09:00:00Z' };
    const adapter = pageAdapter([input]);
    const conversation = await adapter.conversations!.getConversation('c-1');
    expect(conversation).to.include({ priority: 'normal' });
    expect([conversation.sla, conversation.participants]).to.deep.equal([[], []]);
    expect(conversation.channels.map((c) => [c.id, c.kind, c.name, c.capabilities.canReply])).to.deep.equal([
      ['x-public', 'x', 'x-public', true],
      ['dm', 'other', 'Mastodon DM', false],
    ]);
    expect(conversation.channels[0]!.capabilities.maxLength).to.equal(280);
    const [message] = (await adapter.conversations!.loadMessages('c-1')).messages;
    expect(message).to.deep.equal({ ...input, id: '7', author: { id: '1', role: 'customer', displayName: 'Dana' }, text: '', attachments: [], delivery: 'sent' });
  });

  it('takes a customer without value, consent or lists, and never invents a tier', async () => {
    const input: CustomerInput = { id: 'cu-1', record: { system: 'crm', type: 'Contact', id: 42 }, name: 'Dana Kim', consent: { email: true } };
    const adapter = createAdapter({ customers: { getCustomer: async () => input } });
    const customer = await adapter.customers!.getCustomer('cu-1');
    expect(customer.value).to.deep.equal({});
    expect(customer.consent).to.deep.equal({ email: true, sms: false, phone: false, marketing: false });
    expect([customer.identities, customer.openCases, customer.orders, customer.offers, customer.notes]).to.deep.equal([[], [], [], [], []]);
  });

  it('checks a move result against its request, and fills the channel id from the channel', async () => {
    const request = { clientId: 'move-1', conversationId: 'c-1', route: 'dm' as const };
    const adapter = createAdapter({
      conversations: {
        ...pageAdapter([]).conversations!,
        moveToPrivate: async () => ({ clientId: 'move-1', steps: [{ step: 'private-channel', status: 'done' }], channel: { id: 'x-dm', kind: 'x', public: false }, privateConversationId: 99 }),
      },
    });
    const result = await adapter.conversations!.moveToPrivate!(request);
    expect([result.channelId, result.channel?.capabilities.canTakePrivate, result.privateConversationId]).to.deep.equal(['x-dm', true, '99']);
  });
});
