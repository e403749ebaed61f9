import type { CaseSummary, Customer, CustomerCandidate, Identity } from '../../model/index.js';
import { AdapterError } from '../../ports/errors.js';
import type { CustomerDirectoryInput, IdentityQuery } from '../../ports/ports.js';
import { JUNK, type DemoState } from './state.js';

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
  const enter = async (operation: string, signal: AbortSignal | undefined) => {
    const fault = await state.enter(`customers.${operation}`, signal);
    await state.failBefore(operation, fault, signal);
    return fault;
  };
  const update = (customer: Customer) => {
    state.customers.set(customer.id, customer);
    return customer;
  };

  return {
    async getCustomer(id, options) {
      if ((await enter('getCustomer', options?.signal)) === 'junk') return JUNK.customer as never;
      return state.customer(id);
    },

    async findCandidates(query, options) {
      await enter('findCandidates', options?.signal);
      const candidates: CustomerCandidate[] = [];
      for (const customer of state.customers.values()) {
        const linked = customer.identities.find((identity) => sameIdentity(identity, query));
        if (linked) {
          candidates.push({ customer, confidence: linked.evidence.confidence, reason: `Linked ${linked.channel} identity (${linked.evidence.method})` });
          continue;
        }
        const guess = resemblance(customer, query);
        if (guess) candidates.push({ customer, ...guess });
      }
      return candidates.sort((a, b) => b.confidence - a.confidence || a.customer.name.localeCompare(b.customer.name));
    },

    async linkIdentity(customerId, identity, options) {
      await enter('linkIdentity', options?.signal);
      const customer = state.customer(customerId);
      const identities = [...customer.identities.filter((i) => !sameIdentity(i, identity)), identity];
      return update({ ...customer, identities });
    },

    async unlinkIdentity(customerId, query, options) {
      await enter('unlinkIdentity', options?.signal);
      const customer = state.customer(customerId);
      if (!customer.identities.some((i) => sameIdentity(i, query))) {
        throw new AdapterError('not-found', `${customer.name} has no linked ${query.channel} identity "${query.handle}".`);
      }
      return update({ ...customer, identities: customer.identities.filter((i) => !sameIdentity(i, query)) });
    },

    async openRecord(record, options) {
      await enter('openRecord', options?.signal);
      state.openedRecords.push(record);
    },

    async createCase(newCase, options) {
      await enter('createCase', options?.signal);
      const customer = state.customer(newCase.customerId);
      if (!newCase.subject.trim()) throw new AdapterError('invalid-data', 'A case needs a subject.');
      const created: CaseSummary = {
        id: String(5000_1000 + state.customers.size * 100 + customer.openCases.length + state.activities.length),
        subject: newCase.subject,
        status: 'new',
        priority: newCase.priority ?? 'normal',
        openedAt: state.now(),
      };
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
      return created;
    },

    async logActivity(activity, options) {
      await enter('logActivity', options?.signal);
      state.customer(activity.customerId);
      state.activities.push(activity);
    },
  };
}
