import { canReply } from '../../compose/reply-rules.js';
import {
  channel as makeChannel,
  type Channel,
  type Conversation,
  type Customer,
  type Message,
  type MoveStepName,
  type MoveStepResult,
  type MoveToPrivateRequest,
  type MoveToPrivateResult,
  type OutgoingMessage,
  type SecureLink,
  type SecureLinkRequest,
} from '../../model/index.js';
import { publicChannelOf } from '../../move/routes.js';
import { AdapterError, RejectedError, RetryableError } from '../../ports/errors.js';
import { MessageStore } from './message-store.js';
import type { DemoFault, DemoState } from './state.js';

const STEPS: readonly MoveStepName[] = ['public-acknowledgement', 'private-channel', 'link', 'audit'];
const DM_NAMES: Partial<Record<Channel['kind'], string>> = { x: 'X (DM)', facebook: 'Messenger', instagram: 'Instagram (DM)' };
const NEW_CHANNELS = {
  email: ['email', 'E-mail'],
  phone: ['voice', 'Phone callback'],
  'secure-link': ['chat', 'Secure chat'],
} as const;

/** One move, by client id: what the request was, what each step did, and what it made. */
interface MoveRecord {
  key: string;
  result: MoveToPrivateResult;
  /** The private channel and the conversation it is in (the public one, or one the move opened). */
  channel?: Channel;
  conversationId?: string;
  /** The comment a DM answers as the platform's one private reply. */
  inReplyTo?: string;
}

const FAULT_WORDS: Record<DemoFault, string> = {
  error: 'failed',
  timeout: 'timed out',
  junk: 'answered with malformed data',
  'lost-response': 'lost its answer',
};

/**
 * The demo's move to private, done as a host would: the acknowledgement posted in the public thread, the
 * private route checked against consent and the platform's rules (a DM joins the conversation on the
 * platform's private channel; e-mail, a callback or a secure link open a private conversation of their
 * own), the conversations linked by markers, and an activity logged on the customer. Each step is done
 * once per client id: a retry repeats only what failed. `failNext('conversations.moveToPrivate.<step>')`
 * fails one step; `failNext('conversations.moveToPrivate', 'lost-response')` does the work and loses the answer.
 */
