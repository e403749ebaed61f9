// Generated from custom-elements.json by `node scripts/react-wrappers.js`; do not edit by hand.
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../define/cx-conversation-thread.js';
import { CxConversationThread as CxConversationThreadElement } from '../components/conversation-thread/conversation-thread.js';
import type { CxConversationOpenEvent } from '../events/conversation-open.js';
import type { CxMessageSelectEvent } from '../events/message-select.js';
import type { CxAfterSendEvent, CxBeforeSendEvent } from '../events/send.js';

/** React wrapper of `<cx-conversation-thread>` (importing it registers the element): One conversation across every channel the customer used, oldest at the top, live. */
export const CxConversationThread = /* @__PURE__ */ createComponent({
  tagName: 'cx-conversation-thread',
  elementClass: CxConversationThreadElement,
  react: React,
  displayName: 'CxConversationThread',
  events: {
    /** `cx-message-select`: The agent selected a message; `message` is it. */
    onCxMessageSelect: 'cx-message-select' as EventName<CxMessageSelectEvent>,
    /** `cx-before-send`: Before a failed reply is sent again from the thread; `message` is the reply. Cancelable. */
    onCxBeforeSend: 'cx-before-send' as EventName<CxBeforeSendEvent>,
    /** `cx-after-send`: After a reply sent again from the thread was confirmed; `message` is the sent Message. */
    onCxAfterSend: 'cx-after-send' as EventName<CxAfterSendEvent>,
    /** `cx-conversation-open`: The agent asked to open the private conversation this one continues in (the notice above the feed). */
    onCxConversationOpen: 'cx-conversation-open' as EventName<CxConversationOpenEvent>,
  },
});
