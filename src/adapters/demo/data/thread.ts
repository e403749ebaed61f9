import {
  channel,
  labelForScore,
  type Attachment,
  type Channel,
  type Conversation,
  type DeliveryState,
  type Message,
  type Participant,
  type Priority,
  type PriorityReason,
  type SentimentDriver,
  type SlaClock,
  type ConversationStatus,
  type SystemEvent,
} from '../../../model/index.js';
import { PEOPLE, STAFF, asParticipant, type PersonKey, type StaffKey } from './people.js';
import type { Clock } from './time.js';

/** The channels conversations use, by id; each conversation gets fresh copies. */
const CHANNELS = {
  'x-public': () => channel('x-public', 'x', true, 'X (public reply)'),
  'x-dm': () => channel('x-dm', 'x', false, 'X (DM)'),
  'fb-comment': () => channel('fb-comment', 'facebook', true, 'Facebook (comment)'),
  'fb-messenger': () => channel('fb-messenger', 'facebook', false, 'Messenger'),
  'ig-comment': () => channel('ig-comment', 'instagram', true, 'Instagram (comment)'),
  'ig-dm': () => channel('ig-dm', 'instagram', false, 'Instagram (DM)'),
  forum: () => channel('forum', 'forum', true, 'Northwind Community'),
  email: () => channel('email', 'email', false, 'Email'),
  chat: () => channel('chat', 'chat', false, 'Web chat'),
  voice: () => channel('voice', 'voice', false, 'Phone call'),
  note: () => channel('note', 'note', false, 'Internal note'),
} satisfies Record<string, () => Channel>;
export type ChannelId = keyof typeof CHANNELS;

/** Who wrote a step: "c" is the conversation's customer, a staff key, or anyone else. */
export type Who = 'c' | StaffKey | Participant;

export interface StepOptions {
  /** Agents only: a note other agents see, never the customer. */
  internal?: boolean;
  /** Minutes after sending that the author edited it. */
  edited?: number;
  deleted?: boolean;
  /** 1-based step this replies to; 0 for none. Public social replies chain automatically. */
  re?: number;
  attachments?: Attachment[];
  delivery?: DeliveryState;
  error?: string;
  lang?: string;
  /** Adapter-supplied sentiment: score −1..1, confidence, drivers as [text, weight, kind]. */
  sentiment?: [score: number, confidence: number, drivers: [string, number, SentimentDriver['kind']][]];
  event?: SystemEvent;
}

/** One message: minutes after the previous one, author, channel id, text, options. */
export type Step = [gap: number, who: Who, channelId: ChannelId, text: string, options?: StepOptions];

export interface SlaSpec {
  /** Minutes from the first customer message to the first reply. */
  first?: number;
  /** Minutes from a customer's follow-up to the next reply. */
  next?: number;
  /** Minutes from the start to resolution. */
  resolution?: number;
}

export interface ConversationSpec {
  /** conv-001 … */
  n: number;
  /** The known customer; omit for a handle nobody has matched yet (then give `who`). */
  customer?: PersonKey;
  /** The author of "c" steps when there is no known customer. */
  who?: Participant;
  subject: string;
  channels: ChannelId[];
  status: ConversationStatus;
  priority: Priority;
  reasons?: [PriorityReason['kind'], string][];
  assignee?: 'sam' | 'priya' | 'tomasz' | 'aisha';
  sla: SlaSpec;
  /** Minutes ago of the last step; earlier steps are laid out backwards from it by their gaps. */
  end: number;
  /** 1-based step the desktop's agent has read up to. Resolved and closed ones default to the last. */
  lastRead?: number;
  tags?: string[];
  steps: Step[];
}

export interface Built {
  conversation: Conversation;
  messages: Message[];
}

