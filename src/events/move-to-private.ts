import type { MoveToPrivateRequest, MoveToPrivateResult } from '../model/conversation.js';

/**
 * The agent asked to move the conversation to private. Cancelable: `preventDefault()` means the host runs
 * the move itself; otherwise it runs through the adapter's `conversations.moveToPrivate` when there is one.
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

  constructor(result: MoveToPrivateResult) {
    super('cx-moved-to-private', { bubbles: true, composed: true });
    this.result = result;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-move-to-private-request': CxMoveToPrivateRequestEvent;
    'cx-moved-to-private': CxMovedToPrivateEvent;
  }
}
