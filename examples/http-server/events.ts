/**
 * The live events of the reference server: one log of every event, each with an id that is never
 * reused, and Server-Sent Event streams that resume from `Last-Event-ID`.
 *
 * The resume rule, as a back end should keep it: after a reconnect send every event after the id
 * the client names, in order; if the log no longer holds that id, send `event: reset` so the client
 * reloads. Ids are numbers counting up across all streams, so "after" is a comparison.
 */

export interface LoggedEvent {
  /** The SSE id: the log's sequence number, as text. */
  id: string;
  seq: number;
  data: unknown;
}

type Listener = (event: LoggedEvent) => void;

/** How a stream misbehaves on purpose (the fault injection of the reference server). */
export interface StreamFault {
  /** Closes the connection after this many events, in the middle of the next one. */
  dropAfter?: number;
}

/** The events of every stream ("conversation:T-1001", "interactions"), kept in memory. */
export class EventLog {
  readonly #streams = new Map<string, LoggedEvent[]>();
  readonly #listeners = new Map<string, Set<Listener>>();
  readonly #rewind = new Map<string, number>();
  #seq = 0;
  /** Ids up to this one were lost (a restart without the log): a client naming one gets `reset`. */
  #floor = 0;

  /** @param capacity events kept per stream; a client further behind gets `reset`. */
  constructor(readonly capacity = 50_000) {}

  append(stream: string, data: unknown): LoggedEvent {
    this.#seq += 1;
    const event: LoggedEvent = { id: String(this.#seq), seq: this.#seq, data };
    const list = this.#streams.get(stream) ?? [];
    list.push(event);
    if (list.length > this.capacity) list.splice(0, list.length - this.capacity);
    this.#streams.set(stream, list);
    for (const listener of [...(this.#listeners.get(stream) ?? [])]) listener(event);
    return event;
  }

  /** The events after `lastId`; null when `lastId` is not one this log can resume from. */
  after(stream: string, lastId: string | null): LoggedEvent[] | null {
    const list = this.#streams.get(stream) ?? [];
    const rewind = this.#rewind.get(stream) ?? 0;
    this.#rewind.delete(stream);
    if (lastId === null) return [];
    const seq = /^\d+$/.test(lastId) ? Number(lastId) : NaN;
    if (!(seq <= this.#seq) || (this.#floor > 0 && seq <= this.#floor)) return null;
    const oldest = list[0];
    if (oldest && seq < oldest.seq - 1) return null;
    let index = list.findIndex((event) => event.seq > seq);
    if (index < 0) index = list.length;
    return list.slice(Math.max(0, index - rewind));
  }

  /** The next connection to each stream replays `count` events the client has already, as a restarted server might. */
  replayOnReconnect(count: number): void {
    for (const stream of this.#streams.keys()) this.#rewind.set(stream, count);
  }

  /** Loses every event so far, as a server restarting without its log would; ids go on counting up. */
  forget(): void {
    this.#streams.clear();
    this.#floor = this.#seq;
  }

  listen(stream: string, listener: Listener): () => void {
    const set = this.#listeners.get(stream) ?? new Set();
    set.add(listener);
    this.#listeners.set(stream, set);
    return () => set.delete(listener);
  }

  /** The id of the latest event of any stream: where a new connection starts. */
  get head(): string {
    return String(this.#seq);
  }

  /** Every event of a stream still held, oldest first. */
  all(stream: string): readonly LoggedEvent[] {
    return this.#streams.get(stream) ?? [];
  }
}

const encoder = new TextEncoder();
const frame = (event: LoggedEvent) => `id: ${event.id}\ndata: ${JSON.stringify(event.data)}\n\n`;

/** Open streams, so a "restart" can drop them all. */
export class StreamRegistry {
  readonly #open = new Set<(error: Error) => void>();

  /**
   * A `text/event-stream` response for one stream of the log: first what the client missed (from
   * `Last-Event-ID`), then live events, a keep-alive comment every `keepAliveMs`.
   */
  response(log: EventLog, stream: string, lastEventId: string | null, options: StreamFault & { keepAliveMs?: number; signal?: AbortSignal } = {}): Response {
    let stop = () => {};
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        let sent = 0;
        let closed = false;
        let keepAlive: ReturnType<typeof setInterval> | undefined;
        let unlisten = () => {};
        stop = () => {
          if (closed) return;
          closed = true;
          unlisten();
          clearInterval(keepAlive);
          this.#open.delete(fail);
        };
        // The connection fails after what was written has gone out, as a socket closing does.
        const fail = (error: Error) => {
          if (closed) return;
          stop();
          setTimeout(() => controller.error(error), 0);
        };
        const write = (event: LoggedEvent) => {
          if (closed) return;
          const text = frame(event);
          if (options.dropAfter !== undefined && sent >= options.dropAfter) {
            // Half an event, then the connection goes: the client must not take the half for an event.
            controller.enqueue(encoder.encode(text.slice(0, Math.ceil(text.length / 2))));
            return fail(new Error('Connection dropped (injected fault).'));
          }
          sent += 1;
          controller.enqueue(encoder.encode(text));
        };
        const missed = log.after(stream, lastEventId);
        controller.enqueue(encoder.encode('retry: 500\n\n'));
        if (missed === null) controller.enqueue(encoder.encode(`id: ${log.head}\nevent: reset\ndata: {}\n\n`));
        // A new connection learns where it starts, so a reconnect before its first event resumes from there.
        else if (lastEventId === null) controller.enqueue(encoder.encode(`id: ${log.head}\nevent: ready\ndata: {}\n\n`));
        this.#open.add(fail);
        missed?.forEach(write);
        if (closed) return;
        unlisten = log.listen(stream, write);
        keepAlive = setInterval(() => controller.enqueue(encoder.encode(': keep-alive\n\n')), options.keepAliveMs ?? 15_000);
        options.signal?.addEventListener('abort', () => {
          stop();
          try {
            controller.close();
          } catch {
            // Already closed or failed.
          }
        });
      },
      cancel: () => stop(),
    });
    return new Response(body, { headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store', 'x-accel-buffering': 'no' } });
  }

  /** Drops every open stream (the network fails, or the server restarts). */
  dropAll(): number {
    const open = [...this.#open];
    for (const fail of open) fail(new Error('Connection dropped (server restart).'));
    return open.length;
  }

  get size(): number {
    return this.#open.size;
  }
}