export function demoMoves(state: DemoState, send: (message: OutgoingMessage) => Message) {
  const moves = new Map<string, MoveRecord>();
  const links = new Map<string, SecureLink & { conversationId: string }>();
  const linksByClientId = new Map<string, string>();

  const customerOf = (conversation: Conversation): Customer | undefined => (conversation.customerId ? state.customers.get(conversation.customerId) : undefined);
  const messagesOf = (conversationId: string) => state.store(conversationId).all();

  /** A private conversation of its own for the customer, on one channel. */
  function openConversation(from: Conversation, channel: Channel): Conversation {
    const id = state.nextId(`${from.id}-private`);
    const at = state.now();
    const opened: Conversation = {
      id,
      ...(from.customerId ? { customerId: from.customerId } : {}),
      subject: `${from.subject ?? 'Conversation'} (private)`,
      channels: [channel],
      status: 'open',
      priority: from.priority,
      sla: [],
      participants: from.participants,
      ...(from.assigneeId ? { assigneeId: from.assigneeId } : {}),
      createdAt: at,
      updatedAt: at,
    };
    state.conversations.set(id, opened);
    state.messages.set(id, new MessageStore());
    return opened;
  }

  /** Where the move continues: checked against the customer's consent and the platform's rules. */
  function privateRoute(request: MoveToPrivateRequest, record: MoveRecord): { channel: Channel; conversationId: string; inReplyTo?: string } {
    if (record.channel && record.conversationId) return { channel: record.channel, conversationId: record.conversationId, ...(record.inReplyTo ? { inReplyTo: record.inReplyTo } : {}) };
    const conversation = state.conversation(request.conversationId);
    const customer = customerOf(conversation);
    const messages = messagesOf(conversation.id);
    if (request.route === 'dm') {
      const from = publicChannelOf(conversation, messages);
      if (!from || !DM_NAMES[from.kind]) throw new RejectedError('This platform has no direct messages.', { status: 422 });
      if (customer?.consent.dm === false) throw new RejectedError(`${customer.name} doesn't take direct messages.`, { status: 403 });
      const own = conversation.channels.find((c) => !c.public && c.kind === from.kind);
      const channel = own ?? makeChannel(`${from.kind}-dm`, from.kind as 'x', false, DM_NAMES[from.kind]!);
      const verdict = canReply(channel, conversation, messages, state.clock());
      if (!verdict.ok) throw new RejectedError(verdict.reason, { status: 403 });
      if (!own) state.conversations.set(conversation.id, { ...conversation, channels: [...conversation.channels, channel] });
      return { channel, conversationId: conversation.id, ...(verdict.privateReplyTo ? { inReplyTo: verdict.privateReplyTo } : {}) };
    }
    if (request.route === 'email' && !customer?.email) throw new RejectedError('No e-mail address on record.', { status: 422 });
    if (request.route === 'email' && !customer?.consent.email) throw new RejectedError(`${customer?.name} has not consented to e-mail.`, { status: 403 });
    if (request.route === 'phone' && !customer?.phone) throw new RejectedError('No phone number on record.', { status: 422 });
    if (request.route === 'phone' && !customer?.consent.phone) throw new RejectedError(`${customer?.name} has not consented to calls.`, { status: 403 });
    const link = request.secureLinkId ? links.get(request.secureLinkId) : undefined;
    if (request.route === 'secure-link' && link?.conversationId !== conversation.id) throw new RejectedError('No secure link was created for this conversation.', { status: 422 });
    const [kind, name] = NEW_CHANNELS[request.route];
    const channel = makeChannel(`${kind}-private`, kind, false, name);
    return { channel, conversationId: openConversation(conversation, channel).id };
  }

  function marker(conversationId: string, channelId: string, text: string, details: Record<string, string>): void {
    state.addMessage({
      id: state.nextId('event'),
      conversationId,
      channelId,
      visibility: 'internal',
      author: { id: 'system', role: 'system', displayName: 'System' },
      text,
      createdAt: state.now(),
      attachments: [],
      delivery: 'sent',
      event: { type: 'moved-to-private', details },
    });
  }

  const steps: Record<MoveStepName, (request: MoveToPrivateRequest, record: MoveRecord) => Omit<MoveStepResult, 'step'>> = {
    'public-acknowledgement': (request) => {
      const ack = request.publicAcknowledgement;
      if (!ack) return { status: 'skipped' };
      const conversation = state.conversation(request.conversationId);
      const channel = conversation.channels.find((c) => c.id === ack.channelId);
      if (!channel?.public) throw new RejectedError(`"${ack.channelId}" is not a public channel of this conversation.`, { status: 422 });
      const lastPost = [...messagesOf(conversation.id)].reverse().find((m) => m.channelId === channel.id && m.author.role === 'customer');
      const message = send({ clientId: `${request.clientId}:ack`, conversationId: conversation.id, channelId: channel.id, visibility: 'public', text: ack.text, ...(lastPost ? { inReplyTo: lastPost.id } : {}) });
      return { status: 'done', messageId: message.id };
    },
    'private-channel': (request, record) => {
      const { channel, conversationId, inReplyTo } = privateRoute(request, record);
      Object.assign(record, { channel, conversationId, inReplyTo });
      record.result.channelId = channel.id;
      record.result.channel = channel;
      if (conversationId !== request.conversationId) record.result.privateConversationId = conversationId;
      if (!request.privateMessage || !channel.capabilities.canReply) return { status: 'done' };
      const visibility = 'private';
      const message = send({ clientId: `${request.clientId}:private`, conversationId, channelId: channel.id, visibility, text: request.privateMessage, ...(inReplyTo ? { inReplyTo } : {}) });
      return { status: 'done', messageId: message.id };
    },
    link: (request, record) => {
      const { channel, conversationId } = record;
      if (!channel || !conversationId) throw new AdapterError('retryable', 'The private channel is not open yet.');
      const by = state.agent.displayName;
      const publicChannel = state.conversation(request.conversationId).channels.find((c) => c.public) ?? channel;
      const into: Record<string, string> = conversationId !== request.conversationId ? { privateConversationId: conversationId } : {};
      marker(request.conversationId, publicChannel.id, `${by} moved the conversation to ${channel.name}`, {
        route: request.route, by, channelId: channel.id, channelName: channel.name, channelKind: channel.kind, ...into,
      });
      if (conversationId !== request.conversationId) {
        marker(conversationId, channel.id, `Continued from a public conversation`, { route: request.route, by, publicConversationId: request.conversationId });
      }
      return { status: 'done' };
    },
    audit: (request, record) => {
      const conversation = state.conversation(request.conversationId);
      if (!conversation.customerId) return { status: 'skipped' };
      state.activities.push({
        customerId: conversation.customerId,
        conversationId: record.conversationId ?? conversation.id,
        type: 'move-to-private',
        summary: `Moved to private (${request.route}) from conversation ${conversation.id} by ${state.agent.displayName}`,
        at: state.now(),
      });
      return { status: 'done' };
    },
  };

  return {
    moveToPrivate(request: MoveToPrivateRequest): MoveToPrivateResult {
      state.conversation(request.conversationId);
      const key = JSON.stringify({ ...request, clientId: undefined });
      const record = moves.get(request.clientId) ?? { key, result: { clientId: request.clientId, steps: [] } };
      if (record.key !== key) throw new RejectedError(`Client id ${request.clientId} was used for another move.`, { status: 409 });
      moves.set(request.clientId, record);
      for (const step of STEPS) {
        const before = record.result.steps.find((s) => s.step === step);
        if (before && before.status !== 'failed') continue;
        let outcome: MoveStepResult;
        const fault = state.take(`conversations.moveToPrivate.${step}`);
        try {
          if (fault) throw new RetryableError(`The demo host ${FAULT_WORDS[fault]} (injected fault).`);
          outcome = { step, ...steps[step](request, record) };
        } catch (error) {
          outcome = { step, status: 'failed', error: error instanceof Error ? error.message : String(error) };
        }
        record.result.steps = [...record.result.steps.filter((s) => s.step !== step), outcome].sort((a, b) => STEPS.indexOf(a.step) - STEPS.indexOf(b.step));
      }
      return structuredClone(record.result);
    },

    createSecureLink(request: SecureLinkRequest): SecureLink {
      const conversation = state.conversation(request.conversationId);
      const known = linksByClientId.get(request.clientId);
      if (known) {
        const { conversationId: _, ...link } = links.get(known)!;
        return link;
      }
      const id = state.nextId('link');
      const token = `${id}-${Math.floor(state.rng.next() * 1e9).toString(36)}`;
      const link = { id, url: `https://northwind.example.com/secure/${token}`, expiresAt: new Date(state.clock().getTime() + 24 * 3_600_000).toISOString() };
      links.set(id, { ...link, conversationId: conversation.id });
      linksByClientId.set(request.clientId, id);
      return link;
    },
  };
}
