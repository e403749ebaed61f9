// Generated from custom-elements.json by `node scripts/react-wrappers.js`; do not edit by hand.
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../define/cx-knowledge.js';
import { CxKnowledge as CxKnowledgeElement } from '../components/knowledge/knowledge.js';
import type { CxAdapterErrorEvent } from '../events/adapter-error.js';
import type { CxKnowledgeInsertEvent, CxKnowledgeInsertedEvent } from '../events/knowledge.js';

/** React wrapper of `<cx-knowledge>` (importing it registers the element): The knowledge base beside the reply: suggestions for the conversation, search as you type, an article preview, and Insert link / Quote into the composer. */
export const CxKnowledge = /* @__PURE__ */ createComponent({
  tagName: 'cx-knowledge',
  elementClass: CxKnowledgeElement,
  react: React,
  displayName: 'CxKnowledge',
  events: {
    /** `cx-knowledge-insert`: The agent asked to insert a link or a quote into the conversation's reply. Cancelable: the host inserts it itself. */
    onCxKnowledgeInsert: 'cx-knowledge-insert' as EventName<CxKnowledgeInsertEvent>,
    /** `cx-knowledge-inserted`: The text went into the reply. */
    onCxKnowledgeInserted: 'cx-knowledge-inserted' as EventName<CxKnowledgeInsertedEvent>,
    /** `cx-adapter-error`: A search or the suggestions failed. (Articles left out for bad data are named in a console warning.) */
    onCxAdapterError: 'cx-adapter-error' as EventName<CxAdapterErrorEvent>,
  },
});
