import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lengthStatus } from '../../compose/length.js';
import { unadaptedSnippets } from '../../compose/snippets.js';
import type { CxKnowledgeInsertEvent, KnowledgeInsertOutcome } from '../../events/knowledge.js';
import type { Channel } from '../../model/channel.js';

/** What the controller needs of the composer. */
export interface SnippetHost {
  /** The conversation shown, when any. */
  conversationId(): string | undefined;
  /** The reply's text now. */
  replyText(): string;
  /** The reply's text after inserting `text` at the caret. */
  textAfter(text: string): string;
  /** The channel the reply goes out on. */
  channel(): Channel | undefined;
  /** Inserts at the caret as typed text; false when the composer can't take text now. */
  insert(text: string): boolean;
}

/**
 * Knowledge text in the composer's reply: answers `cx-knowledge-insert` for the conversation shown
 * (from a `<cx-knowledge>` anywhere on the page, even in another shadow root: the request is composed
 * and is heard on `window`, after any host listener that wants it), inserts within the channel's
 * length rule, and remembers what was inserted per conversation, so that the review keeps treating
 * it as a stock reply until the agent has put it in their own words. Forgotten once the reply is empty
 * (sent, or cleared).
 */
export class SnippetController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: SnippetHost;
  readonly #inserted = new Map<string, string[]>();
  readonly #onRequest = (event: CxKnowledgeInsertEvent) => {
    if (event.defaultPrevented || event.outcome || event.conversationId !== this.#options.conversationId()) return;
    event.outcome = this.insert(event.text);
  };

  constructor(host: ReactiveControllerHost, options: SnippetHost) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('cx-knowledge-insert', this.#onRequest);
  }

  hostDisconnected(): void {
    window.removeEventListener('cx-knowledge-insert', this.#onRequest);
  }

  /** Inserts knowledge text at the caret unless the reply would then break the channel's length rule. */
  insert(text: string): KnowledgeInsertOutcome {
    const id = this.#options.conversationId();
    if (!id) return { inserted: false, reason: 'no-composer' };
    const channel = this.#options.channel();
    if (channel) {
      const status = lengthStatus(this.#options.textAfter(text), channel.capabilities.counting, channel.capabilities.maxLength);
      if (status.over && status.max !== null) return { inserted: false, reason: 'too-long', over: -status.remaining!, max: status.max };
    }
    if (!this.#options.insert(text)) return { inserted: false, reason: 'no-composer' };
    this.#inserted.set(id, [...this.snippets(), text]);
    this.#host.requestUpdate();
    return { inserted: true };
  }

  /** The knowledge text inserted into the conversation's reply; none once the reply is empty. */
  snippets(): readonly string[] {
    const id = this.#options.conversationId();
    if (!id) return [];
    if (!this.#options.replyText().trim()) this.#inserted.delete(id);
    return this.#inserted.get(id) ?? [];
  }

  /** Whether the reply still needs the agent's own words around (or instead of) the inserted text. */
  get unadapted(): boolean {
    const snippets = this.snippets();
    return snippets.length > 0 && unadaptedSnippets(this.#options.replyText(), snippets) !== null;
  }
}
