import type { Message } from '../model/index.js';

/** The agent asked to send a failed reply again (the Retry on a "Not sent" message). */
export class CxMessageRetryEvent extends Event {
  readonly message: Message;

  constructor(message: Message) {
    super('cx-message-retry', { bubbles: true, composed: true });
    this.message = message;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-message-retry': CxMessageRetryEvent;
  }
}
