/**
 * Which private routes a public conversation can move to, and why the others can't: plain TypeScript, no DOM.
 *
 * - `dm`: a direct message on the public channel's own platform (X, Facebook, Instagram): on the
 *   conversation's private channel of that kind when it has one, else on the one the move opens. Refused
 *   when the customer takes no DMs (`consent.dm === false`), and by the platform's reply rules
 *   (`canReply`: Messenger's and Instagram's 24-hour window, the one private reply to a comment).
 * - `email`: to the customer's address when they consented to e-mail, or on the conversation's e-mail
 *   channel when they wrote there themselves.
 * - `phone`: a callback to the customer's number when they consented to calls; placed by the host's
 *   click-to-dial when the adapter has `interactions.dial`, else through a `tel:` link.
 * - `secure-link`: a one-time link the host makes (`conversations.createSecureLink`) posted with the
 *   public acknowledgement; it needs no address.
 *
 * Without a customer record (no `customerId`, or no `CustomerDirectory`) e-mail and phone have no address.
 */
import { canReply } from '../compose/reply-rules.js';
import { defaultCapabilities, type Channel, type ChannelKind } from '../model/channel.js';
import type { Conversation, MoveToPrivateRequest } from '../model/conversation.js';
import type { Customer } from '../model/customer.js';
import type { Message } from '../model/message.js';

export type MoveRoute = MoveToPrivateRequest['route'];

/** Every route, in the order they are offered. */
export const MOVE_ROUTES: readonly MoveRoute[] = ['dm', 'email', 'phone', 'secure-link'];

/**
 * Why a route can't be taken: the customer did not consent, the platform's window is closed, the one
 * private reply to the comment is used, there is no address, the host can't do it, or the platform has
 * no direct messages.
 */
export type RouteUnavailable = 'no-consent' | 'window-closed' | 'private-reply-used' | 'no-address' | 'host-cannot' | 'no-dm';

export interface RouteOption {
  route: MoveRoute;
  available: true;
  /** `dm`: the private channel, the conversation's own or the one the move opens (`existing` false). */
  channel?: Channel;
  existing?: boolean;
  /** `email`, `phone`: the address on record (absent when the conversation's own e-mail channel is used). */
  address?: string;
  /** `phone`: whether the host places the call (click-to-dial) or a `tel:` link does. */
  dial?: 'host' | 'link';
  /** What the agent should know, from the platform's rules (e.g. "this is your one private reply"). */
  note?: string;
}

export interface UnavailableRoute {
  route: MoveRoute;
  available: false;
  why: RouteUnavailable;
  /** The platform rule's own words, when a rule refused it. */
  detail?: string;
}

export type RouteChoice = RouteOption | UnavailableRoute;

export interface RouteInputs {
  conversation: Conversation;
  /** The conversation's messages, oldest first. */
  messages: readonly Message[];
  /** The public channel to move from; by default `publicChannelOf`. */
  from?: Channel;
  customer?: Customer;
  /** What the host can do: click-to-dial, secure links. */
  can: { dial: boolean; secureLink: boolean };
  now: Date;
}

export interface MovePlan {
  /** The public channel the move starts from; absent when the conversation is already private. */
  from?: Channel;
  /** Every route, available or with the reason it is not. */
  routes: RouteChoice[];
  /** The route to start with: the customer's preferred one when it is available, else the first available. */
  preferred?: MoveRoute;
}

/** Platforms with direct messages next to their public posts. */
const DM_KINDS = new Set<ChannelKind | 'other'>(['x', 'facebook', 'instagram', 'linkedin']);

const isCustomer = (m: Message) => m.author.role === 'customer' && !m.event;

/** The public channel the customer last wrote on, else the conversation's first public one. */
export function publicChannelOf(conversation: Conversation, messages: readonly Message[]): Channel | undefined {
  const open = conversation.channels.filter((c) => c.public && c.kind !== 'note');
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    const channel = isCustomer(m) ? open.find((c) => c.id === m.channelId) : undefined;
    if (channel) return channel;
  }
  return open[0];
}

