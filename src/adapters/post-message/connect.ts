/**
 * The widget frame's end of the bridge: `connectAdapter` says hello to the host page, and returns an
 * `Adapter` whose ports forward every call and subscription across the frame. What comes back is
 * validated again at this side's own port boundary: the widget trusts the host page's data no more
 * than the host page trusts its own adapter's.
 */
import { createAdapter, type PortSource } from '../../ports/adapter.js';
import { AbortedError, RejectedError, RetryableError } from '../../ports/errors.js';
import type { Adapter, Capability, HostWatchOptions } from '../../ports/ports.js';
import type { BridgeTarget, MessageSource } from './expose.js';
import { allowedOriginSet, RejectionReporter, summarize, type RejectionListener } from './guard.js';
import { readHostMessage, VERSIONS, wrap, type HostMessage, type WidgetMessage } from './protocol.js';
import { errorFromWire, toPlainData } from './wire.js';

export interface ConnectOptions {
  /** The host page's window: `window.parent` (or `window.opener`). Messages from any other window are dropped. */
  target: BridgeTarget;
  /** The host page's origins, exactly; never "*". */
  allowedOrigins: readonly string[];
  /** A call the host page has not answered by then fails as retryable. Default 15 000 ms. */
  timeoutMs?: number;
  /** How long to wait for the host page's answer to the hello. Default 10 000 ms. */
  handshakeTimeoutMs?: number;
  /** Told about every dropped message (rate-limited). */
  onRejected?: RejectionListener;
  /** The adapter's name; default the host adapter's name. */
  name?: string;
  /** Where to listen; default `window`. */
  listenTo?: MessageSource;
}

/** An adapter whose ports are the host page's, across the frame. */
export interface ConnectedAdapter extends Adapter {
  /** The protocol version the two sides agreed on. */
  readonly version: number;
  /** Says goodbye: the host page ends this widget's subscriptions and calls; calls made after fail. */
  close(): void;
}

type Welcome = Extract<HostMessage, { type: 'welcome' }>;

function channelName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** One widget's conversation with its host page. */
class Link {
  readonly channel = channelName();
  #origin: string | undefined;
  #nextId = 1;
  #closed = false;
  readonly #calls = new Map<number, { resolve(value: unknown): void; reject(error: Error): void; op: string }>();
  readonly #subscriptions = new Map<number, { listener(event: unknown): void; onError(error: unknown): void; op: string }>();
  #welcome?: { resolve(welcome: Welcome): void; reject(error: Error): void };

  constructor(
    readonly target: BridgeTarget,
    readonly allowed: ReadonlySet<string>,
    readonly reporter: RejectionReporter,
  ) {}

