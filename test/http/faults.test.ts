/**
 * Faults over HTTP, each injected by a real reference server on loopback (a fresh one per test):
 * what the HTTP adapter does with it, and what `<cx-conversation-thread>` shows. Every exchange is
 * checked against openapi.yaml on the server's side (the faults that break it on purpose excepted).
 */
import { expect } from '@open-wc/testing';
import { createHttpAdapter, type HttpAdapter, type HttpAdapterOptions } from '../../src/adapters/http/index.js';
import type { CxComposer } from '../../src/components/composer/composer.js';
import type { OutgoingMessage } from '../../src/model/index.js';
import { until } from '../helpers/until.js';
import { control, injectHttpFault, mountThread, pickConversation, serverMessages, startServer, stopServer, threadError, threadRetry, type RunningServer } from './fixtures.js';

// The virtualizer's ResizeObserver reports a benign loop error that mocha would count as a failure.
window.addEventListener('error', (event) => String(event.message).includes('ResizeObserver loop') && event.stopImmediatePropagation(), true);

let server: RunningServer;
let conversationId: string;
let replyChannelId: string;
/** The requests the adapter made: method, path and when. */
let requests: { method: string; path: string; at: number }[];

async function connect(options: Partial<HttpAdapterOptions> = {}): Promise<HttpAdapter> {
  return createHttpAdapter({
    baseUrl: server.baseUrl,
    retry: { attempts: 3, baseDelayMs: 20, maxDelayMs: 50 },
    fetch: (input, init) => {
      const url = new URL(String(input));
      requests.push({ method: init?.method ?? 'GET', path: url.pathname.replace(/^\/api/, ''), at: performance.now() });
      return fetch(input, init);
    },
    ...options,
  });
}

const messagesPath = () => `/conversations/${conversationId}/messages`;
const loads = () => requests.filter((r) => r.method === 'GET' && r.path === messagesPath());

beforeEach(async () => {
  requests = [];
  server = await startServer();
  ({ conversation: { id: conversationId }, replyChannelId } = await pickConversation(server));
});
afterEach(async () => {
  const violations = await stopServer(server);
  expect(violations, violations.join('\n')).to.deep.equal([]);
});

