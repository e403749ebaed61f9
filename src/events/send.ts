import type { Message, OutgoingMessage } from '../model/message.js';

/**
 * Before each attempt to send a reply (retries too), from `<cx-composer>` or a thread's Retry. Cancelable:
 * `preventDefault()` stops the send and keeps the text.
 */
export class CxBeforeSendEvent extends Event {
  /** The reply about to be sent. */
  readonly message: OutgoingMessage;

  constructor(message: OutgoingMessage) {
    super('cx-before-send', { bubbles: true, composed: true, cancelable: true });
    this.message = message;
  }
}

/** A reply was sent and the host confirmed it. */
export class CxAfterSendEvent extends Event {
  /** The message as the host stored it. */
  readonly message: Message;

  constructor(message: Message) {
    super('cx-after-send', { bubbles: true, composed: true });
    this.message = message;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-before-send': CxBeforeSendEvent;
    'cx-after-send': CxAfterSendEvent;
  }
}
