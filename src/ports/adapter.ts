/**
 * The boundary's front door: `createAdapter` wraps the ports a host offers (see `wrap-ports.ts`) into
 * an `Adapter` with `has()`, and `composeAdapter` joins ports from several hosts into one.
 */
import type { Adapter, AdapterPorts, AdapterPortsInput, Capability } from './ports.js';
import { PORT_KEYS, PORT_WRAPPERS, type PortKey } from './wrap-ports.js';

export interface AdapterOptions {
  /** For logs and error messages. */
  name?: string;
  /** A call that has not settled by then fails as retryable. Default 15 000 ms; 0 turns it off. Validation is not timed. */
  timeoutMs?: number;
}

/** Ports that a host offers (or an adapter, whose ports are taken as they are), to pass to `createAdapter`. */
export type PortSource = AdapterPortsInput & { name?: string };

const DEFAULT_TIMEOUT_MS = 15_000;

/** Where each capability lives: its port, and the optional method it needs (none: the port's required ones). */
const CAPABILITY_METHODS: Record<Capability, readonly [port: PortKey, method?: string]> = {
  'interactions.subscribe': ['interactions'],
  'interactions.current': ['interactions', 'current'],
  'interactions.accept': ['interactions', 'accept'],
  'conversations.get': ['conversations'],
  'conversations.load': ['conversations'],
  'conversations.watch': ['conversations', 'watch'],
  'conversations.send': ['conversations', 'send'],
  'conversations.moveToPrivate': ['conversations', 'moveToPrivate'],
  'conversations.setPresence': ['conversations', 'setPresence'],
  'conversations.setStatus': ['conversations', 'setStatus'],
  'customers.get': ['customers'],
  'customers.findCandidates': ['customers', 'findCandidates'],
  'customers.linkIdentity': ['customers', 'linkIdentity'],
  'customers.unlinkIdentity': ['customers', 'unlinkIdentity'],
  'customers.openRecord': ['customers', 'openRecord'],
  'customers.createCase': ['customers', 'createCase'],
  'customers.logActivity': ['customers', 'logActivity'],
  'sentiment.analyze': ['sentiment'],
  'conversations.createSecureLink': ['conversations', 'createSecureLink'],
  'interactions.dial': ['interactions', 'dial'],
  'knowledge.search': ['knowledge'],
  'knowledge.suggest': ['knowledge', 'suggest'],
  'community.accept': ['community', 'accept'],
  'community.endorse': ['community', 'endorse'],
  'community.thank': ['community', 'thank'],
  'community.hide': ['community', 'hide'],
};

/** Whether the ports offer a capability; an unknown name (from plain JavaScript) is not offered. */
function offers(ports: AdapterPorts, capability: Capability): boolean {
  const where = CAPABILITY_METHODS[capability];
  if (!where) return false;
  const port = ports[where[0]] as Record<string, unknown> | undefined;
  return !!port && (where[1] === undefined || !!port[where[1]]);
}

const VALIDATED = Symbol('screenpop.validated');

/** Marks a port (or adapter) as the boundary's own, so it is not wrapped twice. */
function mark<T extends object>(port: T): T {
  Object.defineProperty(port, VALIDATED, { value: true });
  return port;
}

/**
 * Turns the ports a host offers into an `Adapter`: every call is validated at the boundary, honours
 * its AbortSignal and a timeout, and fails only with typed `AdapterError`s; `has()` is derived from
 * which ports and methods exist.
 */
export function createAdapter(ports: PortSource, options: AdapterOptions = {}): Adapter {
  if ((ports as { [VALIDATED]?: boolean })[VALIDATED] && options.timeoutMs === undefined) return ports as Adapter;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // A port of another adapter (composeAdapter) is validated already: validating again would only cost time.
  const keep = options.timeoutMs === undefined;
  const wrap = <I extends object, O extends object>(port: I, wrapper: (port: I, timeoutMs: number) => O): O =>
    keep && (port as { [VALIDATED]?: boolean })[VALIDATED] ? (port as unknown as O) : mark(wrapper(port, timeoutMs));
  const wrapped: AdapterPorts = {};
  const put = <K extends PortKey>(key: K): void => {
    const port: AdapterPortsInput[K] = ports[key];
    if (port) wrapped[key] = wrap(port, PORT_WRAPPERS[key]);
  };
  for (const key of PORT_KEYS) put(key);
  const adapter: Adapter & { [VALIDATED]: true } = {
    ...wrapped,
    name: options.name ?? ports.name ?? 'adapter',
    has: (capability) => offers(wrapped, capability),
    [VALIDATED]: true,
  };
  return Object.freeze(adapter);
}

/**
 * Joins ports from different hosts into one adapter — say interactions from Amazon Connect,
 * customers from Salesforce, conversations from a social platform. For each port the first source
 * that offers it wins.
 */
export function composeAdapter(...sources: PortSource[]): Adapter {
  const ports: PortSource = {
    name: sources.map((source) => source.name ?? '?').join('+'),
  };
  const pick = <K extends PortKey>(key: K): void => {
    const port = sources.find((source) => source[key])?.[key];
    if (port) ports[key] = port;
  };
  for (const key of PORT_KEYS) pick(key);
  return createAdapter(ports);
}