describe('HTTP faults in the thread', () => {
  it('500 on every try: the thread shows the error with Retry, and Retry loads the conversation', async () => {
    await injectHttpFault(server, 'conversations.loadMessages', { kind: 'status', status: 500 }, 3);
    const thread = await mountThread(await connect(), conversationId);
    await until(() => threadRetry(thread), 'the error with Retry');
    expect(loads()).to.have.length(3); // retried twice, as a GET may be
    expect(threadError(thread)!.textContent).to.contain('HTTP 500');
    threadRetry(thread)!.click();
    const truth = await serverMessages(server, conversationId);
    await until(() => thread.messages.length === Math.min(50, truth.length) && !threadError(thread), 'the conversation after Retry');
    expect(thread.messages.map((m) => m.id)).to.deep.equal(truth.slice(-50).map((m) => m.id));
  });

  it('429 with Retry-After: waits as long as the server says, then loads without showing an error', async () => {
    await injectHttpFault(server, 'conversations.loadMessages', { kind: 'status', status: 429, retryAfter: '1' });
    const thread = await mountThread(await connect(), conversationId);
    await until(() => thread.messages.length > 0, 'the messages after the wait');
    const [first, second] = loads();
    expect(second!.at - first!.at).to.be.at.least(950);
    expect(threadError(thread)).to.equal(null);
  });

  it('503 with a Retry-After (an HTTP date) beyond what the adapter waits: fails at once, saying when to try again', async () => {
    const later = new Date(Date.now() + 120_000).toUTCString();
    await injectHttpFault(server, 'conversations.loadMessages', { kind: 'status', status: 503, retryAfter: later });
    const adapter = await connect();
    const error = (await adapter.conversations!.loadMessages(conversationId).catch((e: unknown) => e)) as { code: string; retryAfterMs?: number };
    expect(error.code).to.equal('retryable');
    expect(error.retryAfterMs).to.be.within(110_000, 121_000);
    expect(loads()).to.have.length(1);
    await injectHttpFault(server, 'conversations.loadMessages', { kind: 'status', status: 503, retryAfter: '90' });
    const thread = await mountThread(adapter, conversationId);
    await until(() => threadRetry(thread), 'the error with Retry');
    expect(threadError(thread)!.textContent).to.match(/Try again in 90 seconds|HTTP 503/);
  });

  it('a call that never answers times out, and the thread offers Retry', async () => {
    await injectHttpFault(server, 'conversations.getConversation', { kind: 'timeout' }, 2);
    const thread = await mountThread(await connect({ timeoutMs: 300, retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 20 } }), conversationId);
    await until(() => threadRetry(thread), 'the error with Retry');
    expect(threadError(thread)!.textContent).to.contain('timed out after 0.3 s');
    threadRetry(thread)!.click();
    await until(() => thread.messages.length > 0 && !threadError(thread), 'the conversation after Retry');
  });

  it('a slow answer within the timeout loads, without an error', async () => {
    await injectHttpFault(server, 'conversations.loadMessages', { kind: 'slow', ms: 600 });
    const thread = await mountThread(await connect({ timeoutMs: 3_000 }), conversationId);
    await until(() => thread.messages.length > 0, 'the messages');
    expect(loads()).to.have.length(1);
    expect(threadError(thread)).to.equal(null);
  });

  it('malformed JSON: an invalid-data error that shows what came, with Retry', async () => {
    await injectHttpFault(server, 'conversations.loadMessages', { kind: 'malformed-json' });
    const adapter = await connect();
    const error = (await adapter.conversations!.loadMessages(conversationId).catch((e: unknown) => e)) as { code: string; message: string };
    expect(error.code).to.equal('invalid-data');
    expect(error.message).to.contain('must be JSON, got the string "{\\"messages\\"');
    expect(loads()).to.have.length(1); // a body that is not JSON is not asked for again on its own
    await injectHttpFault(server, 'conversations.loadMessages', { kind: 'malformed-json' });
    const thread = await mountThread(adapter, conversationId);
    await until(() => threadRetry(thread), 'the error with Retry');
    threadRetry(thread)!.click();
    await until(() => thread.messages.length > 0 && !threadError(thread), 'the conversation after Retry');
  });

  it('valid JSON of the wrong shape: the error names the field', async () => {
    await injectHttpFault(server, 'conversations.getConversation', { kind: 'wrong-shape' });
    const adapter = await connect();
    const error = (await adapter.conversations!.getConversation(conversationId).catch((e: unknown) => e)) as { code: string; path: string; message: string };
    expect(error.code).to.equal('invalid-data');
    expect(error.path).to.equal('id');
    expect(error.message).to.contain('channels must be an array');
    await injectHttpFault(server, 'conversations.getConversation', { kind: 'wrong-shape' });
    const thread = await mountThread(adapter, conversationId);
    await until(() => threadRetry(thread), 'the error with Retry');
  });
});

