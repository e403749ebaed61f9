// Generated from custom-elements.json by `node scripts/react-wrappers.js`; do not edit by hand.
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../define/cx-sentiment-badge.js';
import { CxSentimentBadge as CxSentimentBadgeElement } from '../components/sentiment-badge/sentiment-badge.js';
import type { CxAdapterErrorEvent } from '../events/adapter-error.js';
import type { CxSentimentOverriddenEvent, CxSentimentOverrideEvent } from '../events/sentiment-override.js';

/** React wrapper of `<cx-sentiment-badge>` (importing it registers the element): Shows the sentiment of a message or conversation, explains it and lets an agent correct it. */
export const CxSentimentBadge = /* @__PURE__ */ createComponent({
  tagName: 'cx-sentiment-badge',
  elementClass: CxSentimentBadgeElement,
  react: React,
  displayName: 'CxSentimentBadge',
  events: {
    /** `cx-sentiment-override`: An agent picked another level; cancel it to keep the shown one. */
    onCxSentimentOverride: 'cx-sentiment-override' as EventName<CxSentimentOverrideEvent>,
    /** `cx-sentiment-overridden`: The badge now shows the agent's level. */
    onCxSentimentOverridden: 'cx-sentiment-overridden' as EventName<CxSentimentOverriddenEvent>,
    /** `cx-adapter-error`: For developers: the adapter's sentiment service failed or answered with data that could not be used; the badge offers Retry. One per failure; one console warning per kind. */
    onCxAdapterError: 'cx-adapter-error' as EventName<CxAdapterErrorEvent>,
  },
});
