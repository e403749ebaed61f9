import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageDraftStore, type Draft, type DraftStore } from '../../compose/drafts.js';

type Host = ReactiveControllerHost & { drafts?: DraftStore | undefined; now: () => Date };

/**
 * The draft of the conversation the composer shows: loaded when the conversation changes (`sync()`), saved
 * on every edit, cleared only after a successful send. Drafts of other conversations are untouched.
 */
export class DraftController implements ReactiveController {
  readonly #host: Host;
  readonly #conversationId: () => string | undefined;
  #loadedFor: string | undefined;
  #draft: Draft = { text: '', startedAt: '' };

  constructor(host: Host, conversationId: () => string | undefined) {
    this.#host = host;
    this.#conversationId = conversationId;
    host.addController(this);
  }

  get store(): DraftStore {
    return this.#host.drafts ?? pageDraftStore();
  }

  get draft(): Readonly<Draft> {
    return this.#draft;
  }

  get conversationId(): string | undefined {
    return this.#loadedFor;
  }

  hostConnected(): void {}

  /** Loads the draft when the conversation changed; true when it did. Call from `willUpdate`. */
  sync(): boolean {
    const id = this.#conversationId();
    if (id === this.#loadedFor) return false;
    this.#loadedFor = id;
    this.#draft = (id && this.store.get(id)) || { text: '', startedAt: '' };
    return true;
  }

  /** The agent typed: a draft that was empty starts now (for the stale-reply check). */
  edit(text: string): void {
    const startedAt = this.#draft.text.trim() || !text.trim() ? this.#draft.startedAt : this.#host.now().toISOString();
    this.update({ text, startedAt: text.trim() ? startedAt : '' });
  }

  /** Changes the draft of the current conversation and saves it. `undefined` values remove fields. */
  update(changes: Partial<Draft>): void {
    const next: Draft = { ...this.#draft, ...changes };
    for (const key of ['channelId', 'clientId'] as const) if (next[key] === undefined) delete next[key];
    this.#draft = next;
    if (this.#loadedFor) this.store.set(this.#loadedFor, next);
    this.#host.requestUpdate();
  }

  /** After a successful send: forgets the draft of `conversationId` (which may no longer be shown). */
  clear(conversationId: string, keepChannel = true): void {
    this.store.clear(conversationId);
    if (conversationId !== this.#loadedFor) return;
    const channelId = keepChannel ? this.#draft.channelId : undefined;
    this.#draft = { text: '', startedAt: '', ...(channelId ? { channelId } : {}) };
    this.#host.requestUpdate();
  }
}
