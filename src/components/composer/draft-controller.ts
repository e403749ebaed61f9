import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isEmptyDraft, pageDraftStore, type Draft, type DraftStore, type DraftText } from '../../compose/drafts.js';

type Host = ReactiveControllerHost & { drafts?: DraftStore | undefined; now: () => Date };

/** The two drafts of a conversation: the reply to the customer and the internal note. */
export type DraftSlot = 'reply' | 'note';

/** Typing saves after this pause; a switch, a send, leaving the page or removing the element save at once. */
export const SAVE_DELAY_MS = 400;

const EMPTY: DraftText = { text: '', startedAt: '' };

/**
 * The drafts of the conversation the composer shows: loaded when the conversation changes (`sync()`), saved
 * shortly after each edit (never lost: a pending save is written at once on a switch, on `pagehide` or when
 * the tab is hidden, and when the element leaves the page), cleared only after a successful send. The reply
 * and the note are kept apart; which one is shown is part of the draft. Other conversations' drafts are untouched.
 */
export class DraftController implements ReactiveController {
  readonly #host: Host;
  readonly #conversationId: () => string | undefined;
  #loadedFor: string | undefined;
  #value: Draft = { ...EMPTY };
  #timer?: ReturnType<typeof setTimeout>;
  readonly #flushNow = () => this.flush();
  readonly #onVisibility = () => document.visibilityState === 'hidden' && this.flush();

  constructor(host: Host, conversationId: () => string | undefined) {
    this.#host = host;
    this.#conversationId = conversationId;
    host.addController(this);
  }

  get store(): DraftStore {
    return this.#host.drafts ?? pageDraftStore();
  }

  /** Which draft is shown. */
  get writing(): DraftSlot {
    return this.#value.writing === 'note' ? 'note' : 'reply';
  }

  /** The draft shown. */
  get draft(): Readonly<DraftText> {
    return this.slot(this.writing);
  }

  slot(slot: DraftSlot): Readonly<DraftText> {
    if (slot === 'note') return this.#value.note ?? EMPTY;
    const { note: _note, writing: _writing, ...reply } = this.#value;
    return reply;
  }

  get conversationId(): string | undefined {
    return this.#loadedFor;
  }

  hostConnected(): void {
    addEventListener('pagehide', this.#flushNow);
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    this.flush();
    removeEventListener('pagehide', this.#flushNow);
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  /**
   * Loads the drafts when the conversation changed (saving the previous one's first); true when it did.
   * A draft stored by an earlier version on a note channel becomes the note. Call from `willUpdate`.
   */
  sync(isNoteChannel: (channelId: string) => boolean): boolean {
    const id = this.#conversationId();
    if (id === this.#loadedFor) return false;
    this.flush();
    this.#loadedFor = id;
    const stored = (id && this.store.get(id)) || { ...EMPTY };
    if (!stored.note && stored.channelId && isNoteChannel(stored.channelId)) {
      const { writing: _writing, note: _note, ...note } = stored;
      this.#value = { ...EMPTY, note, writing: 'note' };
    } else this.#value = stored;
    return true;
  }

  /** Shows the reply or the note; the other keeps its text. */
  show(slot: DraftSlot): void {
    if (slot === this.writing) return;
    const { writing: _writing, ...rest } = this.#value;
    this.#value = slot === 'note' ? { ...rest, writing: 'note' } : rest;
    this.#save(true);
  }

  /**
   * The agent typed in the shown draft: a draft that was empty starts now (for the stale-reply check), takes
   * the channel shown, and a failed send of it (unless still `sending`) becomes a new reply: a retry would
   * send the old text.
   */
  edit(text: string, channelId: string | undefined, sending = false): void {
    const draft = this.draft;
    const startedAt = draft.text.trim() || !text.trim() ? draft.startedAt : this.#host.now().toISOString();
    this.update({
      text,
      startedAt: text.trim() ? startedAt : '',
      ...(draft.channelId === undefined && channelId ? { channelId } : {}),
      ...(draft.clientId && !sending ? { clientId: undefined, outgoing: undefined } : {}),
    });
  }

  /**
   * Changes a draft of the current conversation (the shown one by default) and saves it: soon, or at once
   * with `now` (before a send, so a reload retries with the same client id). `undefined` values remove fields.
   */
  update(changes: Partial<DraftText>, { slot = this.writing, now = false }: { slot?: DraftSlot; now?: boolean } = {}): void {
    const next: DraftText = { ...this.slot(slot), ...changes };
    for (const key of ['channelId', 'clientId', 'outgoing'] as const) if (next[key] === undefined) delete next[key];
    this.#value = slot === 'note' ? { ...this.#value, note: next } : { ...next, ...this.#keep() };
    this.#save(now);
  }

  /** After a successful send: empties that draft of `conversationId` (which may no longer be shown), keeping its channel. */
  clear(conversationId: string, slot: DraftSlot): void {
    const empty = (d: DraftText): DraftText => ({ ...EMPTY, ...(d.channelId ? { channelId: d.channelId } : {}) });
    if (conversationId === this.#loadedFor) {
      this.update({ ...empty(this.slot(slot)), clientId: undefined, outgoing: undefined }, { slot, now: true });
      return;
    }
    const stored = this.store.get(conversationId);
    if (!stored) return;
    const next: Draft = slot === 'note' ? { ...stored, note: empty(stored.note ?? EMPTY) } : { ...empty(stored), ...keep(stored) };
    this.#write(conversationId, next);
  }

  /** Writes a pending save now. */
  flush(): void {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#loadedFor) this.#write(this.#loadedFor, this.#value);
  }

  #keep(): Pick<Draft, 'note' | 'writing'> {
    return keep(this.#value);
  }

  #save(now: boolean): void {
    this.#host.requestUpdate();
    if (!this.#loadedFor) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), SAVE_DELAY_MS);
    if (now) this.flush();
  }

  #write(conversationId: string, value: Draft): void {
    if (isEmptyDraft(value) && value.writing !== 'note') this.store.clear(conversationId);
    else this.store.set(conversationId, value);
  }
}

const keep = (d: Draft): Pick<Draft, 'note' | 'writing'> => ({ ...(d.note ? { note: d.note } : {}), ...(d.writing ? { writing: d.writing } : {}) });
