/**
 * Live events over Server-Sent Events from a real reference server: connections that drop in the
 * middle of an event, a server that restarts and replays, one that lost its log, auth on every
 * reconnect — and the thread equal to the server's messages after the stream was killed many times.
 */
import { expect } from '@open-wc/testing';
import { createHttpAdapter, type HttpAdapter, type HttpAdapterOptions } from '../../src/adapters/http/index.js';
import type { ConversationEvent } from '../../src/model/index.js';
import { until } from '../helpers/until.js';
import { control, injectHttpFault, mountThread, pickConversation, serverMessages, startServer, stopServer, type RunningServer } from './fixtures.js';

window.addEventListener('error', (event) => String(event.message).includes('ResizeObserver loop') && event.stopImmediatePropagation(), true);

let server: RunningServer;
let conversationId: string;
let stops: (() => void)[];

const eventsPath = () => `/conversations/${encodeURIComponent(conversationId)}/events`;
const connect = (options: Partial<HttpAdapterOptions> = {}) => createHttpAdapter({ baseUrl: server.baseUrl, retry: { attempts: 3, baseDelayMs: 20, maxDelayMs: 60 }, ...options });
const write = (count: number, text = 'Live') => control<{ ids: string[] }>(server, 'POST', '/write', { conversationId, count, text });

/** A watch that records what reaches the listener (after the adapter dropped repeats). */
async function watch(adapter: HttpAdapter) {
  const added: string[] = [];
  const all: ConversationEvent[] = [];
  stops.push(
    adapter.conversations!.watch!(conversationId, (event) => {
      all.push(event);
      if (event.type === 'message-added') added.push(event.message.id);
    }),
  );
  await adapter.streamOpen(eventsPath());
  return { added, all };
}

beforeEach(async () => {
  stops = [];
  server = await startServer({ token: 'secret-1' });
  ({ conversation: { id: conversationId } } = await pickConversation(server));
});
afterEach(async () => {
  for (const stop of stops) stop();
  const violations = await stopServer(server);
  expect(violations, violations.join('\n')).to.deep.equal([]);
});

const auth = { authorization: 'Bearer secret-1' };

