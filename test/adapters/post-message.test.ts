import { expect } from '@open-wc/testing';
import { createDemoAdapter, type DemoAdapter } from '../../src/adapters/demo/index.js';
import { exposeAdapter, type BridgeRejection, type ConnectedAdapter, type ExposedAdapter } from '../../src/adapters/post-message/index.js';
import { PROTOCOL } from '../../src/adapters/post-message/protocol.js';
import { toPlainData } from '../../src/adapters/post-message/wire.js';
import type { ConversationEvent, InteractionEvent } from '../../src/model/index.js';
import { createAdapter, InvalidDataError, type Adapter, type ConversationSourceInput, type PortSource } from '../../src/ports/index.js';
import { until } from '../helpers/until.js';

type FrameApi = NonNullable<Window['bridgeFrame']>;

const origin = location.origin;
let frames: HTMLIFrameElement[] = [];
let exposed: ExposedAdapter | undefined;
let connected: ConnectedAdapter | undefined;
let demo: DemoAdapter;

async function openFrame(): Promise<{ element: HTMLIFrameElement; api: FrameApi }> {
  const element = document.createElement('iframe');
  element.src = '/test/fixtures/bridge-frame.html';
  document.body.append(element);
  frames.push(element);
  const api = await until(() => element.contentWindow?.bridgeFrame, 'the bridge test frame to load');
  return { element, api };
}

/** A host page exposing `ports` to a fresh frame, and the frame's connected adapter. */
async function bridge(ports: Adapter | PortSource, options: { maxInFlight?: number; timeoutMs?: number } = {}) {
  const frame = await openFrame();
  const hostRejections: BridgeRejection[] = [];
  const widgetRejections: BridgeRejection[] = [];
  exposed = exposeAdapter(ports, {
    target: frame.element.contentWindow!,
    allowedOrigins: [origin],
    onRejected: (r) => hostRejections.push(r),
    ...(options.maxInFlight ? { maxInFlight: options.maxInFlight } : {}),
  });
  connected = await frame.api.connect({ allowedOrigins: [origin], onRejected: (r) => widgetRejections.push(r), timeoutMs: options.timeoutMs ?? 5_000 });
  return { frame, adapter: connected, hostRejections, widgetRejections };
}

/** A conversation source whose calls wait until their signal aborts, recording it. */
function hanging() {
  const seen = { calls: 0, aborted: 0 };
  const wait = (_id: string, { signal }: { signal: AbortSignal }) => {
    seen.calls += 1;
    return new Promise<never>((_, reject) => signal.addEventListener('abort', () => {
      seen.aborted += 1;
      reject(signal.reason);
    }));
  };
  const port: ConversationSourceInput = { getConversation: wait, loadMessages: wait };
  return { port, seen };
}

beforeEach(() => {
  demo = createDemoAdapter({ seed: 3, latency: 0, now: () => new Date() });
});

afterEach(() => {
  connected?.close();
  exposed?.close();
  connected = undefined;
  exposed = undefined;
  demo.demo.stopLive();
  for (const frame of frames) frame.remove();
  frames = [];
});

