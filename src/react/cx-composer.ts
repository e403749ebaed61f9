// Generated from custom-elements.json by `node scripts/react-wrappers.js`; do not edit by hand.
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../define/cx-composer.js';
import { CxComposer as CxComposerElement } from '../components/composer/composer.js';
import type { CxAdapterErrorEvent } from '../events/adapter-error.js';
import type { CxAfterSendEvent, CxBeforeSendEvent } from '../events/send.js';

/** React wrapper of `<cx-composer>` (importing it registers the element): Writes a reply on the channel the agent picks, or an internal note, with each channel's rules: length, reply windows, private replies and caps, checks before sending (`reviewReply`), drafts that survive reloads, and nothing private going public by accident. */
export const CxComposer = /* @__PURE__ */ createComponent({
  tagName: 'cx-composer',
  elementClass: CxComposerElement,
  react: React,
  displayName: 'CxComposer',
  events: {
    /** `cx-before-send`: Before each attempt to send (retries too); `message` is the reply. Cancelable: `preventDefault()` stops it and keeps the text. */
    onCxBeforeSend: 'cx-before-send' as EventName<CxBeforeSendEvent>,
    /** `cx-after-send`: Once per reply the host confirmed (by its answer, or by the live watch after a lost answer); `message` is the sent Message. */
    onCxAfterSend: 'cx-after-send' as EventName<CxAfterSendEvent>,
    /** `cx-adapter-error`: For developers: a send, loading the conversation or reopening it failed (`operation`, `problem`, the raw `value`). One per failure; one console warning per kind. */
    onCxAdapterError: 'cx-adapter-error' as EventName<CxAdapterErrorEvent>,
  },
});
