import type { KnowledgeArticle, PastAnswer } from '../model/knowledge.js';

/** What the agent inserts: a link to an article, or a quote of its snippet (or of a past answer). */
export type KnowledgeInsertKind = 'link' | 'quote';

/** How an insert went: in the reply, or why not (`too-long` says by how much, under which limit). */
export type KnowledgeInsertOutcome =
  | { inserted: true }
  | { inserted: false; reason: 'too-long'; over: number; max: number }
  | { inserted: false; reason: 'no-composer' };

/**
 * The agent asked to insert knowledge text into the reply of `conversationId`. Cancelable:
 * `preventDefault()` inserts nothing (a host that puts it in its own reply box does that, and may set
 * `outcome`). A `<cx-composer>` showing that conversation answers it by inserting the text at its
 * caret, within the channel's length rule, and setting `outcome`; the first one to answer wins.
 */
export class CxKnowledgeInsertEvent extends Event {
  readonly conversationId: string;
  readonly kind: KnowledgeInsertKind;
  /** The exact text to insert. */
  readonly text: string;
  /** The article, or the past answer, it comes from. */
  readonly source: KnowledgeArticle | PastAnswer;
  /** Set by whoever handled it; unset when nobody did. */
  outcome?: KnowledgeInsertOutcome;

  constructor(init: { conversationId: string; kind: KnowledgeInsertKind; text: string; source: KnowledgeArticle | PastAnswer }) {
    super('cx-knowledge-insert', { bubbles: true, composed: true, cancelable: true });
    this.conversationId = init.conversationId;
    this.kind = init.kind;
    this.text = init.text;
    this.source = init.source;
  }
}

/** The text went into the reply. */
export class CxKnowledgeInsertedEvent extends Event {
  readonly conversationId: string;
  readonly kind: KnowledgeInsertKind;
  readonly text: string;
  readonly source: KnowledgeArticle | PastAnswer;

  constructor(request: CxKnowledgeInsertEvent) {
    super('cx-knowledge-inserted', { bubbles: true, composed: true });
    this.conversationId = request.conversationId;
    this.kind = request.kind;
    this.text = request.text;
    this.source = request.source;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-knowledge-insert': CxKnowledgeInsertEvent;
    'cx-knowledge-inserted': CxKnowledgeInsertedEvent;
  }
}