describe('postMessage bridge: round trip', () => {
  it('gives the widget an adapter with the capabilities the host exposed, and its data', async () => {
    const { adapter } = await bridge(demo);
    const conversation = demo.demo.listConversations()[0]!;
    expect(adapter.version).to.equal(1);
    expect(adapter.name).to.equal(demo.name);
    for (const capability of ['conversations.send', 'customers.get', 'interactions.subscribe', 'sentiment.analyze'] as const) {
      expect(adapter.has(capability), capability).to.equal(demo.has(capability));
    }
    expect(await adapter.conversations!.getConversation(conversation.id)).to.deep.equal(await demo.conversations!.getConversation(conversation.id));
    const page = await adapter.conversations!.loadMessages(conversation.id, { limit: 3 });
    const direct = await demo.conversations!.loadMessages(conversation.id, { limit: 3 });
    expect(page.messages.map((m) => m.id)).to.deep.equal(direct.messages.map((m) => m.id));
    expect(page.nextCursor).to.equal(direct.nextCursor);
  });

  it('exposes only what the host offers: a record host alone has no conversations across the frame', async () => {
    const { adapter } = await bridge({ name: 'crm', customers: demo.customers! });
    expect(adapter.has('customers.get')).to.equal(true);
    expect(adapter.has('conversations.load')).to.equal(false);
    expect(adapter.conversations).to.equal(undefined);
    const customer = demo.demo.listCustomers()[0]!;
    expect((await adapter.customers!.getCustomer(customer.id)).name).to.equal(customer.name);
  });

  it('sends through the host, once per client id', async () => {
    const { adapter } = await bridge(demo);
    const conversation = demo.demo.listConversations().find((c) => c.channels.some((ch) => !ch.public && ch.capabilities.canReply))!;
    const channel = conversation.channels.find((ch) => !ch.public && ch.capabilities.canReply)!;
    const out = { clientId: 'bridge-1', conversationId: conversation.id, channelId: channel.id, visibility: 'private' as const, text: 'Across the frame' };
    const [a, b] = await Promise.all([adapter.conversations!.send!(out), adapter.conversations!.send!(out)]);
    expect(b.id).to.equal(a.id);
    const hostPage = await demo.conversations!.loadMessages(conversation.id, { limit: 5 });
    expect(hostPage.messages.filter((m) => m.clientId === 'bridge-1').map((m) => m.text)).to.deep.equal(['Across the frame']);
  });

  it('keeps a host page’s rejected messages when the page crosses the frame', async () => {
    const conversation = demo.demo.listConversations()[0]!;
    const real = await demo.conversations!.loadMessages(conversation.id, { limit: 3 });
    const junk = { ...real.messages[1]!, createdAt: 1732963200000 };
    const { adapter } = await bridge({
      name: 'junk',
      conversations: { getConversation: (id: string, o: { signal: AbortSignal }) => demo.conversations!.getConversation(id, o), loadMessages: async () => ({ messages: [real.messages[0]!, junk, real.messages[2]!], nextCursor: null }) as never },
    });
    const page = await adapter.conversations!.loadMessages(conversation.id);
    expect(page.messages.map((m) => m.id)).to.deep.equal([real.messages[0]!.id, real.messages[2]!.id]);
    expect(page.rejected.map((r) => [r.index, r.id, r.path])).to.deep.equal([[1, junk.id, 'messages[1].createdAt']]);
  });
});

describe('postMessage bridge: errors keep their types', () => {
  it('NotFoundError, RetryableError with retryAfterMs, RejectedError with status, InvalidDataError with path', async () => {
    const conversation = demo.demo.listConversations()[0]!;
    const fail = (thrown: unknown) => async () => {
      throw thrown;
    };
    const { frame, adapter } = await bridge({
      name: 'failing',
      conversations: { getConversation: (id: string, o: { signal: AbortSignal }) => demo.conversations!.getConversation(id, o), loadMessages: fail({ status: 429, headers: { 'Retry-After': '3' } }) },
      customers: {
        getCustomer: fail({ statusCode: 403 }),
        findCandidates: async () => [{ customer: { id: 'c', record: { system: 'crm', type: 'contact', id: 'c' }, name: 'Dana' }, confidence: 2, reason: 'same name' }],
      },
    });
    const { errors } = frame.api;
    const missing = await adapter.conversations!.getConversation('no-such').catch((e: unknown) => e);
    expect(missing).to.be.instanceOf(errors.NotFoundError);
    expect(missing).to.include({ code: 'not-found', resource: 'conversation', id: 'no-such', retryable: false });
    const busy = await adapter.conversations!.loadMessages(conversation.id).catch((e: unknown) => e);
    expect(busy).to.be.instanceOf(errors.RetryableError);
    expect(busy).to.include({ code: 'retryable', retryAfterMs: 3000, retryable: true });
    const refused = await adapter.customers!.getCustomer('x').catch((e: unknown) => e);
    expect(refused).to.be.instanceOf(errors.RejectedError);
    expect(refused).to.include({ status: 403, retryable: false });
    const invalid = (await adapter.customers!.findCandidates!({ channel: 'x', handle: '@d' }).catch((e: unknown) => e)) as InstanceType<FrameApi['errors']['InvalidDataError']>;
    expect(invalid).to.be.instanceOf(errors.InvalidDataError);
    expect(invalid).to.include({ path: '[0].confidence', operation: 'customers.findCandidates' });
    expect(invalid.issues[0]!.value).to.equal(2);
    expect(invalid.message).to.contain('[0].confidence');
  });

  it('a subscription’s errors cross typed: an invalid live event is reported through onError, the watch goes on', async () => {
    let push: ((event: unknown) => void) | undefined;
    const { frame, adapter } = await bridge({
      name: 'live',
      conversations: { getConversation: (id: string, o: { signal: AbortSignal }) => demo.conversations!.getConversation(id, o), loadMessages: (id: string, o: { signal: AbortSignal }) => demo.conversations!.loadMessages(id, o), watch: (_id: string, listener: (event: never) => void) => void (push = listener as never) },
    });
    const events: ConversationEvent[] = [];
    const errors: Error[] = [];
    const stop = adapter.conversations!.watch!('c1', (e) => events.push(e), { onError: (e) => errors.push(e) });
    await until(() => push, 'the host watch to be subscribed');
    push!({ type: 'status', conversationId: 'c1', status: 'lost' });
    push!({ type: 'status', conversationId: 'c1', status: 'pending' });
    await until(() => events.length === 1 && errors.length === 1, 'one event and one error');
    expect(errors[0]).to.be.instanceOf(frame.api.errors.InvalidDataError);
    expect((errors[0] as InvalidDataError).path).to.equal('event.status');
    expect(events[0]).to.deep.equal({ type: 'status', conversationId: 'c1', status: 'pending' });
    stop();
  });
});

