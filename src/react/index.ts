// Generated from custom-elements.json by `node scripts/react-wrappers.js`; do not edit by hand.
/**
 * `screenpop/react`: a React component for each Screenpop element, made with `@lit/react`. Importing a
 * wrapper registers its element. Properties are set as properties (objects and arrays too), and each
 * `cx-*` event is an `onCx…` prop typed with its event class. React is a peer dependency, not bundled.
 */
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../define/cx-composer.js';
import '../define/cx-conversation-thread.js';
import '../define/cx-customer-360.js';
import '../define/cx-desk.js';
import '../define/cx-move-to-private.js';
import '../define/cx-screen-pop.js';
import '../define/cx-sentiment-badge.js';
import '../define/cx-sla-clock.js';
import '../define/cx-thread-message.js';
import { CxComposer as CxComposerElement } from '../components/composer/composer.js';
import { CxConversationThread as CxConversationThreadElement } from '../components/conversation-thread/conversation-thread.js';
import { CxCustomer360 as CxCustomer360Element } from '../components/customer-360/customer-360.js';
import { CxDesk as CxDeskElement } from '../components/desk/desk.js';
import { CxMoveToPrivate as CxMoveToPrivateElement } from '../components/move-to-private/move-to-private.js';
import { CxScreenPop as CxScreenPopElement } from '../components/screen-pop/screen-pop.js';
import { CxSentimentBadge as CxSentimentBadgeElement } from '../components/sentiment-badge/sentiment-badge.js';
import { CxSlaClock as CxSlaClockElement } from '../components/sla-clock/sla-clock.js';
import { CxThreadMessage as CxThreadMessageElement } from '../components/thread-message/thread-message.js';
import type { CxAdapterErrorEvent } from '../events/adapter-error.js';
import type { CxActivityLogEvent, CxActivityLoggedEvent, CxCaseCreateEvent, CxCaseCreatedEvent } from '../events/case.js';
import type { CxConversationOpenEvent } from '../events/conversation-open.js';
import type { CxIdentifyRequestEvent, CxIdentityLinkEvent, CxIdentityLinkedEvent, CxIdentityUnlinkEvent, CxIdentityUnlinkedEvent } from '../events/identity.js';
import type { CxInteractionAcceptEvent, CxInteractionAcceptedEvent, CxInteractionDismissEvent, CxInteractionDismissedEvent, CxInteractionSnoozeEvent, CxPopClosedEvent, CxPopEvent } from '../events/interaction.js';
import type { CxMessageRetryEvent } from '../events/message-retry.js';
import type { CxMessageSelectEvent } from '../events/message-select.js';
import type { CxMoveToPrivateRequestEvent, CxMovedToPrivateEvent } from '../events/move-to-private.js';
import type { CxAfterSendEvent, CxBeforeSendEvent } from '../events/send.js';
import type { CxSentimentOverriddenEvent, CxSentimentOverrideEvent } from '../events/sentiment-override.js';

/** React wrapper of `<cx-composer>` (registers it): Writes a reply on the channel the agent picks, or an internal note, with each channel's rules: length, reply windows, private replies and caps, checks before sending (`reviewReply`), drafts that survive reloads, and nothing private going public by accident. The thread gives it `conversation`, `messages` (oldest first) and `sender` (its outbox, so a send shows in the timeline at once). Alone it needs a `conversation` (or `conversation-id`) and an adapter from `<cx-desk>`; it then loads what is missing and sends through an outbox of its own. Ctrl/Cmd+Enter sends. The reply and the internal note are separate drafts: choosing a note channel shows the note, choosing a reply channel the reply, and text never changes audience on its own. Moving a note into the reply, or a reply from a private channel to a public one, asks first, with keeping it where it was as the default. A failed send's Retry sends it again exactly as it went out, on its own channel. On a public channel it hosts `<cx-move-to-private>` (its button, and the review's "Move to private…") with the reply carried over as the private message; that element's `cx-move-to-private-request` and `cx-moved-to-private` bubble out. */
export const CxComposer = createComponent({
  tagName: 'cx-composer',
  elementClass: CxComposerElement,
  react: React,
  displayName: 'CxComposer',
  events: {
    /** `cx-before-send`: Before each attempt to send (retries too); `message` is the reply. Cancelable: `preventDefault()` stops it and keeps the text. */
    onCxBeforeSend: 'cx-before-send' as EventName<CxBeforeSendEvent>,
    /** `cx-after-send`: Once per reply the host confirmed (by its answer, or by the live watch after a lost answer); `message` is the sent Message. */
    onCxAfterSend: 'cx-after-send' as EventName<CxAfterSendEvent>,
  },
});

