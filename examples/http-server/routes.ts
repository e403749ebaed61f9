/**
 * The contract (openapi.yaml), route by route, over the demo adapter's engine. Each handler checks
 * the request, calls the engine through its ports, and answers JSON; failures become problem+json
 * (see `problemFor`).
 */
import type { Capability } from '../../src/ports/ports.js';
import { analyze as analyzeText } from '../../src/sentiment/index.js';
import type { Engine } from './engine.js';
import { HttpError, body, json, noContent, type Route } from './http.js';
import * as check from './requests.js';

/** Which capability each route serves: a route whose capability the server leaves out answers 404. */
export const ROUTE_CAPABILITY: Record<string, Capability> = {};

const route = (method: string, pattern: string, operation: Capability, handle: Route<Engine>['handle'], name?: string): Route<Engine> => {
  ROUTE_CAPABILITY[`${method} ${pattern}`] = operation;
  return { method, pattern, operation: name ?? operation, handle };
};

const conversations = (e: Engine) => e.adapter.conversations!;
const customers = (e: Engine) => e.adapter.customers!;

export const contractRoutes: Route<Engine>[] = [
  route('GET', '/conversations/:conversationId', 'conversations.get', async (e, p, r) => json(await conversations(e).getConversation(p.conversationId!, { signal: r.signal })), 'conversations.getConversation'),

  route(
    'GET',
    '/conversations/:conversationId/messages',
    'conversations.load',
    async (e, p, r, url) => {
      const cursor = url.searchParams.get('cursor');
      const page = await conversations(e).loadMessages(p.conversationId!, { cursor: cursor || null, limit: check.limit(url.searchParams.get('limit')), signal: r.signal });
      return json({ messages: page.messages, nextCursor: page.nextCursor });
    },
    'conversations.loadMessages',
  ),

  route('POST', '/conversations/:conversationId/messages', 'conversations.send', async (e, p, r) => {
    const message = check.accept(check.outgoingMessage, await body(r), 'message');
    const again = e.sentClientIds.has(message.clientId);
    const sent = await conversations(e).send!({ ...message, conversationId: p.conversationId! }, { signal: r.signal });
    e.sentClientIds.add(message.clientId);
    return json(sent, again ? 200 : 201);
  }),

  route('POST', '/conversations/:conversationId/move-to-private', 'conversations.moveToPrivate', async (e, p, r) => {
    const request = check.accept(check.moveRequest, await body(r), 'move');
    return json(await conversations(e).moveToPrivate!({ ...request, conversationId: p.conversationId! }, { signal: r.signal }));
  }),

  route('PUT', '/conversations/:conversationId/presence', 'conversations.setPresence', async (e, p, r) => {
    const { activity } = check.accept(check.presence, await body(r), 'presence');
    await conversations(e).setPresence!(p.conversationId!, activity, { signal: r.signal });
    return noContent();
  }),

  route('PUT', '/conversations/:conversationId/status', 'conversations.setStatus', async (e, p, r) => {
    const { status } = check.accept(check.status, await body(r), 'status');
    await conversations(e).setStatus!(p.conversationId!, status, { signal: r.signal });
    return noContent();
  }),

  route('GET', '/conversations/:conversationId/events', 'conversations.watch', async (e, p, r) => {
    await conversations(e).getConversation(p.conversationId!, { signal: r.signal }); // 404 for an unknown one
    return e.stream(`conversation:${p.conversationId}`, r, 'conversations.watch');
  }),

  route('GET', '/customers/:customerId', 'customers.get', async (e, p, r) => json(await customers(e).getCustomer(p.customerId!, { signal: r.signal })), 'customers.getCustomer'),

  route('GET', '/customer-candidates', 'customers.findCandidates', async (e, _p, r, url) => {
    const query = check.accept(check.identityQuery, { channel: url.searchParams.get('channel') ?? undefined, handle: url.searchParams.get('handle') ?? undefined }, 'query');
    return json({ candidates: await customers(e).findCandidates!(query, { signal: r.signal }) });
  }),

  route('POST', '/customers/:customerId/identities', 'customers.linkIdentity', async (e, p, r) => {
    const identity = check.accept(check.identity, await body(r), 'identity');
    return json(await customers(e).linkIdentity!(p.customerId!, { ...identity, verified: identity.verified ?? false }, { signal: r.signal }));
  }),

  route('DELETE', '/customers/:customerId/identities', 'customers.unlinkIdentity', async (e, p, r, url) => {
    const query = check.accept(check.identityQuery, { channel: url.searchParams.get('channel') ?? undefined, handle: url.searchParams.get('handle') ?? undefined }, 'query');
    return json(await customers(e).unlinkIdentity!(p.customerId!, query, { signal: r.signal }));
  }),

  route('POST', '/customers/:customerId/cases', 'customers.createCase', async (e, p, r) => {
    const { clientId, ...request } = check.accept(check.newCase, await body(r), 'case');
    const known = e.casesByClientId.get(clientId);
    if (known) return json(await known, 200);
    // Kept before it settles, so a second request with the same client id waits for the first.
    const created = customers(e).createCase!({ ...request, customerId: p.customerId! }, { signal: r.signal });
    e.casesByClientId.set(clientId, created);
    created.catch(() => e.casesByClientId.delete(clientId));
    return json(await created, 201);
  }),

  route('POST', '/customers/:customerId/activities', 'customers.logActivity', async (e, p, r) => {
    const activity = check.accept(check.activity, await body(r), 'activity');
    await customers(e).logActivity!({ ...activity, customerId: p.customerId! }, { signal: r.signal });
    return noContent();
  }),

  route('GET', '/records/:system/:type/:recordId/link', 'customers.openRecord', async (e, p, r) => {
    const record = { system: p.system!, type: p.type!, id: p.recordId! };
    const known = e.demo.listCustomers().find((c) => c.record.system === record.system && c.record.type === record.type && c.record.id === record.id);
    if (!known) throw new HttpError(404, `No ${record.system} ${record.type} with id "${record.id}".`);
    await customers(e).openRecord!(record, { signal: r.signal });
    return json({ url: known.record.url ?? `https://crm.example.com/${encodeURIComponent(record.system)}/${encodeURIComponent(record.type)}/${encodeURIComponent(record.id)}` });
  }),

  route('GET', '/interactions/current', 'interactions.current', async (e, _p, r) => {
    const current = await e.adapter.interactions!.current!({ signal: r.signal });
    return current ? json(current) : noContent();
  }),

  route('POST', '/interactions/:interactionId/accept', 'interactions.accept', async (e, p, r) => {
    const known = e.interactions.get(p.interactionId!);
    if (!known) throw new HttpError(404, `No interaction with id "${p.interactionId}".`);
    if (known.state === 'ended') throw new HttpError(409, `Interaction "${p.interactionId}" has ended.`);
    if (known.state === 'offered') e.demo.accept(known.id);
    return json((await e.adapter.interactions!.current!({ signal: r.signal })) ?? known);
  }),

  route('GET', '/interactions/events', 'interactions.subscribe', (e, _p, r) => e.stream('interactions', r, 'interactions.subscribe')),

  route('POST', '/sentiment/analyze', 'sentiment.analyze', async (_e, _p, r) => {
    const { texts } = check.accept(check.analyze, await body(r), 'texts');
    if (texts.length > 1000) throw new HttpError(400, `At most 1000 texts at once, got ${texts.length}.`);
    const results = texts.map((text) => {
      const score = analyzeText(text);
      return { value: score.score, scale: '-1..1', confidence: score.confidence };
    });
    return json({ results });
  }),
];

/** Every capability the contract routes serve. */
export const ALL_CAPABILITIES = [...new Set(Object.values(ROUTE_CAPABILITY))];
