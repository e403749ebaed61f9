import type { MoveToPrivateRequest, MoveToPrivateResult } from '../model/conversation.js';

/**
 * The agent confirmed a move to private. Cancelable: `preventDefault()` means the host runs the move itself
 * (nothing is sent); otherwise it runs through the adapter's `conversations.moveToPrivate` when there is one.
 */
export class CxMoveToPrivateRequestEvent extends Event {
  /** The route, the public acknowledgement and the private message, with the move's client id. */
  readonly request: MoveToPrivateRequest;

  constructor(request: MoveToPrivateRequest) {
    super('cx-move-to-private-request', { bubbles: true, composed: true, cancelable: true });
    this.request = request;
  }
}

/** A move to private has finished with every step done or skipped. */
export class CxMovedToPrivateEvent extends Event {
  /** Each step's result and the private channel. */
  readonly result: MoveToPrivateResult;
  /** The request that was moved (its conversation, route and texts), when the element that ran it says. */
  readonly request?: MoveToPrivateRequest;

  constructor(result: MoveToPrivateResult, request?: MoveToPrivateRequest) {
    super('cx-moved-to-private', { bubbles: true, composed: true });
    this.result = result;
    if (request) this.request = request;
  }

  /** The conversation the customer continues in: the one the move opened, else the moved conversation itself. */
  get privateConversationId(): string | undefined {
    return this.result.privateConversationId ?? this.request?.conversationId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-move-to-private-request': CxMoveToPrivateRequestEvent;
    'cx-moved-to-private': CxMovedToPrivateEvent;
  }
}
