/**
 * The host page's end of the bridge: `exposeAdapter` answers the calls of one widget frame with an
 * adapter, and only that frame's, on the origins it names.
 */
import { createAdapter, type PortSource } from '../../ports/adapter.js';
import { CAPABILITIES, type Adapter } from '../../ports/ports.js';
import { CapabilityMissingError, RejectedError, RetryableError } from '../../ports/errors.js';
import { validate } from '../../ports/schema.js';
import { allowedOriginSet, RejectionReporter, summarize, type BridgeRejection, type RejectionListener } from './guard.js';
import { operationNamed } from './operations.js';
import { readWidgetMessage, VERSIONS, wrap, type Envelope, type HostMessage, type WidgetMessage } from './protocol.js';
import { errorToWire, toPlainData } from './wire.js';

/** The window a bridge posts to: an iframe's `contentWindow`, or `window.parent`. */
export interface BridgeTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

/** Where a bridge listens for messages: `window` unless told otherwise. */
export interface MessageSource {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export interface ExposeOptions {
  /** The widget frame's window (`iframe.contentWindow`): messages from any other window are dropped. */
  target: BridgeTarget;
  /** The widget's origins, exactly (`https://widget.example.com`); never "*". */
  allowedOrigins: readonly string[];
  /** Told about every dropped message (rate-limited, see `BridgeRejection.suppressed`). */
  onRejected?: RejectionListener;
  /** Calls one widget may have under way at once; more are refused as retryable. Default 64. */
  maxInFlight?: number;
  /** Subscriptions one widget may hold at once. Default 64. */
  maxSubscriptions?: number;
  /** Where to listen; default `window`. */
  listenTo?: MessageSource;
}

export interface ExposedAdapter {
  /** Stops answering: every call under way is aborted, every subscription ended. */
  close(): void;
}

interface Channel {
  origin: string;
  calls: Map<number, AbortController>;
  subscriptions: Map<number, () => void>;
}

const MAX_CHANNELS = 8;

/**
 * Answers a widget frame's calls with `adapter`: a call runs only if it comes from `target`, from one
 * of `allowedOrigins`, is a well-formed message of a version both sides speak, names an operation
 * the adapter has, and carries valid arguments. Everything else is dropped and reported to
 * `onRejected`. Results and errors are posted back as plain data to the sender's origin only.
 */
export function exposeAdapter(ports: Adapter | PortSource, options: ExposeOptions): ExposedAdapter {
  // An adapter is taken as it is; bare ports get the boundary first.
  const adapter = createAdapter(ports);
  const allowed = allowedOriginSet(options.allowedOrigins, 'exposeAdapter');
  if (!options.target || typeof options.target.postMessage !== 'function') throw new TypeError('exposeAdapter: target must be the widget frame’s window (iframe.contentWindow).');
  const source: MessageSource = options.listenTo ?? (globalThis as unknown as MessageSource);
  const reporter = new RejectionReporter(options.onRejected);
  const maxInFlight = options.maxInFlight ?? 64;
  const maxSubscriptions = options.maxSubscriptions ?? 64;
  const channels = new Map<string, Channel>();
  const capabilities = CAPABILITIES.filter((capability) => adapter.has(capability));

  const reject = (reason: BridgeRejection['reason'], origin: string, detail: string) => reporter.report({ reason, origin, detail });
  const post = (channel: string, origin: string, message: HostMessage) => {
    try {
      options.target.postMessage(wrap(channel, message), origin);
    } catch (error) {
      // A value that cannot be cloned: answer with an error instead.
      if (message.type === 'result' && message.ok) {
        post(channel, origin, { type: 'result', id: message.id, ok: false, error: errorToWire(error, 'the bridge') });
      }
    }
  };

  const closeChannel = (name: string) => {
    const channel = channels.get(name);
    if (!channel) return;
    channels.delete(name);
    for (const controller of channel.calls.values()) controller.abort();
    for (const stop of channel.subscriptions.values()) stop();
  };

  const hello = (name: string, origin: string, message: Envelope<WidgetMessage & { type: 'hello' }>) => {
    const version = Math.max(...message.versions.filter((v) => (VERSIONS as readonly number[]).includes(v)));
    if (!Number.isFinite(version)) {
      reject('version', origin, `the widget speaks protocol versions ${JSON.stringify(message.versions)}, this page ${JSON.stringify(VERSIONS)}`);
      post(name, origin, { type: 'refuse', reason: 'version', versions: [...VERSIONS] });
      return;
    }
    if (!channels.has(name)) {
      if (channels.size >= MAX_CHANNELS) closeChannel(channels.keys().next().value!);
      channels.set(name, { origin, calls: new Map(), subscriptions: new Map() });
    }
    post(name, origin, { type: 'welcome', version, name: adapter.name, capabilities });
  };

  const run = (name: string, channel: Channel, message: Envelope<WidgetMessage & { type: 'call' | 'subscribe' }>) => {
    const { id, origin } = { id: message.id, origin: channel.origin };
    const operation = operationNamed(message.op);
    const fail = (error: unknown) => post(name, origin, { type: 'result', id, ok: false, error: errorToWire(error, message.op) });
    if (!operation || (operation.kind === 'subscription') !== (message.type === 'subscribe')) {
      reject('operation', origin, `no operation ${summarize(message.op)} to ${message.type === 'call' ? 'call' : 'subscribe to'}`);
      return fail(new RejectedError(`The host page has no operation ${summarize(message.op)}.`));
    }
    if (!adapter.has(operation.capability)) {
      reject('operation', origin, `${message.op} is not exposed`);
      return fail(new CapabilityMissingError(operation.capability));
    }
    const args: unknown[] = [];
    for (let index = 0; index < operation.args.length; index += 1) {
      const checked = validate(operation.args[index]!, message.args[index], `args[${index}]`);
      if (!checked.ok) {
        const issue = checked.issues[0]!;
        reject('arguments', origin, `${message.op}: ${issue.path} ${issue.problem}`);
        return fail(new RejectedError(`${message.op} was refused by the bridge: ${issue.path} ${issue.problem}.`, { status: 400 }));
      }
      args.push(checked.value);
    }
    const port = adapter[operation.port] as unknown as Record<string, (...a: unknown[]) => unknown>;
    if (operation.kind === 'subscription') {
      if (channel.subscriptions.size >= maxSubscriptions || channel.subscriptions.has(id)) {
        reject('busy', origin, `more than ${maxSubscriptions} subscriptions`);
        return post(name, origin, { type: 'fault', id, error: errorToWire(new RetryableError('The host page holds too many subscriptions for this widget.', { retryAfterMs: 1000 }), message.op) });
      }
      const controller = new AbortController();
      const onError = (error: Error) => post(name, origin, { type: 'fault', id, error: errorToWire(error, message.op) });
      const listener = (event: unknown) => post(name, origin, { type: 'event', id, event: toPlainData(event) });
      const stop = port[operation.method]!.call(port, ...args, listener, { signal: controller.signal, onError }) as () => void;
      channel.subscriptions.set(id, () => {
        controller.abort();
        stop();
      });
      return;
    }
    if (channel.calls.size >= maxInFlight || channel.calls.has(id)) {
      reject('busy', origin, `more than ${maxInFlight} calls under way`);
      return fail(new RetryableError('The host page is busy with this widget’s other calls.', { retryAfterMs: 1000 }));
    }
    const controller = new AbortController();
    channel.calls.set(id, controller);
    const options = operation.method === 'loadMessages' || operation.method === 'analyze' ? { ...(args.pop() as object), signal: controller.signal } : { signal: controller.signal };
    Promise.resolve()
      .then(() => port[operation.method]!.call(port, ...args, options))
      .then(
        (value) => {
          if (channel.calls.get(id) === controller) post(name, origin, { type: 'result', id, ok: true, value: toPlainData(value) });
        },
        (error: unknown) => {
          if (channel.calls.get(id) === controller) fail(error);
        },
      )
      .finally(() => {
        if (channel.calls.get(id) === controller) channel.calls.delete(id);
      });
  };

  const onMessage = (event: MessageEvent) => {
    try {
      if (!allowed.has(event.origin)) return reject('origin', event.origin, `a message from an origin not allowed: ${summarize(event.data)}`);
      if (event.source !== options.target) return reject('source', event.origin, `a message from another window than the widget frame: ${summarize(event.data)}`);
      const read = readWidgetMessage(event.data);
      if (!read.ok) return reject('shape', event.origin, `${read.problem}: ${summarize(event.data)}`);
      const message = read.message;
      if (message.type === 'hello') return hello(message.ch, event.origin, message);
      const channel = channels.get(message.ch);
      if (!channel || channel.origin !== event.origin) return reject('channel', event.origin, `${message.type} on a channel that never said hello`);
      if (!(VERSIONS as readonly number[]).includes(message.v)) return reject('version', event.origin, `${message.type} in protocol version ${message.v}`);
      switch (message.type) {
        case 'call':
        case 'subscribe':
          return run(message.ch, channel, message);
        case 'abort':
          channel.calls.get(message.id)?.abort();
          channel.calls.delete(message.id);
          return;
        case 'unsubscribe':
          channel.subscriptions.get(message.id)?.();
          channel.subscriptions.delete(message.id);
          return;
        case 'bye':
          return closeChannel(message.ch);
      }
    } catch (error) {
      // Nothing a frame sends may throw into the host page.
      reject('shape', String(event.origin), `the bridge could not handle a message: ${error instanceof Error ? error.message : summarize(error)}`);
    }
  };

  source.addEventListener('message', onMessage);
  return {
    close() {
      source.removeEventListener('message', onMessage);
      for (const name of [...channels.keys()]) closeChannel(name);
      reporter.flush();
    },
  };
}