function dmRoute(inputs: RouteInputs, from: Channel, dmName: string): RouteChoice {
  const { conversation, messages, customer, now } = inputs;
  const own = conversation.channels.find((c) => !c.public && c.kind === from.kind);
  const kind = from.kind;
  const capabilities = own?.capabilities ?? (kind === 'other' ? undefined : defaultCapabilities(kind, false));
  if (!DM_KINDS.has(kind) || !capabilities?.canReply || !capabilities.canTakePrivate) return { route: 'dm', available: false, why: 'no-dm' };
  if (customer?.consent.dm === false) return { route: 'dm', available: false, why: 'no-consent' };
  const channel: Channel = own ?? { id: `${from.kind}-dm`, kind, public: false, name: dmName, capabilities };
  const verdict = canReply(channel, conversation, messages, now);
  if (!verdict.ok) {
    const why: RouteUnavailable = verdict.code === 'private-reply-used' ? 'private-reply-used' : verdict.code === 'no-replies' ? 'no-dm' : 'window-closed';
    return { route: 'dm', available: false, why, detail: verdict.reason };
  }
  return { route: 'dm', available: true, channel, existing: !!own, ...(verdict.note ? { note: verdict.note } : {}) };
}

function emailRoute({ conversation, messages, customer }: RouteInputs): RouteChoice {
  const address = customer?.email ?? customer?.identities.find((i) => i.channel === 'email')?.handle;
  const own = conversation.channels.find((c) => c.kind === 'email' && !c.public);
  // The customer wrote to us by e-mail in this conversation: answering there needs no further consent.
  if (own && messages.some((m) => m.channelId === own.id && isCustomer(m))) return { route: 'email', available: true, ...(address ? { address } : {}) };
  if (!address) return { route: 'email', available: false, why: 'no-address' };
  if (!customer?.consent.email) return { route: 'email', available: false, why: 'no-consent' };
  return { route: 'email', available: true, address };
}

function phoneRoute({ customer, can }: RouteInputs): RouteChoice {
  const address = customer?.phone ?? customer?.identities.find((i) => i.channel === 'voice' || i.channel === 'sms')?.handle;
  if (!address) return { route: 'phone', available: false, why: 'no-address' };
  if (!customer?.consent.phone) return { route: 'phone', available: false, why: 'no-consent' };
  return { route: 'phone', available: true, address, dial: can.dial ? 'host' : 'link' };
}

const PREFERRED: Partial<Record<string, MoveRoute>> = { dm: 'dm', email: 'email', phone: 'phone' };

/**
 * The routes a move from the conversation's public channel can take, with why the others can't.
 * `dmName` names a DM channel the move would open ("X (DM)").
 */
export function planMove(inputs: RouteInputs, dmName: (kind: Channel['kind']) => string = (kind) => `${kind} (DM)`): MovePlan {
  const from = inputs.from ?? publicChannelOf(inputs.conversation, inputs.messages);
  if (!from) return { routes: [] };
  const routes: RouteChoice[] = [
    dmRoute(inputs, from, dmName(from.kind)),
    emailRoute(inputs),
    phoneRoute(inputs),
    inputs.can.secureLink ? { route: 'secure-link', available: true } : { route: 'secure-link', available: false, why: 'host-cannot' },
  ];
  const open = routes.filter((r) => r.available);
  const wanted = PREFERRED[inputs.customer?.consent.preferred ?? ''];
  const preferred = open.find((r) => r.route === wanted)?.route ?? open[0]?.route;
  return { from, routes, ...(preferred ? { preferred } : {}) };
}

/** A `tel:` URL for a number as records write it ("+44 20 7946 0018", "(020) 7946-0018"); undefined when it has no digits. */
export function telUrl(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d{3,}/.test(digits) ? `tel:${digits}` : undefined;
}