describe('live events over HTTP', () => {
  it('the connection drops in the middle of an event: the watch resumes from Last-Event-ID, nothing lost or doubled', async () => {
    const adapter = await connect({ headers: auth });
    await injectHttpFault(server, 'conversations.watch', { kind: 'drop', afterEvents: 3 });
    await injectHttpFault(server, 'conversations.watch', { kind: 'drop', afterEvents: 0 });
    await injectHttpFault(server, 'conversations.watch', { kind: 'drop', afterEvents: 2 });
    const { added } = await watch(adapter);
    const { ids } = await write(12);
    await until(() => added.length >= 12, '12 messages through the dropped connections');
    expect(added).to.deep.equal(ids);
    expect(adapter.streamConnections(eventsPath())).to.equal(4);
  });

  it('a restart replays events the client has: each reaches the listener once', async () => {
    const adapter = await connect({ headers: auth });
    const { added } = await watch(adapter);
    const first = await write(5, 'Before');
    await until(() => added.length === 5, 'five messages');
    await control(server, 'POST', '/restart', { replay: 5 });
    const second = await write(5, 'After');
    await until(() => added.length >= 10, 'ten messages');
    await write(1, 'Last'); // a definite signal: everything before it has arrived
    await until(() => added.length >= 11, 'the last message');
    expect(added).to.deep.equal([...first.ids, ...second.ids, added[10]]);
    expect(adapter.streamConnections(eventsPath())).to.equal(2);
  });

  it('a server that lost its log sends reset: the adapter reloads the newest page, and the thread keeps the server’s messages', async () => {
    const requests: string[] = [];
    const adapter = await connect({
      headers: auth,
      fetch: (input, init) => (requests.push(String(input)), fetch(input, init)),
    });
    const thread = await mountThread(adapter, conversationId);
    await until(() => thread.messages.length > 0, 'the thread');
    await write(3, 'Before');
    await until(() => thread.messages.filter((m) => m.text.startsWith('Before')).length === 3, 'three live messages');
    const pages = () => requests.filter((url) => url.includes('/messages') && !url.includes('cursor=')).length;
    const before = pages();
    await control(server, 'POST', '/restart', { forget: true });
    await until(() => pages() > before, 'the newest page loaded again after reset');
    await write(2, 'After');
    const truth = await serverMessages(server, conversationId, auth);
    await until(() => thread.messages.filter((m) => m.text.startsWith('After')).length === 2, 'the messages after the reset');
    const ids = thread.messages.map((m) => m.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids).to.deep.equal(truth.slice(truth.length - ids.length).map((m) => m.id));
  });

  it('auth headers are asked for on every request and every stream reconnect; a wrong token is refused', async () => {
    let asked = 0;
    const adapter = await connect({ headers: async () => ((asked += 1), auth) });
    const { added } = await watch(adapter);
    const before = asked;
    await control(server, 'POST', '/drop-streams');
    await until(() => adapter.streamConnections(eventsPath()) === 2, 'the reconnect');
    const { ids } = await write(2);
    await until(() => added.length === 2, 'the messages after the reconnect');
    expect(added).to.deep.equal(ids);
    expect(asked).to.be.greaterThan(before);
    const refused = (await createHttpAdapter({ baseUrl: server.baseUrl, headers: { authorization: 'Bearer wrong' } }).catch((e: unknown) => e)) as { code: string; status: number; message: string };
    expect([refused.code, refused.status]).to.deep.equal(['rejected', 401]);
    expect(refused.message).to.contain('Authorization: Bearer');
  });

  it('the stream is killed mid-flow again and again: afterwards the thread equals the server’s messages', async () => {
    const KILLS = 8;
    const adapter = await connect({ headers: auth });
    const thread = await mountThread(adapter, conversationId);
    await until(() => thread.messages.length > 0, 'the thread');
    await control(server, 'POST', '/flood', { conversationId, count: 400, perSecond: 200 });
    await until(() => thread.messages.some((m) => m.text.startsWith('Flood')), 'the flood reaching the thread');
    for (let kill = 0; kill < KILLS; kill += 1) {
      // Kill the stream as soon as the server has it open again (each answer says how many it closed).
      while ((await control<{ dropped: number }>(server, 'POST', '/drop-streams')).dropped === 0);
      await until(() => thread.messages.filter((m) => m.text.startsWith('Flood')).length > kill * 40, `flood messages after kill ${kill + 1}`);
    }
    await until(() => thread.messages.filter((m) => m.text.startsWith('Flood')).length >= 400, 'the 400 flood messages in the thread');
    expect((await control<{ done: boolean }>(server, 'GET', '/flood')).done).to.equal(true);
    const truth = await serverMessages(server, conversationId, auth);
    await until(() => thread.messages.at(-1)?.id === truth.at(-1)!.id, 'the last message in the thread');
    const ids = thread.messages.map((m) => m.id);
    expect(new Set(ids).size, 'no message twice').to.equal(ids.length);
    expect(ids).to.deep.equal(truth.slice(truth.length - ids.length).map((m) => m.id));
    expect(ids.filter((id) => truth.some((m) => m.id === id && m.text.startsWith('Flood')))).to.have.length(400);
    await until(() => adapter.streamConnections(eventsPath()) >= KILLS + 1, 'a reconnect after every kill');
  });
});

describe('capabilities over HTTP', () => {
  it('a server that lists fewer capabilities: the adapter has only those ports and methods, so components hide the rest', async () => {
    await stopServer(server);
    server = await startServer({ capabilities: ['conversations.get', 'conversations.load', 'conversations.watch', 'conversations.send', 'customers.get'] });
    ({ conversation: { id: conversationId } } = await pickConversation(server));
    const adapter = await connect();
    expect(adapter.has('conversations.moveToPrivate')).to.equal(false);
    expect(adapter.conversations!.moveToPrivate).to.equal(undefined);
    expect(adapter.has('interactions.subscribe')).to.equal(false);
    expect(adapter.interactions).to.equal(undefined);
    expect(adapter.has('conversations.send')).to.equal(true);
    const full = await connect({ capabilities: ['conversations.get', 'conversations.load', 'conversations.moveToPrivate', 'teleport' as never] });
    expect([full.has('conversations.moveToPrivate'), full.capabilities]).to.deep.equal([true, ['conversations.get', 'conversations.load', 'conversations.moveToPrivate']]);
  });
});
