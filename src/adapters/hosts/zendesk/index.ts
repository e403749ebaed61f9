/**
 * `screenpop/adapters/hosts/zendesk`: Zendesk Support through the ZAF client, in an app in the ticket
 * sidebar (or any location with a ticket). A record host (`customers`: the requester and their
 * identities and tickets) and a ticket-based `conversations` source. See the README, "Zendesk".
 */
import type { Capability } from '../../../ports/ports.js';
import type { HostBridge } from '../bridge.js';
import type { ZafClient } from './api.js';
import { zendeskCustomers } from './customers.js';
import { zendeskTickets } from './tickets.js';

export type { ZafClient, ZafRequest, ZendeskComment, ZendeskIdentity, ZendeskTicket, ZendeskUser } from './api.js';
export { identityOf } from './customers.js';
export { replyChannel } from './tickets.js';

export const ZENDESK_PROVIDES: readonly Capability[] = [
  'conversations.get',
  'conversations.load',
  'conversations.watch',
  'conversations.send',
  'customers.get',
  'customers.findCandidates',
  'customers.openRecord',
  'customers.createCase',
  'customers.logActivity',
];

export interface ZendeskBridge extends HostBridge {
  /** The ticket open where the app runs, and its requester: what to pop. Null outside a ticket. */
  currentTicket(): Promise<{ conversationId: string; customerId: string | undefined } | null>;
}

/** Zendesk through `ZAFClient.init()`'s client. Requests go through the client's proxy as the signed-in agent. */
export function createZendeskBridge(options: { client: ZafClient; name?: string }): ZendeskBridge {
  const { client } = options;
  let base: Promise<string | undefined> | undefined;
  const baseUrl = () =>
    (base ??= client
      .get('currentAccount.subdomain')
      .then((answer) => (typeof answer['currentAccount.subdomain'] === 'string' ? `https://${answer['currentAccount.subdomain']}.zendesk.com` : undefined))
      .catch(() => undefined));
  return {
    name: options.name ?? 'zendesk',
    provides: ZENDESK_PROVIDES,
    customers: zendeskCustomers(client, baseUrl),
    conversations: zendeskTickets(client),
    async currentTicket() {
      const answer = await client.get(['ticket.id', 'ticket.requester.id']);
      const id = answer['ticket.id'];
      if (typeof id !== 'number' && typeof id !== 'string') return null;
      const requester = answer['ticket.requester.id'];
      return { conversationId: String(id), customerId: requester === undefined || requester === null ? undefined : String(requester) };
    },
    dispose: () => undefined,
  };
}