describe('HTTP faults on writes', () => {
  const reply = (clientId: string, text: string): OutgoingMessage => ({ clientId, conversationId, channelId: replyChannelId, visibility: 'private', text });
  const withClientId = async (clientId: string) => (await serverMessages(server, conversationId)).filter((m) => m.clientId === clientId);

  it('a lost answer to a send: the adapter sends again with the same client id, and the server holds one message', async () => {
    await injectHttpFault(server, 'conversations.send', { kind: 'lost-response' });
    const thread = await mountThread(await connect(), conversationId);
    await until(() => thread.messages.length > 0, 'the thread');
    const composer = thread.shadowRoot!.querySelector('cx-composer') as CxComposer;
    const sent = await composer.sender!.send(reply('http-lost-1', 'Your engineer is booked for Tuesday.'));
    expect(requests.filter((r) => r.method === 'POST' && r.path === messagesPath())).to.have.length(2);
    expect((await withClientId('http-lost-1')).map((m) => m.id)).to.deep.equal([sent.id]);
    await until(() => thread.messages.some((m) => m.id === sent.id), 'the reply in the thread');
    expect(thread.messages.filter((m) => m.clientId === 'http-lost-1')).to.have.length(1);
  });

  it('every answer to a send lost: the live stream brings the message the server made; the thread shows it once, sent', async () => {
    await injectHttpFault(server, 'conversations.send', { kind: 'lost-response' }, 3);
    const thread = await mountThread(await connect(), conversationId);
    await until(() => thread.messages.length > 0, 'the thread');
    const composer = thread.shadowRoot!.querySelector('cx-composer') as CxComposer;
    const failure = await composer.sender!.send(reply('http-lost-2', 'We have refunded the charge.')).catch((e: unknown) => e);
    expect((failure as { code?: string }).code).to.equal('retryable');
    const stored = await withClientId('http-lost-2');
    expect(stored).to.have.length(1);
    await until(() => thread.messages.find((m) => m.clientId === 'http-lost-2')?.id === stored[0]!.id, 'the server’s message in place of the pending one');
    expect(thread.messages.filter((m) => m.clientId === 'http-lost-2').map((m) => m.delivery)).to.deep.equal([stored[0]!.delivery]);
  });

  it('a send refused on every try (503): "Not sent" with Retry, and Retry delivers it once', async () => {
    await injectHttpFault(server, 'conversations.send', { kind: 'status', status: 503 }, 3);
    const thread = await mountThread(await connect(), conversationId);
    await until(() => thread.messages.length > 0, 'the thread');
    const composer = thread.shadowRoot!.querySelector('cx-composer') as CxComposer;
    await composer.sender!.send(reply('http-503-1', 'We have refunded the charge.')).catch(() => undefined);
    const article = () => [...thread.shadowRoot!.querySelectorAll('cx-thread-message')].find((a) => a.message?.clientId === 'http-503-1');
    const retry = () => article()?.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]') ?? null;
    await until(() => retry(), 'the failed reply offers Retry');
    expect(await withClientId('http-503-1')).to.have.length(0);
    retry()!.click();
    await until(() => ['sent', 'delivered'].includes(thread.messages.find((m) => m.clientId === 'http-503-1')?.delivery ?? ''), 'the retried reply, sent');
    expect(await withClientId('http-503-1')).to.have.length(1);
    expect(thread.messages.filter((m) => m.clientId === 'http-503-1')).to.have.length(1);
  });

  it('a lost answer to a move to private: retried with the same client id, each step done once', async () => {
    await injectHttpFault(server, 'conversations.moveToPrivate', { kind: 'lost-response' });
    const adapter = await connect();
    const request = { clientId: 'http-move-1', conversationId, route: 'email' as const, privateMessage: 'Could you send us your account number here?' };
    const result = await adapter.conversations!.moveToPrivate!(request);
    expect(result.steps.every((s) => s.status !== 'failed'), JSON.stringify(result.steps)).to.equal(true);
    expect(requests.filter((r) => r.path.endsWith('/move-to-private'))).to.have.length(2);
    // E-mail continues in a private conversation of its own: the opening message is there once, the marker here once.
    expect(result.privateConversationId).to.be.a('string');
    const privateMessages = await serverMessages(server, result.privateConversationId!);
    expect(privateMessages.filter((m) => m.clientId === 'http-move-1:private')).to.have.length(1);
    const messages = await serverMessages(server, conversationId);
    expect(messages.filter((m) => m.event?.type === 'moved-to-private' && m.createdAt >= messages.at(-5)!.createdAt)).to.have.length(1);
  });

  it('a lost answer to a case: retried with one client id, one case', async () => {
    const { customer } = await pickConversation(server);
    await injectHttpFault(server, 'customers.createCase', { kind: 'lost-response' });
    const adapter = await connect();
    const before = (await adapter.customers!.getCustomer(customer.id)).openCases.length;
    const created = await adapter.customers!.createCase!({ customerId: customer.id, subject: 'Refund the roaming charge' });
    const after = await adapter.customers!.getCustomer(customer.id);
    expect(after.openCases.length).to.equal(before + 1);
    expect(after.openCases.at(-1)!.id).to.equal(created.id);
  });

  it('logging an activity is not repeated after a lost answer (it carries no client id)', async () => {
    const { customer } = await pickConversation(server);
    await injectHttpFault(server, 'customers.logActivity', { kind: 'lost-response' });
    const adapter = await connect();
    const error = (await adapter.customers!.logActivity!({ customerId: customer.id, type: 'note', summary: 'Called back', at: new Date().toISOString() }).catch((e: unknown) => e)) as { code: string };
    expect(error.code).to.equal('retryable');
    expect(requests.filter((r) => r.path.endsWith('/activities'))).to.have.length(1);
    expect(await control<Record<string, number>>(server, 'GET', '/calls')).to.have.property('customers.logActivity', 1);
  });
});