  readonly onMessage = (event: MessageEvent): void => {
    const reject = (reason: 'origin' | 'source' | 'shape' | 'channel' | 'answer', detail: string) => this.reporter.report({ reason, origin: event.origin, detail });
    try {
      if (!this.allowed.has(event.origin) || (this.#origin !== undefined && event.origin !== this.#origin)) return reject('origin', `a message from an origin not allowed: ${summarize(event.data)}`);
      if (event.source !== this.target) return reject('source', `a message from another window than the host page: ${summarize(event.data)}`);
      const read = readHostMessage(event.data);
      if (!read.ok) return reject('shape', `${read.problem}: ${summarize(event.data)}`);
      const message = read.message;
      if (message.ch !== this.channel) return reject('channel', `${message.type} on another channel`);
      switch (message.type) {
        case 'welcome':
          if (this.#origin === undefined) this.#origin = event.origin;
          return this.#welcome?.resolve(message);
        case 'refuse':
          return this.#welcome?.reject(new RejectedError(`The host page refused the bridge: it speaks protocol versions ${JSON.stringify(message.versions)}, this widget ${JSON.stringify(VERSIONS)}.`));
        case 'result': {
          const call = this.#calls.get(message.id);
          if (!call) return; // answered after an abort or a timeout
          this.#calls.delete(message.id);
          return message.ok ? call.resolve(message.value) : call.reject(errorFromWire(message.error, call.op));
        }
        case 'event':
          return this.#subscriptions.get(message.id)?.listener(message.event);
        case 'fault': {
          const subscription = this.#subscriptions.get(message.id);
          return subscription?.onError(errorFromWire(message.error, subscription.op));
        }
      }
    } catch (error) {
      reject('answer', `the bridge could not handle a message: ${error instanceof Error ? error.message : summarize(error)}`);
    }
  };

  #post(message: WidgetMessage): void {
    if (this.#origin) this.target.postMessage(wrap(this.channel, message), this.#origin);
    else for (const origin of this.allowed) this.target.postMessage(wrap(this.channel, message), origin);
  }

  /** Says hello until the host page answers (it may not be listening yet), or fails after `timeoutMs`. */
  handshake(timeoutMs: number): Promise<Welcome> {
    return new Promise<Welcome>((resolve, reject) => {
      const hello = () => this.#post({ type: 'hello', versions: [...VERSIONS] });
      const again = setInterval(hello, 250);
      const timer = setTimeout(() => done(new RetryableError(`The host page did not answer the bridge's hello within ${timeoutMs / 1000} s: is exposeAdapter running there, with this frame's origin allowed?`)), timeoutMs);
      const done = (result: Welcome | Error) => {
        clearInterval(again);
        clearTimeout(timer);
        this.#welcome = undefined;
        if (result instanceof Error) reject(result);
        else resolve(result);
      };
      this.#welcome = { resolve: done, reject: done };
      hello();
    });
  }

  call(op: string, args: unknown[], signal: AbortSignal): Promise<unknown> {
    if (this.#closed) return Promise.reject(new RetryableError(`${op} failed: the bridge to the host page is closed.`));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#calls.set(id, { resolve, reject, op });
      signal.addEventListener(
        'abort',
        () => {
          if (!this.#calls.delete(id)) return;
          this.#post({ type: 'abort', id });
          reject(new AbortedError(signal.reason));
        },
        { once: true },
      );
      this.#post({ type: 'call', id, op, args: toPlainData(args) as unknown[] });
    });
  }

  subscribe(op: string, args: unknown[], listener: (event: never) => void, options: HostWatchOptions): void {
    if (this.#closed) return options.onError(new RetryableError(`${op} failed: the bridge to the host page is closed.`));
    const id = this.#nextId++;
    this.#subscriptions.set(id, { listener: listener as (event: unknown) => void, onError: options.onError, op });
    options.signal.addEventListener(
      'abort',
      () => {
        if (this.#subscriptions.delete(id) && !this.#closed) this.#post({ type: 'unsubscribe', id });
      },
      { once: true },
    );
    this.#post({ type: 'subscribe', id, op, args: toPlainData(args) as unknown[] });
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#origin) this.#post({ type: 'bye' });
    for (const call of this.#calls.values()) call.reject(new RetryableError(`${call.op} failed: the bridge to the host page was closed.`));
    this.#calls.clear();
    this.#subscriptions.clear();
  }
}

/** The ports a host page exposed, as a `PortSource` whose methods post across the frame. */
function remotePorts(link: Link, capabilities: ReadonlySet<Capability>, name: string): PortSource {
  const has = (capability: Capability) => capabilities.has(capability);
  const call =
    (op: string) =>
    (...args: unknown[]) => {
      const { signal } = args.pop() as { signal: AbortSignal };
      return link.call(op, args, signal) as Promise<never>;
    };
  const ports: PortSource = { name };
  if (has('interactions.subscribe')) {
    ports.interactions = { subscribe: (listener, options) => link.subscribe('interactions.subscribe', [], listener, options) };
    if (has('interactions.current')) ports.interactions.current = call('interactions.current');
  }
  if (has('conversations.get') && has('conversations.load')) {
    const c: NonNullable<PortSource['conversations']> = {
      getConversation: call('conversations.getConversation'),
      loadMessages: (id, { cursor, limit, signal }) => link.call('conversations.loadMessages', [id, { cursor, limit }], signal) as Promise<never>,
    };
    if (has('conversations.watch')) c.watch = (id, listener, options) => link.subscribe('conversations.watch', [id], listener, options);
    if (has('conversations.send')) c.send = call('conversations.send');
    if (has('conversations.moveToPrivate')) c.moveToPrivate = call('conversations.moveToPrivate');
    if (has('conversations.setPresence')) c.setPresence = call('conversations.setPresence');
    if (has('conversations.setStatus')) c.setStatus = call('conversations.setStatus');
    ports.conversations = c;
  }
  if (has('customers.get')) {
    const u: NonNullable<PortSource['customers']> = { getCustomer: call('customers.getCustomer') };
    if (has('customers.findCandidates')) u.findCandidates = call('customers.findCandidates');
    if (has('customers.linkIdentity')) u.linkIdentity = call('customers.linkIdentity');
    if (has('customers.unlinkIdentity')) u.unlinkIdentity = call('customers.unlinkIdentity');
    if (has('customers.openRecord')) u.openRecord = call('customers.openRecord');
    if (has('customers.createCase')) u.createCase = call('customers.createCase');
    if (has('customers.logActivity')) u.logActivity = call('customers.logActivity');
    ports.customers = u;
  }
  if (has('sentiment.analyze')) {
    ports.sentiment = { analyze: (texts, { signal, language }) => link.call('sentiment.analyze', [texts, language === undefined ? {} : { language }], signal) as Promise<never> };
  }
  return ports;
}

/**
 * Connects a widget frame to the adapter its host page exposes (`exposeAdapter`). Resolves once the
 * host page has answered the hello, with an adapter that has exactly the capabilities the host page
 * exposed; rejects with a `RetryableError` if it never answers, a `RejectedError` if it speaks no
 * common protocol version. Throws a TypeError at once for a set-up mistake ("*" among the origins).
 */
export function connectAdapter(options: ConnectOptions): Promise<ConnectedAdapter> {
  const allowed = allowedOriginSet(options.allowedOrigins, 'connectAdapter');
  if (!options.target || typeof options.target.postMessage !== 'function') throw new TypeError('connectAdapter: target must be the host page’s window (window.parent).');
  const source: MessageSource = options.listenTo ?? (globalThis as unknown as MessageSource);
  const link = new Link(options.target, allowed, new RejectionReporter(options.onRejected));
  source.addEventListener('message', link.onMessage);
  return link.handshake(options.handshakeTimeoutMs ?? 10_000).then(
    (welcome) => {
      const name = options.name ?? welcome.name;
      const adapter = createAdapter(remotePorts(link, new Set(welcome.capabilities), name), { timeoutMs: options.timeoutMs ?? 15_000 });
      const close = () => {
        link.close();
        source.removeEventListener('message', link.onMessage);
      };
      return Object.freeze({ ...adapter, version: welcome.version, close });
    },
    (error: unknown) => {
      source.removeEventListener('message', link.onMessage);
      throw error;
    },
  );
}
