// Scenes for <cx-move-to-private>: one conversation over the demo adapter, a customer or none, capabilities taken away.
import { fixture, html } from '@open-wc/testing';
import '../../src/define/cx-move-to-private.js';
import { createDemoAdapter, type DemoAdapter } from '../../src/adapters/demo/index.js';
import type { CxMoveToPrivate } from '../../src/components/move-to-private/move-to-private.js';
import type { Channel, Consent, Conversation, Customer, Message, ParticipantRole } from '../../src/model/index.js';
import { createAdapter } from '../../src/ports/adapter.js';
import type { Adapter } from '../../src/ports/ports.js';
import { until } from '../helpers/until.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
let sequence = 0;

export type Line = [channelId: string, role: ParticipantRole, msAgo: number, text?: string, extra?: Partial<Message>];

export interface SceneOptions {
  /** The conversation's customer; null for a conversation that names none. */
  customer?: Partial<Omit<Customer, 'consent'>> & { consent?: Partial<Consent> };
  noCustomer?: boolean;
}

export interface Scene {
  demo: DemoAdapter;
  conversation: Conversation;
  messages: Message[];
  customer?: Customer;
}

export function customerRecord(id: string, extra: Partial<Omit<Customer, 'consent'>> & { consent?: Partial<Consent> } = {}): Customer {
  const { consent, ...rest } = extra;
  return {
    id,
    record: { system: 'crm', type: 'Contact', id: `crm-${id}` },
    name: 'Dana Whitfield',
    email: 'dana.whitfield@example.com',
    phone: '+44 20 7946 0018',
    identities: [],
    value: {},
    openCases: [],
    orders: [],
    offers: [],
    consent: { email: true, sms: false, phone: true, marketing: false, ...consent },
    notes: [],
    ...rest,
  };
}

/** A demo adapter holding one conversation on `channels` with `lines` ([channel, role, ms ago, text]) and, unless told, a customer. */
export function scene(channels: Channel[], lines: Line[], options: SceneOptions = {}): Scene {
  sequence += 1;
  const id = `conv-move-${Date.now()}-${sequence}`;
  const at = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();
  const customer = options.noCustomer ? undefined : customerRecord(`cust-${sequence}`, options.customer);
  const conversation: Conversation = {
    id,
    ...(customer ? { customerId: customer.id } : {}),
    subject: 'Broadband outage',
    channels,
    status: 'open',
    priority: 'normal',
    sla: [],
    participants: [],
    assigneeId: 'sam',
    createdAt: at(30 * DAY),
    updatedAt: at(0),
  };
  const messages = lines
    .map(([channelId, role, msAgo, text, extra], i): Message => ({
      id: `${id}-m${i}`,
      conversationId: id,
      channelId,
      visibility: channels.find((c) => c.id === channelId)!.public ? 'public' : 'private',
      author: role === 'customer' ? { id: 'dana', role, displayName: customer?.name ?? 'Dana', handle: '@dana_whit' } : { id: 'sam', role, displayName: 'Sam Okafor' },
      text: text ?? (role === 'customer' ? 'Still no internet, and I was charged twice.' : 'Looking into it.'),
      createdAt: at(msAgo),
      attachments: [],
      delivery: 'sent',
      ...extra,
    }))
    .sort((x, y) => x.createdAt.localeCompare(y.createdAt));
  const demo = createDemoAdapter({
    latency: 0,
    initialInteraction: false,
    dataset: { customers: customer ? [customer] : [], conversations: [conversation], messages, agent: { id: 'sam', role: 'agent', displayName: 'Sam Okafor' }, colleagues: [], liveLines: [] },
  });
  return { demo, conversation, messages, ...(customer ? { customer } : {}) };
}

/** The demo adapter without some capabilities, as a host that lacks them. */
export function without(demo: DemoAdapter, ...missing: ('dial' | 'secureLink' | 'move' | 'customers')[]): Adapter {
  const c = demo.conversations!;
  const i = demo.interactions!;
  return createAdapter({
    name: 'partial',
    conversations: {
      getConversation: (id, o) => c.getConversation(id, o),
      loadMessages: (id, o) => c.loadMessages(id, o),
      send: (m, o) => c.send!(m, o),
      ...(missing.includes('move') ? {} : { moveToPrivate: (r, o) => c.moveToPrivate!(r, o) }),
      ...(missing.includes('secureLink') ? {} : { createSecureLink: (r, o) => c.createSecureLink!(r, o) }),
    },
    interactions: { subscribe: (l, o) => i.subscribe(l, o), ...(missing.includes('dial') ? {} : { dial: (r, o) => i.dial!(r, o) }) },
    ...(missing.includes('customers') ? {} : { customers: { getCustomer: (id, o) => demo.customers!.getCustomer(id, o) } }),
  });
}

export async function mountMove(s: Scene, props: Partial<CxMoveToPrivate> & { adapter?: Adapter } = {}): Promise<CxMoveToPrivate> {
  const el = await fixture<CxMoveToPrivate>(html`<cx-move-to-private .adapter=${props.adapter ?? s.demo} conversation-id=${s.conversation.id}></cx-move-to-private>`);
  Object.assign(el, props);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const textOf = (el: HTMLElement, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Opens the dialog and waits until the routes (or a reason there are none) show. */
export async function openMove(el: CxMoveToPrivate): Promise<void> {
  $<HTMLButtonElement>(el, '[part~="trigger"]')!.click();
  await until(() => $(el, '[part~="routes"], [part~="no-route"], .already'), 'the move dialog shows its routes');
  await until(() => !$(el, '.customer-loading'), 'the customer loaded');
  await el.updateComplete;
}

/** Types into one of the move's texts. */
export async function typeInto(el: CxMoveToPrivate, which: 'acknowledgement' | 'opening', text: string): Promise<void> {
  const area = $<HTMLTextAreaElement>(el, `textarea#${which}`)!;
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export const confirmButton = (el: HTMLElement) => $<HTMLButtonElement>(el, '[part~="confirm"]')!;
export const stepStatus = (el: HTMLElement, step: string) => $(el, `[part~="steps"] [data-step="${step}"]`)?.getAttribute('data-status');

/** Every message the demo host holds for a conversation, oldest first. */
export async function stored(s: Scene, conversationId = s.conversation.id): Promise<Message[]> {
  const page = await s.demo.conversations!.loadMessages(conversationId, { limit: 1000 });
  return [...page.messages].reverse();
}
