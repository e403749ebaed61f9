/**
 * Screenpop in a Salesforce Lightning softphone utility with Amazon Connect: interactions and chat
 * from the CTI, customers from the CRM — `composeAdapter(connect, salesforce)`, the split the ports
 * were made for. In the utility's page, `connect` is Streams' global (after `connect.core.initCCP`)
 * and `opencti` is `sforce.opencti` (from opencti_min.js); see the README's host sections.
 */
import '../../src/define/index.js';
import { createConnectStreamsBridge, type StreamsApi } from '../../src/adapters/hosts/amazon-connect/index.js';
import { createOpenCtiBridge, type OpenCtiApi } from '../../src/adapters/hosts/salesforce/index.js';
import type { Interaction } from '../../src/model/index.js';
import { composeAdapter, type Adapter } from '../../src/ports/index.js';

export interface ConnectSalesforceOptions {
  connect: StreamsApi;
  opencti: OpenCtiApi;
  /** The contact attribute your contact flow sets to the Salesforce Contact id. */
  customerIdAttribute?: string;
  /** An Apex class that returns a record by id (see the README); without it, customers are those searches found. */
  apex?: { apexClass: string; methodName: string };
}

export interface ConnectSalesforceDesk {
  adapter: Adapter;
  /** The interaction on screen. */
  readonly current: Interaction | undefined;
  dispose(): void;
}

export function mountConnectSalesforce(root: HTMLElement, options: ConnectSalesforceOptions): ConnectSalesforceDesk {
  const connect = createConnectStreamsBridge({ connect: options.connect, customerIdAttribute: options.customerIdAttribute ?? 'sfContactId' });
  const salesforce = createOpenCtiBridge(options.opencti, options.apex ? { apex: options.apex } : {});
  const adapter = composeAdapter(connect, salesforce);
  const controller = new AbortController();
  const { signal } = controller;

  // ▼ Screenpop's elements in the utility.
  root.innerHTML = '<cx-desk><cx-conversation-thread></cx-conversation-thread></cx-desk>';
  const desk = root.querySelector('cx-desk')!;
  const thread = root.querySelector('cx-conversation-thread')!;
  desk.adapter = adapter;
  let current: Interaction | undefined;

  // The screen pop: an accepted contact shows its chat here and its Salesforce record in the console.
  adapter.interactions!.subscribe(
    (event) => {
      if (event.type !== 'accepted') return;
      current = event.interaction;
      if (event.interaction.conversationId) thread.conversationId = event.interaction.conversationId;
      salesforce.pop(event.interaction, { signal }).catch((error: unknown) => console.warn('Salesforce screen pop failed', error));
    },
    { signal, onError: (error) => console.warn('Amazon Connect:', error.message) },
  );

  // Each reply is logged on the customer's record as a Task.
  desk.addEventListener(
    'cx-after-send',
    (event) => {
      const customerId = current?.customerId;
      if (!customerId || !adapter.has('customers.logActivity')) return;
      adapter.customers!.logActivity!({ customerId, conversationId: event.message.conversationId, type: 'reply', summary: event.message.text.slice(0, 255), at: event.message.createdAt }).catch((error: unknown) =>
        console.warn('Logging the reply in Salesforce failed', error),
      );
    },
    { signal },
  );

  // The phone route of a move to private: a number the agent clicks in Salesforce is dialled by Amazon Connect.
  salesforce.onClickToDial((request) => void connect.dial(request.number).catch((error: unknown) => console.warn('Dialling failed', error)), { signal });

  return {
    adapter,
    get current() {
      return current;
    },
    dispose() {
      controller.abort();
      connect.dispose();
      salesforce.dispose();
    },
  };
}
