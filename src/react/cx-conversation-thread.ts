// Generated from custom-elements.json by `node scripts/react-wrappers.js`; do not edit by hand.
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../define/cx-conversation-thread.js';
import { CxConversationThread as CxConversationThreadElement } from '../components/conversation-thread/conversation-thread.js';
import type { CxAdapterErrorEvent } from '../events/adapter-error.js';
import type { CxCommunityActedEvent, CxCommunityActionEvent } from '../events/community.js';
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
    /** `cx-adapter-error`: For developers: a message of a page or a live event the adapter sent could not be shown (the agent sees "1 message could not be shown" in its place), or a call or the watch failed. One per problem; one console warning per kind. */
    onCxAdapterError: 'cx-adapter-error' as EventName<CxAdapterErrorEvent>,
    /** `cx-community-action`: On a forum, before each attempt of an action on a post (accept, endorse, thank, hide); `action`, `request` (with its `clientId`), `post`. Cancelable. */
    onCxCommunityAction: 'cx-community-action' as EventName<CxCommunityActionEvent>,
    /** `cx-community-acted`: On a forum, the host did the action; `post` is the post as it is now. A forum or community conversation (its first channel a `forum`) reads as a forum: the question, its accepted solution pinned under it, then the replies nested by `inReplyTo` (a reply to a missing post or inside a loop of replies is shown top-level), each author's role in words (staff, community advocate — a volunteer, not staff —, moderator), rank and badge, kudos, official staff replies and endorsements; an unanswered question says for how long. The agent's actions on posts (accept as solution, endorse and thank an advocate, hide pending moderation) show when the adapter's `community` port offers them, each idempotent by client id with its outcome or an error with Retry; the question can be taken private (`<cx-move-to-private>`) or made a case (`createCase`). The customer view of a forum shows what every reader sees: public posts, not the ones hidden pending moderation. */
    onCxCommunityActed: 'cx-community-acted' as EventName<CxCommunityActedEvent>,
  },
});
