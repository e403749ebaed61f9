// Generated from custom-elements.json by `node scripts/react-wrappers.js`; do not edit by hand.
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../define/cx-move-to-private.js';
import { CxMoveToPrivate as CxMoveToPrivateElement } from '../components/move-to-private/move-to-private.js';
import type { CxAdapterErrorEvent } from '../events/adapter-error.js';
import type { CxConversationOpenEvent } from '../events/conversation-open.js';
import type { CxMoveToPrivateRequestEvent, CxMovedToPrivateEvent } from '../events/move-to-private.js';

/** React wrapper of `<cx-move-to-private>` (importing it registers the element): Takes a public conversation private in one step: the right route, a public acknowledgement, the first private message, nothing sent twice. */
export const CxMoveToPrivate = /* @__PURE__ */ createComponent({
  tagName: 'cx-move-to-private',
  elementClass: CxMoveToPrivateElement,
  react: React,
  displayName: 'CxMoveToPrivate',
  events: {
    /** `cx-move-to-private-request`: The agent confirmed; `request` holds the route and both texts. Cancelable: `preventDefault()` if the host runs the move (nothing is sent). */
    onCxMoveToPrivateRequest: 'cx-move-to-private-request' as EventName<CxMoveToPrivateRequestEvent>,
    /** `cx-moved-to-private`: The move finished with every step done or skipped; `result`, `request` and `privateConversationId`. */
    onCxMovedToPrivate: 'cx-moved-to-private' as EventName<CxMovedToPrivateEvent>,
    /** `cx-conversation-open`: The agent asked to open the private conversation the move opened. */
    onCxConversationOpen: 'cx-conversation-open' as EventName<CxConversationOpenEvent>,
    /** `cx-adapter-error`: For developers: loading, the secure link, the move or the call-back failed, or the adapter returned data that could not be used (`operation`, `path`, `problem`, the raw `value`). One per failure; one console warning per kind. */
    onCxAdapterError: 'cx-adapter-error' as EventName<CxAdapterErrorEvent>,
  },
});
