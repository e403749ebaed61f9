// Generated from custom-elements.json by `node scripts/react-wrappers.js`; do not edit by hand.
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../define/cx-screen-pop.js';
import { CxScreenPop as CxScreenPopElement } from '../components/screen-pop/screen-pop.js';
import type { CxAdapterErrorEvent } from '../events/adapter-error.js';
import type { CxInteractionAcceptEvent, CxInteractionAcceptedEvent, CxInteractionDismissEvent, CxInteractionDismissedEvent, CxInteractionSnoozeEvent, CxPopClosedEvent, CxPopEvent } from '../events/interaction.js';

/** React wrapper of `<cx-screen-pop>` (importing it registers the element): Pops the customer who just arrived — conversation, customer, sentiment, SLA — and keeps the rest in a queue ordered by urgency. */
export const CxScreenPop = /* @__PURE__ */ createComponent({
  tagName: 'cx-screen-pop',
  elementClass: CxScreenPopElement,
  react: React,
  displayName: 'CxScreenPop',
  events: {
    /** `cx-interaction-accept`: Before the agent accepts an offered interaction. Cancelable: the host then accepts it in its CTI. */
    onCxInteractionAccept: 'cx-interaction-accept' as EventName<CxInteractionAcceptEvent>,
    /** `cx-interaction-accepted`: The interaction was accepted (`byHost` says whether the adapter did it) and its pop is open. */
    onCxInteractionAccepted: 'cx-interaction-accepted' as EventName<CxInteractionAcceptedEvent>,
    /** `cx-interaction-dismiss`: Before the agent dismisses offered interactions (an incident's all at once). Cancelable. */
    onCxInteractionDismiss: 'cx-interaction-dismiss' as EventName<CxInteractionDismissEvent>,
    /** `cx-interaction-dismissed`: Offered interactions left the queue. */
    onCxInteractionDismissed: 'cx-interaction-dismissed' as EventName<CxInteractionDismissedEvent>,
    /** `cx-interaction-snooze`: Offered interactions were snoozed until `until`. */
    onCxInteractionSnooze: 'cx-interaction-snooze' as EventName<CxInteractionSnoozeEvent>,
    /** `cx-pop`: A pop is shown; `cause` says why (offered, accepted, switched, host). */
    onCxPop: 'cx-pop' as EventName<CxPopEvent>,
    /** `cx-pop-closed`: A pop was closed by the agent, or released (`released`) to keep the last `max-pops`. */
    onCxPopClosed: 'cx-pop-closed' as EventName<CxPopClosedEvent>,
    /** `cx-adapter-error`: An interaction event was ignored (duplicate, out of order, never offered) or a call failed. */
    onCxAdapterError: 'cx-adapter-error' as EventName<CxAdapterErrorEvent>,
  },
});
