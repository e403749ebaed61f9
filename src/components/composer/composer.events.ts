import type { MoveToPrivateRequest, MoveToPrivateResult } from '../../model/conversation.js';
import type { Message, OutgoingMessage } from '../../model/message.js';

const INIT = { bubbles: true, composed: true } as const;

/** Before each attempt to send a reply (retries too). `preventDefault()` stops it; the text is kept. */
export class CxBeforeSendEvent extends Event {
  readonly detail: OutgoingMessage;
  constructor(message: OutgoingMessage) {
    super('cx-before-send', { ...INIT, cancelable: true });
    this.detail = message;
  }
}

/** A reply was sent; `detail` is the message as the host stored it. */
export class CxAfterSendEvent extends Event {
  readonly detail: Message;
  constructor(message: Message) {
    super('cx-after-send', INIT);
    this.detail = message;
  }
}

/**
 * The agent asked to move the conversation to private with the draft as the first private message.
 * `preventDefault()` means the host runs the move itself; otherwise the composer runs it through the
 * adapter's `conversations.moveToPrivate` when there is one.
 */
export class CxMoveToPrivateRequestEvent extends Event {
  readonly detail: MoveToPrivateRequest;
  constructor(request: MoveToPrivateRequest) {
    super('cx-move-to-private-request', { ...INIT, cancelable: true });
    this.detail = request;
  }
}

/** A move to private the composer ran has finished with every step done or skipped. */
export class CxMovedToPrivateEvent extends Event {
  readonly detail: MoveToPrivateResult;
  constructor(result: MoveToPrivateResult) {
    super('cx-moved-to-private', INIT);
    this.detail = result;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-before-send': CxBeforeSendEvent;
    'cx-after-send': CxAfterSendEvent;
    'cx-move-to-private-request': CxMoveToPrivateRequestEvent;
    'cx-moved-to-private': CxMovedToPrivateEvent;
  }
}