/** An image on picsum.photos, stable per seed. */
export function img(seed: string, alt: string, sizeBytes = 184_000): Attachment {
  return { id: `att-${seed}`, type: 'image/jpeg', url: `https://picsum.photos/seed/${seed}/640/480`, name: `${seed}.jpg`, alt, sizeBytes };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const SOCIAL = new Set(['x', 'facebook', 'instagram']);

function permalink(ch: Channel, author: Participant, id: string, n: number, index: number): string | undefined {
  if (!ch.public) return undefined;
  const user = (author.handle ?? author.displayName).replace(/^@/, '').replace(/\s+/g, '');
  switch (ch.kind) {
    case 'x':
      return `https://x.example.com/${user}/status/18${pad(n, 4)}${pad(index, 6)}`;
    case 'facebook':
      return `https://facebook.example.com/NorthwindMobile/posts/7741${pad(n, 3)}?comment_id=${id}`;
    case 'instagram':
      return `https://instagram.example.com/p/NWm${pad(n, 3)}/c/${index}`;
    case 'forum':
      return `https://community.northwind.example.com/t/${pad(n, 3)}/${index}`;
    default:
      return undefined;
  }
}

/** Builds a conversation and its messages from compact steps, with times laid out relative to now. */
export function thread(t: Clock, spec: ConversationSpec): Built {
  const conversationId = `conv-${pad(spec.n, 3)}`;
  const channels = spec.channels.map((id) => CHANNELS[id]());
  const byId = new Map(channels.map((ch) => [ch.id, ch]));
  const person = spec.customer ? PEOPLE[spec.customer] : undefined;
  const span = spec.steps.slice(1).reduce((sum, [gap]) => sum + gap, 0);
  let minutesAgo = spec.end + span;

  const messages: Message[] = [];
  spec.steps.forEach(([gap, who, channelId, text, o = {}], index) => {
    if (index > 0) minutesAgo -= gap;
    const ch = byId.get(channelId) ?? channels[0]!;
    const author: Participant =
      who === 'c' ? (person ? asParticipant(person, ch.kind) : spec.who!) : typeof who === 'string' ? STAFF[who] : who;
    const id = `m-${pad(spec.n, 3)}-${pad(index + 1, 2)}`;
    const createdAt = t.ago(minutesAgo);
    const internal = author.role === 'system' || o.internal || ch.kind === 'voice' || ch.kind === 'note';
    const message: Message = {
      id,
      conversationId,
      channelId: ch.id,
      visibility: internal ? 'internal' : ch.public ? 'public' : 'private',
      author: { ...author },
      text,
      createdAt,
      attachments: (o.attachments ?? []).map((a) => ({ ...a })),
      delivery: o.delivery ?? 'delivered',
    };
    if (author.role === 'agent' && !internal) message.clientId = `cli-${pad(spec.n, 3)}-${pad(index + 1, 2)}`;
    if (o.edited !== undefined) message.editedAt = t.after(createdAt, o.edited);
    if (o.deleted) message.deleted = true;
    if (o.error) message.error = o.error;
    if (o.lang) message.lang = o.lang;
    if (o.event) message.event = { type: o.event.type, ...(o.event.details ? { details: { ...o.event.details } } : {}) };
    if (o.sentiment) {
      const [score, confidence, drivers] = o.sentiment;
      message.sentiment = { score, label: labelForScore(score), confidence, source: 'adapter', drivers: drivers.map(([text, weight, kind]) => ({ text, weight, kind })) };
    }
    const inReplyTo = replyTarget(messages, message, ch, o.re);
    if (inReplyTo) message.inReplyTo = inReplyTo;
    const url = permalink(ch, author, id, spec.n, index + 1);
    if (url && !internal) message.url = url;
    messages.push(message);
  });

  // Agent messages the customer answered afterwards were read.
  messages.forEach((m, i) => {
    if (m.author.role === 'agent' && m.visibility === 'private' && m.delivery === 'delivered' && messages.slice(i + 1).some((later) => later.author.role === 'customer')) {
      m.delivery = 'read';
    }
  });

  const first = messages[0]!;
  const last = messages[messages.length - 1]!;
  const participants = [...new Map(messages.map((m) => [m.author.id, { ...m.author }])).values()];
  const done = spec.status === 'resolved' || spec.status === 'closed';
  const lastRead = spec.lastRead ?? (done ? messages.length : undefined);

  const conversation: Conversation = {
    id: conversationId,
    ...(person ? { customerId: person.id } : {}),
    subject: spec.subject,
    channels,
    status: spec.status,
    priority: spec.priority,
    ...(spec.reasons ? { priorityReasons: spec.reasons.map(([kind, text]) => ({ kind, text })) } : {}),
    sla: slaClocks(spec, messages, done),
    participants,
    ...(spec.assignee ? { assigneeId: STAFF[spec.assignee].id } : {}),
    createdAt: first.createdAt,
    updatedAt: last.createdAt,
    ...(lastRead ? { lastReadMessageId: messages[lastRead - 1]!.id } : {}),
    ...(spec.tags ? { tags: [...spec.tags] } : {}),
  };
  return { conversation, messages };
}

function replyTarget(earlier: Message[], message: Message, ch: Channel, re: number | undefined): string | undefined {
  if (re !== undefined) return re > 0 ? earlier[re - 1]?.id : undefined;
  if (!ch.public || !SOCIAL.has(ch.kind) || message.visibility === 'internal') return undefined;
  const wanted = message.author.role === 'agent' ? 'customer' : 'agent';
  for (let i = earlier.length - 1; i >= 0; i--) {
    const m = earlier[i]!;
    if (m.channelId === ch.id && m.author.role === wanted) return m.id;
  }
  return undefined;
}

const isCustomer = (m: Message) => m.author.role === 'customer';
const isReply = (m: Message) => m.author.role === 'agent' && m.visibility !== 'internal';

/** SLA clocks derived from the thread: met when an agent replied in time, running otherwise. */
function slaClocks(spec: ConversationSpec, messages: Message[], done: boolean): SlaClock[] {
  const clocks: SlaClock[] = [];
  const paused = spec.status === 'pending' || spec.status === 'on-hold';
  const firstCustomer = messages.findIndex(isCustomer);
  const start = messages[Math.max(0, firstCustomer)]!.createdAt;
  const firstReply = messages.findIndex((m, i) => i > firstCustomer && isReply(m));
  if (spec.sla.first !== undefined) {
    clocks.push({ kind: 'first-response', startedAt: start, dueAt: plus(start, spec.sla.first), ...(firstReply >= 0 ? { metAt: messages[firstReply]!.createdAt } : {}) });
  }
  if (spec.sla.next !== undefined && firstReply >= 0) {
    const replies = messages.map((m, i) => (isReply(m) ? i : -1)).filter((i) => i >= 0);
    const lastReply = replies[replies.length - 1]!;
    const waiting = messages.findIndex((m, i) => i > lastReply && isCustomer(m));
    if (waiting >= 0 && !done) {
      // The customer's latest message waits for a reply; paused while the conversation waits on them.
      const startedAt = messages[waiting]!.createdAt;
      clocks.push({ kind: 'next-response', startedAt, dueAt: plus(startedAt, spec.sla.next), ...(paused ? { paused: true } : {}) });
    } else if (waiting < 0 && replies.length > 1) {
      const previousReply = replies[replies.length - 2]!;
      const asked = messages.findIndex((m, i) => i > previousReply && i < lastReply && isCustomer(m));
      if (asked >= 0) {
        const startedAt = messages[asked]!.createdAt;
        clocks.push({ kind: 'next-response', startedAt, dueAt: plus(startedAt, spec.sla.next), metAt: messages[lastReply]!.createdAt });
      }
    }
  }
  if (spec.sla.resolution !== undefined) {
    clocks.push({
      kind: 'resolution',
      startedAt: messages[0]!.createdAt,
      dueAt: plus(messages[0]!.createdAt, spec.sla.resolution),
      ...(done ? { metAt: messages[messages.length - 1]!.createdAt } : {}),
      ...(paused ? { paused: true } : {}),
    });
  }
  return clocks;
}

/** Due times may lie in the future, unlike message times. */
const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/* System events, as steps. */

const channelName = (id: ChannelId) => CHANNELS[id]().name;

export const movedToPrivate = (gap: number, from: ChannelId, to: ChannelId, by: Participant): Step => [
  gap,
  'sys',
  from,
  `${by.displayName} moved the conversation to ${channelName(to)}`,
  { event: { type: 'moved-to-private', details: { from, to, by: by.displayName } } },
];

export const assignedTo = (gap: number, on: ChannelId, to: Participant, details: Record<string, string> = {}): Step => [
  gap,
  'sys',
  on,
  `Assigned to ${to.displayName}`,
  { event: { type: 'assigned', details: { to: to.displayName, agentId: to.id, ...details } } },
];

export const caseCreated = (gap: number, on: ChannelId, caseId: string, subject: string): Step => [
  gap,
  'sys',
  on,
  `Case ${caseId} created: ${subject}`,
  { event: { type: 'case-created', details: { caseId, subject } } },
];

export const statusChanged = (gap: number, on: ChannelId, from: ConversationStatus, to: ConversationStatus, reason: string): Step => [
  gap,
  'sys',
  on,
  `Status changed from ${from} to ${to}: ${reason}`,
  { event: { type: 'status-changed', details: { from, to, reason } } },
];

export const marker = (gap: number, on: ChannelId, text: string, details: Record<string, string>): Step => [gap, 'sys', on, text, { event: { type: 'other', details } }];
