import { channel, type Conversation, type Interaction, type Message, type Participant } from '../../model/index.js';
import { FIRST, FLOOD_LINES, LAST, PLACES, STATUS_POST } from './data/flood.js';
import { MessageStore } from './message-store.js';
import type { DemoState } from './state.js';

export interface FloodOptions {
  /** How many posts. Default 40. */
  count?: number;
  /** Spread over this many ms (0: all at once). Default 8 000. */
  overMs?: number;
  /** Known customers among the posters (their ids), each posting several times. Default: two of the data set's customers with an X handle. */
  knownCustomers?: readonly string[];
}

export interface Flood {
  /** The conversations created, one per post. */
  conversationIds: string[];
  /** Resolves with the interaction ids once every post has been offered. */
  offered: Promise<string[]>;
  /** Stops offering what is left. */
  stop(): void;
}

const HOUR = 3_600_000;

/** A new conversation on X with one public post, for the flood. */
function post(state: DemoState, author: Participant, text: string, customerId: string | undefined): Conversation {
  const id = state.nextId('conv-flood');
  const now = state.now();
  const xPublic = channel('x-public', 'x', true, 'X (public reply)');
  const xDm = channel('x-dm', 'x', false, 'X (DM)');
  const conversation: Conversation = {
    id,
    ...(customerId ? { customerId } : {}),
    subject: 'Network outage (mention)',
    channels: [xPublic, xDm],
    status: 'new',
    priority: 'normal',
    sla: [{ kind: 'first-response', startedAt: now, dueAt: new Date(Date.parse(now) + HOUR).toISOString() }],
    participants: [author],
    createdAt: now,
    updatedAt: now,
    tags: ['outage'],
  };
  const message: Message = {
    id: state.nextId('m-flood'),
    conversationId: id,
    channelId: xPublic.id,
    visibility: 'public',
    author,
    text,
    createdAt: now,
    attachments: [],
    delivery: 'delivered',
    url: `https://x.example.com/${(author.handle ?? 'someone').replace(/^@/, '')}/status/${id.replace(/\D/g, '')}`,
  };
  state.conversations.set(id, conversation);
  state.messages.set(id, new MessageStore([message]));
  return conversation;
}

/**
 * Many customers posting about the same outage within seconds or minutes, each offered as an
 * interaction (with the post's text in `attributes.text`, and the status post it replies to in
 * `attributes.post`). Most posters are unknown to the CRM; two known customers post three times each.
 */
export function startFlood(state: DemoState, offer: (interaction: Interaction) => void, options: FloodOptions = {}): Flood {
  const count = Math.max(1, options.count ?? 40);
  const overMs = Math.max(0, options.overMs ?? 8000);
  const known = (options.knownCustomers ?? [...state.customers.values()].filter((c) => c.identities.some((i) => i.channel === 'x')).slice(0, 2).map((c) => c.id))
    .map((id) => state.customers.get(id))
    .filter((c) => c !== undefined);
  const plan: { conversation: Conversation; text: string; replyTo?: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    const line = FLOOD_LINES[i % FLOOD_LINES.length]!;
    const text = line.text.replace('{place}', state.rng.pick(PLACES));
    // Every seventh post is a known customer's: each of two writes three times.
    const customer = known.length > 0 && i % 7 === 3 ? known[(i % 14 === 3 ? 0 : 1) % known.length] : undefined;
    const handle = customer?.identities.find((identity) => identity.channel === 'x')?.handle;
    const name = `${state.rng.pick(FIRST)} ${state.rng.pick(LAST)}`;
    const author: Participant = customer
      ? { id: customer.id, role: 'customer', displayName: customer.name, ...(handle ? { handle } : {}) }
      : { id: state.nextId('flood-person'), role: 'customer', displayName: name, handle: `@${name.replace(' ', '_').toLowerCase()}${state.rng.int(1, 99)}` };
    const replyTo = line.replyToStatus ? STATUS_POST : undefined;
    plan.push({ conversation: post(state, author, text, customer?.id), text, ...(replyTo ? { replyTo } : {}) });
  }
  const ids: string[] = [];
  const timers: ReturnType<typeof setTimeout>[] = [];
  let finish: (ids: string[]) => void = () => undefined;
  const offered = new Promise<string[]>((resolve) => (finish = resolve));
  const send = (index: number) => {
    const { conversation, text, replyTo } = plan[index]!;
    const interaction: Interaction = {
      id: state.nextId('interaction'),
      channel: 'x',
      direction: 'inbound',
      customerAddress: conversation.participants[0]!.handle ?? conversation.participants[0]!.displayName,
      conversationId: conversation.id,
      ...(conversation.customerId ? { customerId: conversation.customerId } : {}),
      queue: 'Social – public',
      attributes: { priority: conversation.priority, subject: conversation.subject ?? '', text, ...(replyTo ? { post: replyTo } : {}) },
      receivedAt: state.now(),
      state: 'offered',
    };
    ids.push(interaction.id);
    offer(interaction);
    if (ids.length === plan.length) finish(ids);
  };
  if (overMs === 0) plan.forEach((_, i) => send(i));
  else plan.forEach((_, i) => timers.push(setTimeout(() => send(i), Math.round((overMs * i) / plan.length))));
  return {
    conversationIds: plan.map((p) => p.conversation.id),
    offered,
    stop: () => {
      timers.forEach(clearTimeout);
      finish(ids);
    },
  };
}
