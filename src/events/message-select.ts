import type { Message } from '../model/index.js';

/** The agent selected a message in a thread (click, Enter or Space). */
export class CxMessageSelectEvent extends Event {
  readonly message: Message;

  constructor(message: Message) {
    super('cx-message-select', { bubbles: true, composed: true });
    this.message = message;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-message-select': CxMessageSelectEvent;
  }
}