describe('postMessage bridge: cancelling and timing out', () => {
  it('forwards an abort across the frame: the host call’s signal aborts', async () => {
    const { port, seen } = hanging();
    const { frame, adapter } = await bridge({ name: 'slow', conversations: port });
    const controller = new AbortController();
    const call = adapter.conversations!.getConversation('c1', { signal: controller.signal }).catch((e: unknown) => e);
    await until(() => seen.calls === 1, 'the call to reach the host');
    controller.abort();
    expect(await call).to.be.instanceOf(frame.api.errors.AbortedError);
    await until(() => seen.aborted === 1, 'the host call to be aborted');
  });

  it('times out a call the host never answers, as retryable, and aborts it on the host', async () => {
    const { port, seen } = hanging();
    const { frame, adapter } = await bridge({ name: 'silent', conversations: port }, { timeoutMs: 300 });
    const error = (await adapter.conversations!.getConversation('c1').catch((e: unknown) => e)) as Error;
    expect(error).to.be.instanceOf(frame.api.errors.AdapterError);
    expect(error).to.include({ code: 'retryable' });
    expect(error.message).to.match(/timed out/);
    await until(() => seen.aborted === 1, 'the timed-out call to be aborted on the host');
  });

  it('refuses calls beyond maxInFlight as retryable, and answers the rest', async () => {
    const { port, seen } = hanging();
    const { adapter, hostRejections } = await bridge({ name: 'busy', conversations: port }, { maxInFlight: 4 });
    const controller = new AbortController();
    const calls = Array.from({ length: 10 }, (_, i) => adapter.conversations!.getConversation(`c${i}`, { signal: controller.signal }).catch((e: unknown) => e));
    const early = await Promise.all(calls.slice(4));
    expect((early as Error[]).every((e) => (e as { code?: string }).code === 'retryable' && (e as { retryAfterMs?: number }).retryAfterMs === 1000)).to.equal(true);
    expect(seen.calls).to.equal(4);
    expect(hostRejections.filter((r) => r.reason === 'busy')).to.have.length(6);
    controller.abort();
  });

  it('fails the handshake with a retryable error when no host page answers', async () => {
    const frame = await openFrame();
    const error = await frame.api.connect({ allowedOrigins: [origin], handshakeTimeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(frame.api.errors.RetryableError);
    expect((error as Error).message).to.contain('did not answer');
  });
});

describe('postMessage bridge: subscriptions', () => {
  it('delivers live messages and interactions, and ends the host subscription on unsubscribe', async () => {
    const { adapter } = await bridge(demo);
    const conversation = demo.demo.listConversations()[0]!;
    const events: InteractionEvent[] = [];
    const controller = new AbortController();
    adapter.interactions!.subscribe((e) => events.push(e), { signal: controller.signal });
    // The host answering a later call is the signal that the subscribe went through before it.
    await adapter.conversations!.getConversation(conversation.id);
    const id = await demo.demo.offer(conversation.id);
    await until(() => events.some((e) => e.type === 'offered' && e.interaction.id === id), 'the offered interaction in the widget');
    controller.abort();
    await adapter.conversations!.getConversation(conversation.id); // the unsubscribe is handled before this answer
    const before = events.length;
    const watcher: InteractionEvent[] = [];
    const stop = adapter.interactions!.subscribe((e) => watcher.push(e));
    await adapter.conversations!.getConversation(conversation.id);
    const second = await demo.demo.offer(demo.demo.listConversations()[1]!.id);
    await until(() => watcher.some((e) => e.interaction.id === second), 'a second subscriber to get the next offer');
    expect(events.length).to.equal(before);
    stop();
  });
});

describe('postMessage bridge: security', () => {
  it('refuses "*" and non-origins in allowedOrigins on both sides', async () => {
    const frame = await openFrame();
    expect(() => exposeAdapter(demo, { target: frame.element.contentWindow!, allowedOrigins: ['*'] })).to.throw(TypeError, /may not contain "\*"/);
    expect(() => exposeAdapter(demo, { target: frame.element.contentWindow!, allowedOrigins: [] })).to.throw(TypeError);
    expect(() => exposeAdapter(demo, { target: frame.element.contentWindow!, allowedOrigins: [`${origin}/path`] })).to.throw(TypeError, /is not an origin/);
    expect(() => frame.api.connect({ allowedOrigins: ['*'] })).to.throw(/may not contain "\*"/); // a TypeError of the frame's realm
  });

  it('drops and reports messages from a foreign origin, another window and of the wrong shape; none reaches the adapter', async () => {
    let calls = 0;
    const counted: PortSource = {
      name: 'counted',
      conversations: {
        getConversation: (id, o) => ((calls += 1), demo.conversations!.getConversation(id, o)),
        loadMessages: (id, o) => demo.conversations!.loadMessages(id, o),
      },
    };
    const { frame, adapter, hostRejections } = await bridge(counted);
    const conversation = demo.demo.listConversations()[0]!;
    const other = await openFrame();
    const forged = { protocol: PROTOCOL, v: 1, ch: 'aaaaaaaaaaaaaaaa', type: 'call', id: 1, op: 'conversations.getConversation', args: [conversation.id] };
    // A foreign origin: the browser sets `origin`, so a page can only meet it in an event it did not send; dispatch one.
    window.dispatchEvent(new MessageEvent('message', { data: forged, origin: 'https://evil.example', source: frame.element.contentWindow }));
    // Another window of an allowed origin.
    other.api.post({ ...forged, type: 'hello', versions: [1] }, origin);
    other.api.post(forged, origin);
    // The right window, the wrong shapes.
    frame.api.post('<img src=x onerror=alert(1)>', origin);
    frame.api.post({ protocol: PROTOCOL, v: 1, ch: 'aaaaaaaaaaaaaaaa', type: 'call', id: -1, op: 'x', args: [] }, origin);
    frame.api.post({ ...forged, type: 'teleport' }, origin);
    frame.api.post(forged, origin); // a channel that never said hello
    frame.api.post({ ...forged, ch: 'bbbbbbbbbbbbbbbb', type: 'hello', versions: [99] }, origin);
    // A real call after them all: once it is answered, every message before it was handled.
    await adapter.conversations!.getConversation(conversation.id);
    expect(calls).to.equal(1);
    expect(hostRejections.map((r) => r.reason)).to.deep.equal(['origin', 'source', 'source', 'shape', 'shape', 'shape', 'channel', 'version']);
    expect(hostRejections[0]!.origin).to.equal('https://evil.example');
    expect(hostRejections[3]!.detail).to.contain('not a Screenpop bridge message');
    expect(frame.api.received.some((m) => (m as { type?: string }).type === 'refuse')).to.equal(true);
  });

  it('refuses bad arguments and operations that were not exposed, with typed errors to the caller', async () => {
    const { frame, adapter, hostRejections } = await bridge({ name: 'crm', customers: demo.customers! });
    const channel = (frame.api.received.find((m) => (m as { type?: string }).type === 'welcome') as { ch: string }).ch;
    frame.api.post({ protocol: PROTOCOL, v: 1, ch: channel, type: 'call', id: 900, op: 'customers.getCustomer', args: [{ toString: 'x' }] }, origin);
    frame.api.post({ protocol: PROTOCOL, v: 1, ch: channel, type: 'call', id: 901, op: 'conversations.getConversation', args: ['c1'] }, origin);
    frame.api.post({ protocol: PROTOCOL, v: 1, ch: channel, type: 'call', id: 902, op: '__proto__', args: [] }, origin);
    await until(() => [900, 901, 902].every((id) => frame.api.received.some((m) => (m as { id?: number }).id === id)), 'answers to the three calls');
    const answer = (id: number) => (frame.api.received.find((m) => (m as { id?: number }).id === id) as { ok: boolean; error: { code: string; name: string; message: string } });
    expect(answer(900)).to.deep.include({ ok: false });
    expect(answer(900).error).to.include({ code: 'rejected', name: 'RejectedError' });
    expect(answer(900).error.message).to.contain('args[0] must be a non-empty string');
    expect(answer(901).error).to.include({ code: 'capability-missing' });
    expect(answer(902).error).to.include({ code: 'rejected' });
    expect(hostRejections.map((r) => r.reason)).to.deep.equal(['arguments', 'operation', 'operation']);
    const customer = demo.demo.listCustomers()[0]!;
    expect((await adapter.customers!.getCustomer(customer.id)).id).to.equal(customer.id);
  });

  it('the widget drops what does not come from its host page, reports it, and acts on none of it', async () => {
    const { frame, adapter, widgetRejections } = await bridge(demo);
    const win = frame.element.contentWindow!;
    const conversation = demo.demo.listConversations()[0]!;
    const channel = (frame.api.received.find((m) => (m as { type?: string }).type === 'welcome') as { ch: string }).ch;
    const pending = adapter.conversations!.getConversation(conversation.id);
    // Forged answers to call 1..3 from a foreign origin and of the wrong shape: none may settle the call.
    for (let id = 1; id < 4; id += 1) {
      win.dispatchEvent(new MessageEvent('message', { data: { protocol: PROTOCOL, v: 1, ch: channel, type: 'result', id, ok: true, value: { id: 'forged' } }, origin: 'https://evil.example', source: window }));
    }
    win.postMessage({ protocol: PROTOCOL, v: 1, ch: channel, type: 'result', id: 1, ok: 'yes' }, origin);
    expect((await pending).id).to.equal(conversation.id);
    await until(() => widgetRejections.length === 4, 'four rejections in the widget');
    expect(widgetRejections.map((r) => r.reason)).to.deep.equal(['origin', 'origin', 'origin', 'shape']);
  });

  it('reports a flood without flooding the reporter: the first 20 a second, the rest counted', async () => {
    const { frame, adapter, hostRejections } = await bridge(demo);
    const other = await openFrame();
    for (let i = 0; i < 2_000; i += 1) other.api.post({ protocol: PROTOCOL, v: 1, ch: 'floodfloodflood1', type: 'call', id: i + 1, op: 'conversations.send', args: [] }, origin);
    const conversation = demo.demo.listConversations()[0]!;
    expect((await adapter.conversations!.getConversation(conversation.id)).id).to.equal(conversation.id);
    exposed!.close(); // flushes what is still counted
    const total = hostRejections.reduce((sum, r) => sum + (r.suppressed ?? 1), 0);
    expect(hostRejections.filter((r) => !r.suppressed)).to.have.length.at.most(40);
    expect(total).to.equal(2_000);
    expect(frame.api.received.filter((m) => (m as { type?: string }).type === 'result')).to.have.length(1);
  });
});

describe('postMessage bridge: nothing but data', () => {
  it('copies data and describes everything else', () => {
    class Secret {
      token = 'x';
    }
    const looped: Record<string, unknown> = { a: 1 };
    looped.self = looped;
    expect(toPlainData({ s: 'a', n: 1, b: true, z: null, u: undefined, f: () => 1, nan: NaN, list: [1, undefined, 'x'], instance: new Secret(), node: document.body, looped })).to.deep.equal({
      s: 'a',
      n: 1,
      b: true,
      z: null,
      f: '[a function]',
      nan: null,
      list: [1, null, 'x'],
      instance: '[Secret]',
      node: '[HTMLBodyElement]',
      looped: { a: 1, self: '[circular]' },
    });
  });

  it('answers with data only even when the host adapter returns a function inside an error value', async () => {
    const thrower = createAdapter({ name: 'odd', customers: { getCustomer: async () => ({ id: 'c', record: { system: 'x', type: 'y', id: 'c' }, name: 7, hook: () => 'pwned' }) as never } });
    const { adapter } = await bridge(thrower);
    const error = (await adapter.customers!.getCustomer('c').catch((e: unknown) => e)) as InvalidDataError;
    expect(error.path).to.equal('name');
    expect(JSON.stringify(error.value)).to.contain('"hook":"[a function]"');
  });
});
