/**
 * Routes of the reference server that are not part of the contract: the demo desktop's queue and
 * softphone, the live demo stream, and fault injection for tests. Served under /demo/, without auth.
 */
import type { Engine } from './engine.js';
import type { HttpFault } from './faults.js';
import { HttpError, body, json, noContent, type Route } from './http.js';

const demo = (method: string, pattern: string, handle: Route<Engine>['handle']): Route<Engine> => ({ method, pattern: `/demo${pattern}`, handle });

const field = <T>(value: unknown, key: string, type: 'string' | 'number' | 'object', fallback?: T): T => {
  const item = (value as Record<string, unknown> | null)?.[key];
  if (item === undefined && fallback !== undefined) return fallback;
  if (typeof item !== type || item === null) throw new HttpError(400, `"${key}" must be a ${type}.`);
  return item as T;
};

/** Customer messages written at a steady rate, for benches: `count` of them, `perSecond`. */
function flood(e: Engine, conversationId: string, count: number, perSecond: number) {
  const state = { written: 0, done: false, ids: [] as string[] };
  const started = Date.now();
  const timer = setInterval(() => {
    const due = Math.min(count, Math.floor(((Date.now() - started) / 1000) * perSecond));
    while (state.written < due) {
      state.written += 1;
      state.ids.push(e.demo.write(conversationId, `Flood message ${state.written} of ${count}`).id);
    }
    if (state.written >= count) {
      state.done = true;
      clearInterval(timer);
    }
  }, 5);
  return state;
}

let flooding: ReturnType<typeof flood> | undefined;

export const demoRoutes: Route<Engine>[] = [
  demo('GET', '/conversations', (e) => json(e.demo.listConversations())),
  demo('GET', '/customers', (e) => json(e.demo.listCustomers())),
  demo('GET', '/agent', (e) => json(e.demo.agent)),

  demo('POST', '/faults', async (e, _p, r) => {
    const request = await body(r);
    e.faults.add(field(request, 'operation', 'string'), field<HttpFault>(request, 'fault', 'object'), field(request, 'times', 'number', 1));
    return noContent();
  }),
  demo('DELETE', '/faults', (e) => (e.faults.clear(), noContent())),
  demo('GET', '/calls', (e) => json(Object.fromEntries(e.faults.calls))),

  // A customer writes in a conversation now (or `count` times).
  demo('POST', '/write', async (e, _p, r) => {
    const request = await body(r);
    const conversationId = field<string>(request, 'conversationId', 'string');
    const count = field(request, 'count', 'number', 1);
    const text = field(request, 'text', 'string', 'A message written live');
    const ids = Array.from({ length: count }, (_, i) => e.demo.write(conversationId, count > 1 ? `${text} (${i + 1})` : text).id);
    return json({ ids });
  }),
  demo('POST', '/flood', async (e, _p, r) => {
    const request = await body(r);
    flooding = flood(e, field(request, 'conversationId', 'string'), field(request, 'count', 'number'), field(request, 'perSecond', 'number'));
    return noContent();
  }),
  demo('GET', '/flood', () => json(flooding ? { written: flooding.written, done: flooding.done, ids: flooding.ids } : { written: 0, done: true, ids: [] })),

  demo('GET', '/live', (e) => json({ live: e.demo.live })),
  demo('POST', '/live', async (e, _p, r) => (e.demo.startLive(field(await body(r), 'rate', 'number', 6)), noContent())),
  demo('DELETE', '/live', (e) => (e.demo.stopLive(), noContent())),

  demo('POST', '/interactions', async (e, _p, r) => json({ id: e.demo.offer(field(await body(r), 'conversationId', 'string')) }, 201)),
  demo('POST', '/interactions/:id/end', (e, p) => (e.demo.end(p.id!), noContent())),

  // The network drops every open event stream; clients reconnect with Last-Event-ID.
  demo('POST', '/drop-streams', (e) => json({ dropped: e.streams.dropAll() })),
  // A restart: every stream drops, and each stream's next connection replays `replay` events the
  // client has — or, with `forget`, the log is lost and a client resuming gets `reset`.
  demo('POST', '/restart', async (e, _p, r) => {
    const request = await body(r);
    if ((request as { forget?: unknown } | null)?.forget === true) e.log.forget();
    else e.log.replayOnReconnect(field(request, 'replay', 'number', 10));
    return json({ dropped: e.streams.dropAll() });
  }),
  demo('GET', '/streams', (e) => json({ open: e.streams.size })),
];
