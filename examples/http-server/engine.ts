/**
 * The reference back end, transport-free: `createReferenceApi(options).handle(request)` answers a
 * web `Request` with a `Response`. `server.ts` puts it behind Node's `http` module; `msw.ts` behind a
 * service worker. The data and its behaviour are the demo adapter's (`src/adapters/demo`): this file
 * only adds what HTTP needs — routes, the event log for Server-Sent Events, auth, CORS, and faults
 * injected on purpose for tests.
 */
import { createDemoAdapter, type DemoAdapter, type DemoControls } from '../../src/adapters/demo/index.js';
import type { CaseSummary, Interaction } from '../../src/model/index.js';
import type { Capability } from '../../src/ports/ports.js';
import { withLongConversation } from './dataset.js';
import { demoRoutes } from './demo-routes.js';
import { EventLog, StreamRegistry } from './events.js';
import { FaultBook } from './faults.js';
import { json, match, problem, problemFor } from './http.js';
import { ALL_CAPABILITIES, ROUTE_CAPABILITY, contractRoutes } from './routes.js';

export interface ReferenceApiOptions {
  /** Where the contract is served, e.g. "/api". Default "/api". */
  basePath?: string;
  /** Seed of the demo's random choices. Default 1. */
  seed?: number;
  /** The demo's clock. */
  now?: () => Date;
  /** Live demo events per minute (0: off until POST /demo/live). Default 0. */
  liveRate?: number;
  /** A bearer token every contract request must carry; none when left out. */
  token?: string;
  /** Capabilities to serve; every one when left out. A route left out answers 404 and is not listed. */
  capabilities?: readonly Capability[];
  /** Adds a conversation "LONG-<n>" with this many messages (for benches). */
  longConversation?: number;
  /** Sees a copy of each request and of its answer (not of event streams): for conformance tests. */
  inspect?: (request: Request, response: Response) => void;
}

/** The engine a route handler gets: the demo adapter and what the HTTP side keeps. */
export interface Engine {
  readonly adapter: DemoAdapter;
  readonly demo: DemoControls;
  readonly log: EventLog;
  readonly streams: StreamRegistry;
  readonly faults: FaultBook;
  readonly capabilities: readonly Capability[];
  /** Client ids of messages sent over HTTP (a repeat answers 200, not 201). */
  readonly sentClientIds: Set<string>;
  readonly casesByClientId: Map<string, Promise<CaseSummary>>;
  /** Every interaction seen, by id. */
  readonly interactions: Map<string, Interaction>;
  stream(name: string, request: Request, operation: string): Response;
}

export interface ReferenceApi {
  handle(request: Request): Promise<Response>;
  readonly engine: Engine;
  /** Stops the live stream and every open event stream. */
  close(): void;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'retry-after, content-type',
};

export function createReferenceApi(options: ReferenceApiOptions = {}): ReferenceApi {
  const basePath = (options.basePath ?? '/api').replace(/\/$/, '');
  const now = options.now ?? (() => new Date());
  const dataset = options.longConversation ? { dataset: withLongConversation(now(), options.longConversation) } : {};
  const adapter = createDemoAdapter({ seed: options.seed ?? 1, now, latency: 0, timeoutMs: 0, ...dataset });
  const log = new EventLog();
  const streams = new StreamRegistry();
  const faults = new FaultBook();
  const capabilities = options.capabilities ?? ALL_CAPABILITIES;

  const engine: Engine = {
    adapter,
    demo: adapter.demo,
    log,
    streams,
    faults,
    capabilities,
    sentClientIds: new Set(),
    casesByClientId: new Map(),
    interactions: new Map(),
    stream(name, request, operation) {
      const fault = faults.streamFault(operation);
      return streams.response(log, name, request.headers.get('last-event-id'), { ...fault, signal: request.signal });
    },
  };

  // Every event of every conversation goes into the log, watched or not, so a client that
  // reconnects gets what it missed.
  const watches = adapter.demo.listConversations().map((conversation) =>
    adapter.conversations!.watch!(conversation.id, (event) => log.append(`conversation:${conversation.id}`, event)),
  );
  watches.push(
    adapter.interactions!.subscribe((event) => {
      engine.interactions.set(event.interaction.id, event.interaction);
      log.append('interactions', event);
    }),
  );
  void adapter.interactions!.current!().then((current) => current && engine.interactions.set(current.id, current));
  if (options.liveRate) adapter.demo.startLive(options.liveRate);

  const authorized = (request: Request) => !options.token || request.headers.get('authorization') === `Bearer ${options.token}`;

  async function answer(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (request.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: { 'access-control-allow-methods': 'GET, POST, PUT, DELETE', 'access-control-allow-headers': 'authorization, content-type, last-event-id', 'access-control-max-age': '600' },
      });
    }
    if (url.pathname.startsWith('/demo/')) {
      const found = match(demoRoutes, request.method, url.pathname);
      if (!found.route) return problem(404, `No demo route ${request.method} ${url.pathname}.`);
      return found.route.handle(engine, found.params, request, url);
    }
    if (!url.pathname.startsWith(`${basePath}/`)) return problem(404, `Nothing at ${url.pathname}; the contract is served under ${basePath}/.`);
    if (!authorized(request)) return problem(401, 'Send the token as "Authorization: Bearer <token>".');
    const path = url.pathname.slice(basePath.length);
    if (path === '/capabilities' && request.method === 'GET') return json({ name: 'screenpop-reference', capabilities });
    const found = match(contractRoutes, request.method, path);
    const route = found.route;
    if (!route || !capabilities.includes(ROUTE_CAPABILITY[`${route.method} ${route.pattern}`]!)) {
      if (found.allowed.length > 0) return new Response(null, { status: 405, headers: { allow: found.allowed.join(', ') } });
      return problem(404, `No route ${request.method} ${path} on this server.`);
    }
    return faults.around(route.operation!, request, () => route.handle(engine, found.params, request, url));
  }

  return {
    engine,
    async handle(request) {
      const copy = options.inspect ? request.clone() : undefined;
      let response: Response;
      try {
        response = await answer(request);
      } catch (error) {
        response = problemFor(error);
      }
      if (response.type === 'error') return response;
      const headers = new Headers(response.headers);
      for (const [name, value] of Object.entries(CORS)) headers.set(name, value);
      const answered = new Response(response.body, { status: response.status, statusText: response.statusText, headers });
      if (copy && !headers.get('content-type')?.includes('event-stream')) options.inspect!(copy, answered.clone());
      return answered;
    },
    close() {
      for (const stop of watches) stop();
      adapter.demo.stopLive();
      streams.dropAll();
      faults.clear();
    },
  };
}

