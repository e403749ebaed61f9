// Generated from custom-elements.json by `node scripts/react-wrappers.js`; do not edit by hand.
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../define/cx-thread-message.js';
import { CxThreadMessage as CxThreadMessageElement } from '../components/thread-message/thread-message.js';
import type { CxConversationOpenEvent } from '../events/conversation-open.js';
import type { CxMessageRetryEvent } from '../events/message-retry.js';

/** React wrapper of `<cx-thread-message>` (importing it registers the element): One message of a conversation thread: channel, visibility in words, author and role, time, reply context, text, attachments, markers and sentiment. A system event renders as one line. */
export const CxThreadMessage = /* @__PURE__ */ createComponent({
  tagName: 'cx-thread-message',
  elementClass: CxThreadMessageElement,
  react: React,
  displayName: 'CxThreadMessage',
  events: {
    /** `cx-message-retry`: The agent asked to send this failed reply again. */
    onCxMessageRetry: 'cx-message-retry' as EventName<CxMessageRetryEvent>,
    /** `cx-conversation-open`: The agent asked to open the conversation a "moved to private" marker links to (`details.privateConversationId`, or `publicConversationId` on the private side). */
    onCxConversationOpen: 'cx-conversation-open' as EventName<CxConversationOpenEvent>,
  },
});
