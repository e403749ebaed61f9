/**
 * Zendesk as a record host: a user (the ticket's requester) is the customer, the user's identities
 * are identities (email, X, Facebook, phone), the tickets they requested are their cases.
 */
import type { CaseSummaryInput, ChannelKind, CustomerInput, IdentityInput } from '../../../model/index.js';
import type { CustomerDirectoryInput } from '../../../ports/ports.js';
import { isoDate } from '../bridge.js';
import { zafGet, zafSend, zendeskId, type ZafClient, type ZendeskIdentity, type ZendeskTicket, type ZendeskUser } from './api.js';

const IDENTITY_CHANNELS: Record<string, ChannelKind> = { email: 'email', twitter: 'x', facebook: 'facebook', phone_number: 'voice' };
const CASE_STATUS: Record<string, CaseSummaryInput['status']> = { new: 'new', open: 'open', pending: 'pending', hold: 'pending', solved: 'solved', closed: 'closed' };
const PRIORITY = new Set(['low', 'normal', 'high', 'urgent']);

/** A Zendesk identity as a Screenpop identity; undefined for kinds that are no customer channel (google, sdk, …). */
export function identityOf(identity: ZendeskIdentity): IdentityInput | undefined {
  const channel = IDENTITY_CHANNELS[identity.type];
  if (!channel) return undefined;
  return {
    channel,
    handle: channel === 'x' && !identity.value.startsWith('@') ? `@${identity.value}` : identity.value,
    verified: identity.verified === true,
    evidence: {
      method: identity.verified ? 'verified-login' : channel === 'email' ? 'matched-email' : channel === 'voice' ? 'matched-phone' : 'customer-stated',
      source: 'zendesk',
      linkedAt: identity.created_at as string,
      confidence: identity.verified ? 1 : 0.7,
    },
  };
}

export function caseOf(ticket: ZendeskTicket, base: string | undefined): CaseSummaryInput {
  return {
    id: ticket.id,
    subject: ticket.subject ?? '',
    status: CASE_STATUS[ticket.status] as CaseSummaryInput['status'],
    priority: ticket.priority && PRIORITY.has(ticket.priority) ? (ticket.priority as CaseSummaryInput['priority']) : undefined,
    openedAt: ticket.created_at,
    url: base ? `${base}/agent/tickets/${ticket.id}` : undefined,
  };
}

export function customerOf(user: ZendeskUser, identities: ZendeskIdentity[], tickets: ZendeskTicket[], base: string | undefined): CustomerInput {
  return {
    id: user.id,
    record: { system: 'zendesk', type: 'user', id: user.id, url: base ? `${base}/agent/users/${user.id}` : undefined },
    name: user.name,
    email: user.email,
    phone: user.phone,
    avatarUrl: user.photo?.content_url,
    locale: user.locale,
    identities: identities.map(identityOf).filter((i): i is IdentityInput => !!i),
    openCases: tickets.filter((t) => t.status !== 'solved' && t.status !== 'closed').map((t) => caseOf(t, base)),
    value: user.created_at ? { since: isoDate(user.created_at) } : undefined,
  };
}

export function zendeskCustomers(client: ZafClient, base: () => Promise<string | undefined>): CustomerDirectoryInput {
  const load = async (id: string): Promise<CustomerInput> => {
    const user = zendeskId(id, 'user');
    const [u, i, t, b] = await Promise.all([
      zafGet<{ user: ZendeskUser }>(client, `/api/v2/users/${user}.json`),
      zafGet<{ identities: ZendeskIdentity[] }>(client, `/api/v2/users/${user}/identities.json`),
      zafGet<{ tickets: ZendeskTicket[] }>(client, `/api/v2/users/${user}/tickets/requested.json?sort_by=updated_at&sort_order=desc`),
      base(),
    ]);
    return customerOf(u.user, i.identities ?? [], t.tickets ?? [], b);
  };
  return {
    getCustomer: (id) => load(id),

    async findCandidates(query) {
      const handle = query.handle.replace(/^@/, '');
      const [found, b] = await Promise.all([zafGet<{ users: ZendeskUser[] }>(client, `/api/v2/users/search.json?query=${encodeURIComponent(handle)}`), base()]);
      const exact = (u: ZendeskUser) => [u.email, u.phone].some((v) => v && v.toLowerCase() === handle.toLowerCase());
      return (found.users ?? [])
        .filter((u) => u.role === undefined || u.role === 'end-user')
        .map((u) => ({ customer: customerOf(u, [], [], b), confidence: exact(u) ? 0.9 : 0.5, reason: exact(u) ? `Zendesk user with ${query.handle}` : `Zendesk user search matched ${query.handle}` }))
        .sort((a, b2) => b2.confidence - a.confidence);
    },

    async openRecord(record) {
      await client.invoke('routeTo', record.type === 'ticket' ? 'ticket' : 'user', record.id);
    },

    async createCase(newCase) {
      const [{ ticket }, b] = await Promise.all([
        zafSend<{ ticket: ZendeskTicket }>(client, 'POST', '/api/v2/tickets.json', {
          ticket: { subject: newCase.subject, comment: { body: newCase.description ?? newCase.subject }, requester_id: Number(zendeskId(newCase.customerId, 'user')), priority: newCase.priority },
        }),
        base(),
      ]);
      return caseOf(ticket, b);
    },

    async logActivity(activity) {
      if (!activity.conversationId) throw Object.assign(new Error('Zendesk logs an activity as an internal note on a ticket: the activity needs a conversationId'), { status: 422 });
      await zafSend(client, 'PUT', `/api/v2/tickets/${zendeskId(activity.conversationId, 'ticket')}.json`, { ticket: { comment: { body: `${activity.type}: ${activity.summary}`, public: false } } });
    },
  };
}
