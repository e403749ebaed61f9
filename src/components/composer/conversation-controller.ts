import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Conversation } from '../../model/conversation.js';
import { compareMessages, type Message } from '../../model/message.js';
import { reportedAs } from '../../internal/reported-call.js';
import type { Adapter } from '../../ports/ports.js';

export interface ConversationNeeds {
  adapter: Adapter | undefined;
  conversationId: string | undefined;
  /** The host gave no `conversation`: load it. */
  conversation: boolean;
  /** The host gave no `messages`: load the newest page (for reply windows and stale checks). */
  messages: boolean;
}

/**
 * What the composer loads itself when used alone: the conversation (from `conversation-id`) and its newest
 * messages. Switching to another conversation aborts what was loading for the previous one. A failed load
 * is kept (`error`) for the agent's plain words until `retry` loads again.
 */
export class ConversationController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #needs: () => ConversationNeeds;
  #key = '';
  #keyAdapter?: Adapter;
  #abort?: AbortController;
  conversation?: Conversation;
  messages?: Message[];
  /** Loading for the current conversation id. */
  loading = false;
  /** Why the last load failed (the first call that failed), until another load starts. */
  error?: unknown;

  /** Where a failed load is reported (`cx-adapter-error`). */
  readonly #report?: (operation: string, error: unknown) => void;

  constructor(host: ReactiveControllerHost, needs: () => ConversationNeeds, report?: (operation: string, error: unknown) => void) {
    this.#host = host;
    this.#report = report;
    this.#needs = needs;
    host.addController(this);
  }

  hostUpdate(): void {
    this.sync();
  }

  /**
   * Starts loading when what the host needs changed, forgetting what was loaded for the previous conversation
   * at once (so nothing shows or sends to it meanwhile). Call from the host's `willUpdate`, which runs before
   * `hostUpdate`; calling it again is a no-op.
   */
  sync(): void {
    const needs = this.#needs();
    const wanted = needs.adapter && needs.conversationId && (needs.conversation || needs.messages);
    const adapter = wanted ? needs.adapter : undefined;
    const key = wanted ? `${needs.conversationId}|${needs.conversation}|${needs.messages}` : '';
    if (key === this.#key && adapter === this.#keyAdapter) return;
    this.#key = key;
    this.#keyAdapter = adapter;
    this.#abort?.abort();
    this.conversation = undefined;
    this.messages = undefined;
    this.error = undefined;
    this.loading = !!wanted;
    if (wanted) void this.#load(needs, (this.#abort = new AbortController()).signal);
  }

  /** Retry: loads the same conversation again (each failure is reported again, once). */
  retry(): void {
    this.#key = '';
    this.sync();
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#key = '';
    this.#keyAdapter = undefined;
  }

  /** Adds a message the composer just sent to what it loaded. */
  add(message: Message): void {
    if (!this.messages || this.messages.some((m) => m.id === message.id)) return;
    this.messages = [...this.messages, message].sort(compareMessages);
    this.#host.requestUpdate();
  }

  async #load(needs: ConversationNeeds, signal: AbortSignal): Promise<void> {
    const source = needs.adapter!.conversations;
    const id = needs.conversationId!;
    // Each call's failure is reported under its own operation (`cx-adapter-error`).
    const report = this.#report ?? ((operation: string, error: unknown) => console.warn(`screenpop: <cx-composer> ${operation} failed.`, error));
    try {
      const [conversation, page] = await Promise.all([
        needs.conversation && source?.getConversation ? reportedAs('conversations.getConversation', source.getConversation(id, { signal }), report, signal) : undefined,
        needs.messages && source?.loadMessages ? reportedAs('conversations.loadMessages', source.loadMessages(id, { signal, limit: 100 }), report, signal) : undefined,
      ]);
      if (signal.aborted) return;
      this.loading = false;
      this.conversation = conversation;
      this.messages = page ? [...page.messages].sort(compareMessages) : undefined;
      this.#host.requestUpdate();
    } catch (error) {
      // Reported above, by the call that failed; kept for the agent's words and Retry.
      if (signal.aborted) return;
      this.loading = false;
      this.error = error;
      this.#host.requestUpdate();
    }
  }
}
