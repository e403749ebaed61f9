import type { Customer, Identity } from '../model/customer.js';
import type { IdentityQuery } from '../ports/ports.js';

/**
 * Before an identity is linked to a customer from `<cx-customer-360>`: `identity` carries the
 * `agent-linked` evidence that will be recorded. Cancelable: `preventDefault()` links nothing.
 */
export class CxIdentityLinkEvent extends Event {
  /** The customer the identity is linked to. */
  readonly customerId: string;
  /** The identity, with the evidence that will be recorded. */
  readonly identity: Identity;
  /** The conversation the handle wrote in, when known. */
  readonly conversationId: string | undefined;

  constructor(customerId: string, identity: Identity, conversationId: string | undefined) {
    super('cx-identity-link', { bubbles: true, composed: true, cancelable: true });
    this.customerId = customerId;
    this.identity = identity;
    this.conversationId = conversationId;
  }
}

/** An identity was linked: the host confirmed it and returned the customer. */
export class CxIdentityLinkedEvent extends Event {
  /** The customer as the host returned it, with the identity. */
  readonly customer: Customer;
  readonly identity: Identity;

  constructor(customer: Customer, identity: Identity) {
    super('cx-identity-linked', { bubbles: true, composed: true });
    this.customer = customer;
    this.identity = identity;
  }
}

/** Before an identity is unlinked, after the agent confirmed. Cancelable: `preventDefault()` keeps it. */
export class CxIdentityUnlinkEvent extends Event {
  readonly customer: Customer;
  /** The identity to unlink, with its evidence. */
  readonly identity: Identity;

  constructor(customer: Customer, identity: Identity) {
    super('cx-identity-unlink', { bubbles: true, composed: true, cancelable: true });
    this.customer = customer;
    this.identity = identity;
  }
}

/** An identity was unlinked: the host confirmed it. */
export class CxIdentityUnlinkedEvent extends Event {
  /** The customer as the host returned it, without the identity. */
  readonly customer: Customer;
  readonly identity: Identity;

  constructor(customer: Customer, identity: Identity) {
    super('cx-identity-unlinked', { bubbles: true, composed: true });
    this.customer = customer;
    this.identity = identity;
  }
}

/**
 * The agent asked the customer to identify themselves: `message` is the text to send them. Cancelable:
 * a host that puts it in the reply box (say with the composer's `insertText`) calls `preventDefault()`;
 * otherwise the element shows the message for the agent to send.
 */
export class CxIdentifyRequestEvent extends Event {
  /** The verification message to send to the customer. */
  readonly message: string;
  /** The handle nobody is linked to. */
  readonly query: IdentityQuery;
  readonly conversationId: string | undefined;

  constructor(message: string, query: IdentityQuery, conversationId: string | undefined) {
    super('cx-identify-request', { bubbles: true, composed: true, cancelable: true });
    this.message = message;
    this.query = query;
    this.conversationId = conversationId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-identity-link': CxIdentityLinkEvent;
    'cx-identity-linked': CxIdentityLinkedEvent;
    'cx-identity-unlink': CxIdentityUnlinkEvent;
    'cx-identity-unlinked': CxIdentityUnlinkedEvent;
    'cx-identify-request': CxIdentifyRequestEvent;
  }
}