/** React wrapper of `<cx-conversation-thread>` (registers it): One conversation across every channel the customer used, oldest at the top, live. Loads the conversation `conversation-id` through the adapter (its own `adapter`, or the one of the enclosing `<cx-desk>`), pages older messages in on scroll-up, and applies the live watch in place: the same message never shows twice, and order is by time then id whatever order events arrive in. Long threads are virtualized; search runs over the loaded messages, not the DOM. The composer (`<cx-composer>`, when defined) is hosted at the bottom and sends through the thread's outbox. "What the customer sees" shows public messages and private messages on the conversation's customer-facing channels (any channel kind but `note`) that were delivered and not deleted; it hides internal notes, system events, messages on internal channels, and pending or failed sends. A reply that failed shows "Not sent" with a Retry, which sends it again with the same client id (so it goes out once) and fires `cx-before-send` and `cx-after-send` like the composer's sends. Keyboard, on a message: ↑/↓ and Page Up/Down move between messages, Home/End go to the first loaded and the latest, Enter/Space select, `r` focuses the composer, Ctrl+Home/Ctrl+End leave the feed. Sizing: it fills its container's height (`height: 100%`), at least 16rem high, and may shrink to any width; the feed takes what the toolbar and the composer leave, at least 8rem, and scrolls. Whatever `display` a page sets on the element, its inner column keeps that layout (the `base` part holds it). In a container with no height of its own, give the element one (`height` or `flex`). */
export const CxConversationThread = createComponent({
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

/** React wrapper of `<cx-customer-360>` (registers it): Who the customer is: the CRM record, identities with their evidence, value and reach, cases, orders, offers and history. Give it a `customer-id`, or a `conversation-id` or an `interaction`: it then finds the customer from the conversation's (or interaction's) `customerId`, and when there is none it shows the sender's handle with the directory's candidates (`findCandidates`), best first, each with its evidence and confidence. Nothing is ever linked without the agent: "Link" records `agent-linked` evidence with the `agent` and the time, then logs an activity; "Not this person" rules a candidate out; "Ask the customer to identify" fires `cx-identify-request` with a verification message. Works inside `<cx-desk>` or with its own `adapter`. Every action shows only where `adapter.has(...)` says the host can do it. Each section shows what it has and says what is missing; it shows a skeleton while loading and an error with Retry when its data could not be loaded. "Create case" creates the case once however often it is clicked or retried (one client id per case). The reach / risk indicator explains every factor it used (`assessStanding`); clout never reorders anything: it is shown, and `standingPriorityReason` offers it to a screen pop as a priority reason. History and the sentiment trend come from `conversations`, which the host lists. Layout follows the element's own width: one column up to 40rem (compact at 320 px and below), two columns from 40rem. Customer data is untrusted: it is shown as text, and only http(s) images and links go live. */
export const CxCustomer360 = createComponent({
  tagName: 'cx-customer-360',
  elementClass: CxCustomer360Element,
  react: React,
  displayName: 'CxCustomer360',
  events: {
    /** `cx-identity-link`: Before linking the unknown handle to a candidate; `identity` has the evidence. Cancelable. */
    onCxIdentityLink: 'cx-identity-link' as EventName<CxIdentityLinkEvent>,
    /** `cx-identity-linked`: The host linked it; `customer` is the updated record. */
    onCxIdentityLinked: 'cx-identity-linked' as EventName<CxIdentityLinkedEvent>,
    /** `cx-identity-unlink`: The agent confirmed unlinking `identity`. Cancelable. */
    onCxIdentityUnlink: 'cx-identity-unlink' as EventName<CxIdentityUnlinkEvent>,
    /** `cx-identity-unlinked`: The host unlinked it; `customer` is the updated record. */
    onCxIdentityUnlinked: 'cx-identity-unlinked' as EventName<CxIdentityUnlinkedEvent>,
    /** `cx-identify-request`: Ask the customer to identify: `message` is the text to send. Cancel it when the host puts it in the reply box; otherwise the element shows it. */
    onCxIdentifyRequest: 'cx-identify-request' as EventName<CxIdentifyRequestEvent>,
    /** `cx-case-create`: Before each attempt to create a case (retries keep `newCase.clientId`). Cancelable. */
    onCxCaseCreate: 'cx-case-create' as EventName<CxCaseCreateEvent>,
    /** `cx-case-created`: The host created the case; `caseSummary` is it. */
    onCxCaseCreated: 'cx-case-created' as EventName<CxCaseCreatedEvent>,
    /** `cx-activity-log`: Before logging an activity. Cancelable. */
    onCxActivityLog: 'cx-activity-log' as EventName<CxActivityLogEvent>,
    /** `cx-activity-logged`: The host logged the activity. */
    onCxActivityLogged: 'cx-activity-logged' as EventName<CxActivityLoggedEvent>,
    /** `cx-conversation-open`: The agent opened a conversation from the history; the host shows it. */
    onCxConversationOpen: 'cx-conversation-open' as EventName<CxConversationOpenEvent>,
  },
});

/** React wrapper of `<cx-desk>` (registers it): Gives every `cx-*` element inside it the desktop's adapter. Put the Screenpop elements anywhere inside one `<cx-desk>` and set its `adapter` once. The markup may come before the script and the elements may be defined in any order. */
export const CxDesk = createComponent({
  tagName: 'cx-desk',
  elementClass: CxDeskElement,
  react: React,
  displayName: 'CxDesk',
  events: {},
});

/** React wrapper of `<cx-move-to-private>` (registers it): Takes a public conversation private in one step: the right route, a public acknowledgement, the first private message, nothing sent twice. Place it anywhere (a toolbar, a record page, next to a flagged post) with a `conversation-id`; the composer hosts it too, carrying the agent's text over as the private message. Its button opens a dialog that offers the private routes the conversation's channels and the customer allow — a DM on the same platform (its consent, reply window and one private reply to a comment), e-mail (known and consented), a phone callback (the host's click-to-dial, else a `tel:` link), a secure one-time link the host makes — and lists each other route with why it is not open. The customer comes from the adapter's `CustomerDirectory` when the conversation names one; without it e-mail and phone have no address. Both texts start from templates with variables (`{customerName}`, `{firstName}`, `{handle}`, `{agentName}`, `{agentInitials}`, `{caseId}`, `{privateChannel}`, `{dmLink}`, `{secureLink}`), fitted to the public channel's length rule; the agent edits them and sees what will be sent. An unknown variable, or one with no value, is shown as an error and never sent. Both texts go through `reviewReply`: personal data blocks the public text; other findings ask for a second confirmation. One confirmation fires `cx-move-to-private-request`, then runs `moveToPrivate` with a client id. Each step (public acknowledgement, private message or channel, conversations linked, activity logged) is shown and announced; Retry sends the same request again, so the host repeats only what failed and nothing goes out twice, even after a lost answer. Escape or Cancel closes the dialog and keeps the texts; focus returns to what opened it. Switching conversations closes it; a move under way finishes for its own conversation. */
export const CxMoveToPrivate = createComponent({
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
  },
});

/** React wrapper of `<cx-screen-pop>` (registers it): Pops the customer who just arrived — conversation, customer, sentiment, SLA — and keeps the rest in a queue ordered by urgency. Listens to the adapter's interactions (`interactions.subscribe`): an offered interaction pops when nothing is shown and otherwise waits in the queue; an accepted one opens; an ended one stays until the agent closes it. It also asks `interactions.current()` for the interaction the agent is on, and follows an `interaction` the host sets. Accept goes through the host's `interactions.accept` when the adapter has it; otherwise it is accepted here and `cx-interaction-accepted` tells the host. A pop shows the channel, handle and matched name, the wait, the SLA clocks, the sentiment with its trend and the reasons it was raised; the thread with its composer; the customer 360; and the move to private. Below 48rem it is one column of foldable sections; from 48rem the thread sits beside the customer, and from 72rem the queue is a column of its own. The last `max-pops` pops stay open (each keeps its draft, scroll position and folded sections); older ones are released. The queue is ordered by `prioritize` (replaceable), at most once per animation frame, with each item's reasons; floods from many customers about one thing are one incident, a customer writing repeatedly is one row. Bad events (duplicates, out of order, ended but never offered) are ignored and reported as `cx-adapter-error`. Keyboard (scoped to the element, `shortcuts`): Alt+Shift+A accept, Alt+Shift+N / Alt+Shift+P next / previous pop, Alt+Shift+W close. */
export const CxScreenPop = createComponent({
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

/** React wrapper of `<cx-sentiment-badge>` (registers it): Shows the sentiment of a message or conversation, explains it and lets an agent correct it. Give it a full `sentiment` (from the analyzer or the adapter), or just a `score` (−1..1) or a `label`, or a `text` to score itself: through the adapter's sentiment service when it has one, otherwise through the built-in analyzer, which is then downloaded on first use. An invalid value shows "No sentiment" rather than a wrong one. The level is shown as a sign, a word and a colour, never by colour alone. The badge is a button: it opens an explanation (level, score, confidence, trend, source, each driver with its signed weight and modifiers) where an agent can set another level. Escape closes it and focus returns to the badge. */
export const CxSentimentBadge = createComponent({
  tagName: 'cx-sentiment-badge',
  elementClass: CxSentimentBadgeElement,
  react: React,
  displayName: 'CxSentimentBadge',
  events: {
    /** `cx-sentiment-override`: An agent picked another level; cancel it to keep the shown one. */
    onCxSentimentOverride: 'cx-sentiment-override' as EventName<CxSentimentOverrideEvent>,
    /** `cx-sentiment-overridden`: The badge now shows the agent's level. */
    onCxSentimentOverridden: 'cx-sentiment-overridden' as EventName<CxSentimentOverriddenEvent>,
  },
});

/** React wrapper of `<cx-sla-clock>` (registers it): A conversation's service-level clocks — first response, next response, resolution — with the time left or over, in words. Give it the conversation's `clocks` (`Conversation.sla`). Each clock says its name and where it stands: "due in 12 min", "due in 4 min, soon" (within `soon-minutes`), "overdue by 20 min", "paused", "met" — always in words and with a sign (◷ ⚠ ✕ ⏸ ✓), never by colour alone; hover shows the due time. `kind` shows one kind only; `compact` shows only the most pressing clock. The element's `state` attribute is the most pressing state, for the host's own styling. Clocks count down on the page's one shared ticker (once a second, for every clock at once), and a clock re-renders only itself, and only when its words change. Pass `now` to drive it from another clock (tests, replays). */
export const CxSlaClock = createComponent({
  tagName: 'cx-sla-clock',
  elementClass: CxSlaClockElement,
  react: React,
  displayName: 'CxSlaClock',
  events: {},
});

/** React wrapper of `<cx-thread-message>` (registers it): One message of a conversation thread: channel, visibility in words, author and role, time, reply context, text, attachments, markers and sentiment. A system event renders as one line. A customer message without a score from the adapter is scored through `scorer` (the thread's, which batches the messages it shows), else through the adapter's sentiment service, else the built-in analyzer. Customer text is untrusted: it is rendered as text only, isolated for bidi (`dir="auto"`), wrapped anywhere, with combining-mark floods clipped. Only absolute http(s) links and images go live. */
export const CxThreadMessage = createComponent({
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
