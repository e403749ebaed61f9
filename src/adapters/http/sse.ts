/**
 * Server-Sent Events over fetch, so auth headers go with every (re)connect — which the browser's
 * own EventSource cannot do. One connection per stream path, shared by every listener of it;
 * `eventsource-parser` does the framing.
 *
 * The resume rule: after a dropped connection, reconnect with backoff and jitter and send the last
 * event id as `Last-Event-ID`; the server sends what was missed. An event whose id was seen already
 * (a server replaying after a restart) is dropped. `event: reset` means the server cannot resume
 * from that id: the stream's `onReset` reloads instead. A new connection starts with `event: ready`,
 * whose id is where the stream stands, so a reconnect before the first event loses nothing either.
 */
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { AbortedError, AdapterError, InvalidDataError, NotFoundError, type CallSubject } from '../../ports/errors.js';
import { Slicer } from '../../ports/slices.js';
import { backoff, errorForResponse, pause, resolveHeaders, type HttpClient } from './client.js';

/** How many event ids a stream remembers to drop repeats. */
const SEEN_IDS = 20_000;

export interface StreamListener {
  onEvent(data: unknown): void;
  onError(error: AdapterError): void;
}

interface StreamSpec {
  path: string;
  operation: string;
  subject: CallSubject;
  /** The server could not resume: reload what the stream stands for, then carry on. */
  onReset?: (emit: (data: unknown) => void) => Promise<void> | void;
}

/** One live stream and its listeners. */
class EventStream {
  readonly listeners = new Set<StreamListener>();
  readonly #controller = new AbortController();
  readonly #seen = new Set<string>();
  #lastEventId: string | null = null;
  #retryMs: number | undefined;
  #opened!: () => void;
  /** Resolves once the server has answered the first connect (its subscription exists then). */
  readonly opened = new Promise<void>((resolve) => (this.#opened = resolve));
  /** Connections made, the first included. */
  connections = 0;

  constructor(
    private readonly client: HttpClient,
    private readonly spec: StreamSpec,
    private readonly onClosed: () => void,
  ) {
    void this.#run();
  }

  close(): void {
    this.#controller.abort();
    this.#opened();
    this.onClosed();
  }

  #emit = (data: unknown) => {
    for (const listener of [...this.listeners]) listener.onEvent(data);
  };

  #report(error: AdapterError): void {
    for (const listener of [...this.listeners]) listener.onError(error);
  }

  #receive(message: EventSourceMessage): void {
    // `ready` (a new connection) and `reset` (the server lost our place) say where the stream is now.
    if ((message.event === 'ready' || message.event === 'reset') && message.id) this.#lastEventId = message.id;
    if (message.event === 'ready') return;
    if (message.event === 'reset') {
      void Promise.resolve(this.spec.onReset?.(this.#emit)).catch((error: unknown) => {
        if (error instanceof AdapterError && !(error instanceof AbortedError)) this.#report(error);
      });
      return;
    }
    if (message.id) {
      if (this.#seen.has(message.id)) return;
      this.#seen.add(message.id);
      if (this.#seen.size > SEEN_IDS) this.#seen.delete(this.#seen.values().next().value!);
      this.#lastEventId = message.id;
    }
    let data: unknown;
    try {
      data = JSON.parse(message.data);
    } catch {
      this.#report(InvalidDataError.of(this.spec.operation, [{ path: 'event', problem: `must be JSON, got ${JSON.stringify(message.data.slice(0, 60))}`, value: message.data }], message.data));
      return;
    }
    this.#emit(data);
  }

  async #run(): Promise<void> {
    const signal = this.#controller.signal;
    const { retry } = this.client.options;
    let failures = 0;
    while (!signal.aborted) {
      let wait: number | undefined;
      try {
        this.connections += 1;
        const headers: Record<string, string> = { accept: 'text/event-stream', ...(await resolveHeaders(this.client.options.headers)) };
        if (this.#lastEventId !== null) headers['last-event-id'] = this.#lastEventId;
        const fetcher = this.client.options.fetch ?? ((input, init) => globalThis.fetch(input, init));
        const response = await fetcher(this.client.url(this.spec.path), { headers, signal, cache: 'no-store' });
        if (!response.ok || !response.body) {
          const error = await errorForResponse(response, this.spec.operation, this.spec.subject);
          this.#opened();
          this.#report(error);
          if (error instanceof NotFoundError) return this.close();
          wait = (error as { retryAfterMs?: number }).retryAfterMs;
          failures += 1;
        } else {
          this.#opened();
          let events = 0;
          const received: EventSourceMessage[] = [];
          const parser = createParser({ onEvent: (message) => received.push(message), onRetry: (ms) => (this.#retryMs = ms) });
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          const slicer = new Slicer(signal);
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            parser.feed(value);
            // One read may hold hundreds of events: they are applied in slices that yield to the page.
            for (let i = 0; i < received.length; i += 1) {
              if (slicer.due()) await slicer.next();
              events += 1;
              this.#receive(received[i]!);
            }
            received.length = 0;
          }
          // The server ended the stream: a half-received event is dropped with the parser.
          failures = events > 0 ? 0 : failures + 1;
        }
      } catch (error) {
        if (signal.aborted) return;
        // The connection failed or dropped: reconnect quietly; report only when it keeps failing.
        failures += 1;
        if (failures > 1) this.#report(new AdapterError('retryable', `${this.spec.operation}: the live connection failed (${error instanceof Error ? error.message : String(error)}); reconnecting.`, { cause: error }));
      }
      if (signal.aborted) return;
      const delay = failures === 0 ? (this.#retryMs ?? retry.baseDelayMs) : backoff(failures, retry, Math.random, wait ?? this.#retryMs);
      try {
        await pause(delay, signal);
      } catch {
        return;
      }
    }
  }
}

/** The adapter's live streams, one connection per path however many listen. */
export class StreamHub {
  readonly #streams = new Map<string, EventStream>();

  constructor(private readonly client: HttpClient) {}

  /** Listens to a stream until `signal` aborts or the returned function is called. */
  listen(spec: StreamSpec, listener: StreamListener, signal: AbortSignal): () => void {
    let stream = this.#streams.get(spec.path);
    if (!stream) {
      const created = new EventStream(this.client, spec, () => {
        if (this.#streams.get(spec.path) === created) this.#streams.delete(spec.path);
      });
      this.#streams.set(spec.path, created);
      stream = created;
    }
    const current = stream;
    current.listeners.add(listener);
    const stop = () => {
      signal.removeEventListener('abort', stop);
      current.listeners.delete(listener);
      if (current.listeners.size === 0) current.close();
    };
    signal.addEventListener('abort', stop, { once: true });
    return stop;
  }

  /** Resolves when the stream at `path` has connected (at most `maxMs`), or at once when none is open. */
  opened(path: string, maxMs: number): Promise<void> {
    const stream = this.#streams.get(path);
    if (!stream) return Promise.resolve();
    return Promise.race([stream.opened, new Promise<void>((resolve) => setTimeout(resolve, maxMs))]);
  }

  /** How many connections the stream at `path` made (for tests and benches). */
  connections(path: string): number {
    return this.#streams.get(path)?.connections ?? 0;
  }
}
