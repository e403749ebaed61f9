import type { CaseSummary, Customer, CustomerCandidate, Identity } from '../../model/index.js';
import { AdapterError } from '../../ports/errors.js';
import type { CustomerDirectoryInput, IdentityQuery } from '../../ports/ports.js';
import { CANDIDATE_HINTS } from './data/candidates.js';
import { PEOPLE } from './data/people.js';
import { JUNK, loseResponse, type DemoState } from './state.js';

const normalise = (handle: string) => handle.trim().toLowerCase().replace(/^@/, '').replace(/[\s().-]/g, '');

/** Scores how likely a customer owns a handle they have not linked: shared name or mail parts. */
function resemblance(customer: Customer, query: IdentityQuery): { confidence: number; reason: string } | null {
  const handle = normalise(query.handle);
  const words = customer.name.toLowerCase().split(/\s+/).filter((w) => w.length > 2);
  const matched = words.filter((word) => handle.includes(word));
  if (matched.length === 0) return null;
  const confidence = Math.min(0.6, 0.25 * matched.length);
  return { confidence, reason: `Handle contains the name “${matched.join(' ')}”` };
}

const sameIdentity = (identity: Pick<Identity, 'channel' | 'handle'>, query: IdentityQuery) =>
  identity.channel === query.channel && normalise(identity.handle) === normalise(query.handle);

/** The demo's record host: customers, identities, cases and activities, in memory. */
export function demoCustomers(state: DemoState): CustomerDirectoryInput {
  /** Cases created by client id: the same id again returns the first case. */
  const casesByClientId = new Map<string, CaseSummary>();
  let caseSequence = 0;
  const enter = (operation: string, signal: AbortSignal | undefined) => state.begin(`customers.${operation}`, signal, operation);
  const update = (customer: Customer) => {
    state.customers.set(customer.id, customer);
    return customer;
  };
  /** Conversations nobody owned whose customer wrote from `identity` now belong to the customer. */
  const adoptConversations = (customerId: string, identity: Identity) => {
    for (const conversation of state.conversations.values()) {
      if (conversation.customerId) continue;
      const handle = state.customerParticipant(conversation).handle;
      const onChannel = conversation.channels.some((ch) => ch.kind === identity.channel);
      if (handle && onChannel && sameIdentity(identity, { channel: identity.channel, handle })) {
        state.conversations.set(conversation.id, { ...conversation, customerId });
      }
    }
  };

  return {
    async getCustomer(id, options) {
      if ((await enter('getCustomer', options?.signal)) === 'junk') return JUNK.customer as never;
      return state.customer(id);
    },

    async findCandidates(query, options) {
      if ((await enter('findCandidates', options?.signal)) === 'junk') return [JUNK.customer] as never;
      const found = new Map<string, CustomerCandidate>();
      const offer = (candidate: CustomerCandidate) => {
        const known = found.get(candidate.customer.id);
        if (!known || known.confidence < candidate.confidence) found.set(candidate.customer.id, candidate);
      };
      for (const customer of state.customers.values()) {
        const linked = customer.identities.find((identity) => sameIdentity(identity, query));
        if (linked) offer({ customer, confidence: linked.evidence.confidence, reason: `Linked ${linked.channel} identity (${linked.evidence.method})` });
      }
      for (const hint of CANDIDATE_HINTS) {
        const customer = state.customers.get(PEOPLE[hint.person].id);
        if (customer && sameIdentity(hint, query)) offer({ customer, confidence: hint.confidence, reason: hint.reason });
      }
      for (const customer of state.customers.values()) {
        const guess = found.has(customer.id) ? null : resemblance(customer, query);
        if (guess) offer({ customer, ...guess });
      }
      return [...found.values()].sort((a, b) => b.confidence - a.confidence || a.customer.name.localeCompare(b.customer.name));
    },

    async linkIdentity(customerId, identity, options) {
      const fault = await enter('linkIdentity', options?.signal);
      const customer = state.customer(customerId);
      const identities = [...customer.identities.filter((i) => !sameIdentity(i, identity)), identity];
      const linked = update({ ...customer, identities });
      adoptConversations(customerId, identity);
      loseResponse(fault, 'did linkIdentity');
      return linked;
    },

    async unlinkIdentity(customerId, query, options) {
      const fault = await enter('unlinkIdentity', options?.signal);
      const customer = state.customer(customerId);
      if (!customer.identities.some((i) => sameIdentity(i, query))) {
        throw new AdapterError('not-found', `${customer.name} has no linked ${query.channel} identity "${query.handle}".`);
      }
      const unlinked = update({ ...customer, identities: customer.identities.filter((i) => !sameIdentity(i, query)) });
      loseResponse(fault, 'did unlinkIdentity');
      return unlinked;
    },

    async openRecord(record, options) {
      await enter('openRecord', options?.signal);
      state.openedRecords.push(record);
    },

    async createCase(newCase, options) {
      const fault = await enter('createCase', options?.signal);
      const earlier = newCase.clientId === undefined ? undefined : casesByClientId.get(newCase.clientId);
      if (earlier) return earlier;
      const customer = state.customer(newCase.customerId);
      if (!newCase.subject.trim()) throw new AdapterError('invalid-data', 'A case needs a subject.');
      caseSequence += 1;
      const created: CaseSummary = {
        id: String(49_000 + caseSequence).padStart(8, '0'),
        subject: newCase.subject,
        status: 'new',
        priority: newCase.priority ?? 'normal',
        openedAt: state.now(),
      };
      if (newCase.clientId !== undefined) casesByClientId.set(newCase.clientId, created);
      update({ ...customer, openCases: [...customer.openCases, created] });
      if (newCase.conversationId && state.conversations.has(newCase.conversationId)) {
        const conversation = state.conversation(newCase.conversationId);
        state.addMessage({
          id: state.nextId('event'),
          conversationId: conversation.id,
          channelId: conversation.channels[0]!.id,
          visibility: 'internal',
          author: { id: 'system', role: 'system', displayName: 'System' },
          text: `Case ${created.id} created: ${created.subject}`,
          createdAt: state.now(),
          attachments: [],
          delivery: 'sent',
          event: { type: 'case-created', details: { caseId: created.id, subject: created.subject } },
        });
      }
      loseResponse(fault, 'did createCase');
      return created;
    },

    async logActivity(activity, options) {
      const fault = await enter('logActivity', options?.signal);
      state.customer(activity.customerId);
      state.activities.push(activity);
      loseResponse(fault, 'did logActivity');
    },
  };
}
