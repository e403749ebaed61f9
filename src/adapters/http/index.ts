/**
 * `screenpop/adapters/http`: any back end that serves the contract in `screenpop/openapi.yaml`.
 *
 * ```ts
 * const adapter = await createHttpAdapter({ baseUrl: 'https://helpdesk.example.com/screenpop', headers: async () => ({ authorization: `Bearer ${await token()}` }) });
 * document.querySelector('cx-desk')!.adapter = adapter;
 * ```
 *
 * Every call goes through the port boundary (`createAdapter`): validated, typed errors only.
 */
import { InvalidDataError } from '../../ports/errors.js';
import { createAdapter, type PortSource } from '../../ports/adapter.js';
import { CAPABILITIES, type Adapter, type Capability } from '../../ports/ports.js';
import { DEFAULT_RETRY, HttpClient, type HeadersSource, type RetryOptions } from './client.js';
import { conversationsOverHttp, customersOverHttp, interactionsOverHttp, sentimentOverHttp, type PortContext } from './ports.js';
import { StreamHub } from './sse.js';

export type { HeadersSource, RetryOptions } from './client.js';

export interface HttpAdapterOptions {
  /** Where the contract is served, e.g. "https://helpdesk.example.com/screenpop" (relative URLs resolve against the page). */
  baseUrl: string;
  /** Headers for every request and every stream (re)connect — an object, or a function asked each time (for tokens that expire). */
  headers?: HeadersSource;
  /** The fetch to use; `globalThis.fetch` by default. */
  fetch?: typeof fetch;
  /** How long one try may take, ms (the body included). Default 10 000. */
  timeoutMs?: number;
  /** Retries of what is safe to repeat; `false` for none. */
  retry?: RetryOptions | false;
  /** What the server can do, to skip `GET /capabilities`. */
  capabilities?: readonly Capability[];
  /** Opens a record's URL (customers.openRecord). Default: a new tab, without opener. */
  openUrl?: (url: string) => void;
  /** For logs and error messages. Default "http". */
  name?: string;
}

/** The HTTP adapter: an `Adapter`, and what it was made with. */
export type HttpAdapter = Adapter & {
  readonly baseUrl: string;
  /** What the server said it can do (unknown capabilities left out). */
  readonly capabilities: readonly Capability[];
  /** How many connections the live stream at a contract path ("/interactions/events") has made (for tests and benches). */
  streamConnections(path: string): number;
  /** Resolves once the live stream at a contract path is connected (at once when none is open; at most `maxMs`). */
  streamOpen(path: string, maxMs?: number): Promise<void>;
};

const known = new Set<string>(CAPABILITIES);

async function discover(client: HttpClient): Promise<Capability[]> {
  const signal = new AbortController().signal;
  const answer = (await client.call({ operation: 'discovery', method: 'GET', path: '/capabilities', subject: { resource: 'capabilities document', id: '/capabilities' }, signal })) as { capabilities?: unknown } | null;
  const list = answer?.capabilities;
  if (!Array.isArray(list)) {
    throw InvalidDataError.of('discovery', [{ path: 'capabilities', problem: 'must be an array of capabilities such as "conversations.get"', value: list }], answer);
  }
  return list.filter((item): item is Capability => typeof item === 'string' && known.has(item));
}

/**
 * Connects to a back end that serves the contract. Reads `GET /capabilities` first (unless
 * `capabilities` is given), so components hide what the server cannot do; rejects with a typed
 * error when that fails.
 */
export async function createHttpAdapter(options: HttpAdapterOptions): Promise<HttpAdapter> {
  const client = new HttpClient({
    baseUrl: options.baseUrl,
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    timeoutMs: options.timeoutMs ?? 10_000,
    retry: options.retry === false ? { ...DEFAULT_RETRY, attempts: 1 } : { ...DEFAULT_RETRY, ...options.retry },
  });
  const capabilities = options.capabilities ? options.capabilities.filter((c) => known.has(c)) : await discover(client);
  const has = (capability: Capability) => capabilities.includes(capability);
  const streams = new StreamHub(client);
  const context: PortContext = { client, streams, has, openUrl: options.openUrl ?? ((url) => void globalThis.open?.(url, '_blank', 'noopener')) };
  const ports: PortSource = { name: options.name ?? 'http' };
  if (has('conversations.get') && has('conversations.load')) ports.conversations = conversationsOverHttp(context);
  if (has('customers.get')) ports.customers = customersOverHttp(context);
  if (has('interactions.subscribe')) ports.interactions = interactionsOverHttp(context);
  if (has('sentiment.analyze')) ports.sentiment = sentimentOverHttp(context);
  // Each try has its own timeout and the retries are bounded, so the boundary's own timer is off.
  const adapter = createAdapter(ports, { timeoutMs: 0 });
  return Object.freeze({
    ...adapter,
    has: adapter.has,
    baseUrl: options.baseUrl,
    capabilities: Object.freeze([...capabilities]),
    streamConnections: (path: string) => streams.connections(path),
    streamOpen: (path: string, maxMs = 10_000) => streams.opened(path, maxMs),
  });
}
