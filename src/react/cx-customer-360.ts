// Generated from custom-elements.json by `node scripts/react-wrappers.js`; do not edit by hand.
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../define/cx-customer-360.js';
import { CxCustomer360 as CxCustomer360Element } from '../components/customer-360/customer-360.js';
import type { CxAdapterErrorEvent } from '../events/adapter-error.js';
import type { CxActivityLogEvent, CxActivityLoggedEvent, CxCaseCreateEvent, CxCaseCreatedEvent } from '../events/case.js';
import type { CxConversationOpenEvent } from '../events/conversation-open.js';
import type { CxIdentifyRequestEvent, CxIdentityLinkEvent, CxIdentityLinkedEvent, CxIdentityUnlinkEvent, CxIdentityUnlinkedEvent } from '../events/identity.js';

/** React wrapper of `<cx-customer-360>` (importing it registers the element): Who the customer is: the CRM record, identities with their evidence, value and reach, cases, orders, offers and history. */
export const CxCustomer360 = /* @__PURE__ */ createComponent({
  tagName: 'cx-customer-360',
  elementClass: CxCustomer360Element,
  react: React,
  displayName: 'CxCustomer360',
  events: {
    /** `cx-identity-link`: Before linking the unknown handle to a candidate; `identity` has the evidence. Cancelable. */
    onCxIdentityLink: 'cx-identity-link' as EventName<CxIdentityLinkEvent>,
    /** `cx-identity-linked`: The host linked it; `customer` is the updated record. */
    onCxIdentityLinked: 'cx-identity-linked' as EventName<CxIdentityLinkedEvent>,
    /** `cx-identity-unlink`: The agent confirmed unlinking `identity`. Cancelable. */
    onCxIdentityUnlink: 'cx-identity-unlink' as EventName<CxIdentityUnlinkEvent>,
    /** `cx-identity-unlinked`: The host unlinked it; `customer` is the updated record. */
    onCxIdentityUnlinked: 'cx-identity-unlinked' as EventName<CxIdentityUnlinkedEvent>,
    /** `cx-identify-request`: Ask the customer to identify: `message` is the text to send. Cancel it when the host puts it in the reply box; otherwise the element shows it. */
    onCxIdentifyRequest: 'cx-identify-request' as EventName<CxIdentifyRequestEvent>,
    /** `cx-case-create`: Before each attempt to create a case (retries keep `newCase.clientId`). Cancelable. */
    onCxCaseCreate: 'cx-case-create' as EventName<CxCaseCreateEvent>,
    /** `cx-case-created`: The host created the case; `caseSummary` is it. */
    onCxCaseCreated: 'cx-case-created' as EventName<CxCaseCreatedEvent>,
    /** `cx-activity-log`: Before logging an activity. Cancelable. */
    onCxActivityLog: 'cx-activity-log' as EventName<CxActivityLogEvent>,
    /** `cx-activity-logged`: The host logged the activity. */
    onCxActivityLogged: 'cx-activity-logged' as EventName<CxActivityLoggedEvent>,
    /** `cx-conversation-open`: The agent opened a conversation from the history; the host shows it. */
    onCxConversationOpen: 'cx-conversation-open' as EventName<CxConversationOpenEvent>,
    /** `cx-adapter-error`: For developers: a call to the adapter failed or returned data that could not be used (`operation`, `path`, `problem`, the raw `value`). One per failure; one console warning per kind. */
    onCxAdapterError: 'cx-adapter-error' as EventName<CxAdapterErrorEvent>,
  },
});
