/**
 * The wire protocol between a widget frame and its host page: every message is a plain object tagged
 * `protocol: "screenpop-bridge"`, with the protocol version `v` and the channel `ch` the widget chose
 * in its hello. `readMessage` checks a received message's shape completely before anything acts on it.
 */
import type { Capability } from '../../ports/ports.js';
import { CAPABILITIES } from '../../ports/ports.js';

export const PROTOCOL = 'screenpop-bridge';
/** Protocol versions this build speaks; the handshake picks the highest both sides know. */
export const VERSIONS = [1] as const;
export const VERSION = 1;

/** A call or subscription id: a positive integer the widget counts up. */
type Id = number;

/** Widget → host. */
export type WidgetMessage =
  | { type: 'hello'; versions: number[] }
  | { type: 'call'; id: Id; op: string; args: unknown[] }
  | { type: 'abort'; id: Id }
  | { type: 'subscribe'; id: Id; op: string; args: unknown[] }
  | { type: 'unsubscribe'; id: Id }
  | { type: 'bye' };

/** Host → widget. */
export type HostMessage =
  | { type: 'welcome'; version: number; name: string; capabilities: Capability[] }
  | { type: 'refuse'; reason: string; versions: number[] }
  | { type: 'result'; id: Id; ok: true; value: unknown }
  | { type: 'result'; id: Id; ok: false; error: unknown }
  | { type: 'event'; id: Id; event: unknown }
  | { type: 'fault'; id: Id; error: unknown };

export type Envelope<M> = M & { protocol: typeof PROTOCOL; v: number; ch: string };

/** What is wrong with a message that was dropped. */
export type Read<M> = { ok: true; message: Envelope<M> } | { ok: false; problem: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
const CHANNEL = /^[A-Za-z0-9_-]{8,64}$/;
const CAPABILITY_SET = new Set<string>(CAPABILITIES);

function envelope(data: unknown): { ok: true; data: Record<string, unknown> } | { ok: false; problem: string } {
  if (!isRecord(data) || data.protocol !== PROTOCOL) return { ok: false, problem: 'not a Screenpop bridge message' };
  if (typeof data.v !== 'number' || !Number.isInteger(data.v)) return { ok: false, problem: 'no protocol version (v)' };
  if (typeof data.ch !== 'string' || !CHANNEL.test(data.ch)) return { ok: false, problem: 'no valid channel (ch)' };
  if (typeof data.type !== 'string') return { ok: false, problem: 'no message type' };
  return { ok: true, data };
}

/** Checks a message a host page received from a widget. */
export function readWidgetMessage(raw: unknown): Read<WidgetMessage> {
  const e = envelope(raw);
  if (!e.ok) return e;
  const d = e.data;
  const ok = (): Read<WidgetMessage> => ({ ok: true, message: d as Envelope<WidgetMessage> });
  switch (d.type) {
    case 'hello':
      return Array.isArray(d.versions) && d.versions.length <= 16 && d.versions.every((v) => Number.isInteger(v)) ? ok() : { ok: false, problem: 'hello without a list of versions' };
    case 'call':
    case 'subscribe':
      if (!isId(d.id)) return { ok: false, problem: `${d.type} without a positive integer id` };
      if (typeof d.op !== 'string') return { ok: false, problem: `${d.type} without an operation` };
      return Array.isArray(d.args) && d.args.length <= 4 ? ok() : { ok: false, problem: `${d.type} without an argument list` };
    case 'abort':
    case 'unsubscribe':
      return isId(d.id) ? ok() : { ok: false, problem: `${d.type} without a positive integer id` };
    case 'bye':
      return ok();
    default:
      return { ok: false, problem: `unknown message type ${JSON.stringify(String(d.type).slice(0, 40))}` };
  }
}

/** Checks a message a widget received from its host page. */
export function readHostMessage(raw: unknown): Read<HostMessage> {
  const e = envelope(raw);
  if (!e.ok) return e;
  const d = e.data;
  const ok = (): Read<HostMessage> => ({ ok: true, message: d as Envelope<HostMessage> });
  switch (d.type) {
    case 'welcome':
      if (typeof d.version !== 'number' || typeof d.name !== 'string') return { ok: false, problem: 'welcome without version and name' };
      if (!Array.isArray(d.capabilities) || !d.capabilities.every((c) => typeof c === 'string')) return { ok: false, problem: 'welcome without a list of capabilities' };
      d.capabilities = d.capabilities.filter((c) => CAPABILITY_SET.has(c));
      return ok();
    case 'refuse':
      return typeof d.reason === 'string' && Array.isArray(d.versions) ? ok() : { ok: false, problem: 'refuse without reason and versions' };
    case 'result':
      if (!isId(d.id) || typeof d.ok !== 'boolean') return { ok: false, problem: 'result without id and ok' };
      return d.ok ? ok() : isRecord(d.error) ? ok() : { ok: false, problem: 'failed result without an error' };
    case 'event':
      return isId(d.id) && 'event' in d ? ok() : { ok: false, problem: 'event without id' };
    case 'fault':
      return isId(d.id) && isRecord(d.error) ? ok() : { ok: false, problem: 'fault without id and error' };
    default:
      return { ok: false, problem: `unknown message type ${JSON.stringify(String(d.type).slice(0, 40))}` };
  }
}

/** A message ready to post. */
export function wrap<M extends { type: string }>(channel: string, message: M): Envelope<M> {
  return { protocol: PROTOCOL, v: VERSION, ch: channel, ...message };
}
