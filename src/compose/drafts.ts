/**
 * Drafts kept per conversation across reloads, element re-creation and conversation switches, under
 * `screenpop:draft:<conversationId>` in localStorage. When storage is missing, blocked or full, drafts
 * live in memory for the life of the page instead; nothing throws.
 *
 * A conversation has two drafts that never share text: the reply to the customer and the internal note.
 * The stored value is the reply's fields at the top level (as drafts were stored before notes had their
 * own), the note under `note`, and `writing: "note"` while the note is the one shown; a value stored by
 * an earlier version reads as a reply draft.
 */
import { VISIBILITIES, type OutgoingMessage } from '../model/message.js';

/** One text being written: the reply or the note. */
export interface DraftText {
  text: string;
  /** The channel the agent chose: the audience the text was written for. */
  channelId?: string;
  /** ISO 8601: when the agent started this draft (for the stale-reply check). */
  startedAt: string;
  /** Client id of a send that has not been confirmed: a retry reuses it so the reply goes out once. */
  clientId?: string;
  /** That send as it went out: a retry sends exactly this, on its channel and audience. */
  outgoing?: OutgoingMessage;
}

/** What the composer keeps for a conversation: the reply, the internal note, and which one is shown. */
export interface Draft extends DraftText {
  /** The internal note, kept apart from the reply. */
  note?: DraftText;
  /** `note` while the agent is writing the note; the reply otherwise. */
  writing?: 'note';
}

export const DRAFT_KEY_PREFIX = 'screenpop:draft:';

/** Where drafts are kept. */
export interface DraftStore {
  get(conversationId: string): Draft | undefined;
  set(conversationId: string, draft: Draft): void;
  /** Forgets a draft: only after a successful send. */
  clear(conversationId: string): void;
}

type Loose<T> = { [K in keyof T]?: unknown };

const isString = (value: unknown): value is string => typeof value === 'string';

/** A stored unconfirmed send, when it has every field a retry needs. */
function parseOutgoing(value: unknown): OutgoingMessage | undefined {
  const o = (value ?? {}) as Loose<OutgoingMessage>;
  if (![o.clientId, o.conversationId, o.channelId, o.text].every(isString)) return undefined;
  if (!(VISIBILITIES as readonly unknown[]).includes(o.visibility)) return undefined;
  return {
    clientId: o.clientId as string,
    conversationId: o.conversationId as string,
    channelId: o.channelId as string,
    visibility: o.visibility as OutgoingMessage['visibility'],
    text: o.text as string,
    ...(isString(o.inReplyTo) ? { inReplyTo: o.inReplyTo } : {}),
  };
}

function parseText(value: unknown): DraftText | undefined {
  const v = (value ?? {}) as Loose<DraftText>;
  if (!isString(v.text) || !isString(v.startedAt)) return undefined;
  const outgoing = parseOutgoing(v.outgoing);
  return {
    text: v.text,
    startedAt: v.startedAt,
    ...(isString(v.channelId) ? { channelId: v.channelId } : {}),
    ...(isString(v.clientId) ? { clientId: v.clientId } : {}),
    ...(outgoing && outgoing.clientId === v.clientId ? { outgoing } : {}),
  };
}

/** Reads a stored value back into a Draft, or undefined when it is not one (edited by hand, another app's). */
export function parseDraft(raw: string | null): Draft | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Loose<Draft> | null;
    const reply = parseText(value);
    if (!value || !reply) return undefined;
    const note = parseText(value.note);
    return { ...reply, ...(note ? { note } : {}), ...(value.writing === 'note' ? { writing: 'note' } : {}) };
  } catch {
    return undefined;
  }
}

/** Whether a draft holds nothing worth keeping: no text and no send waiting for a retry. */
export function isEmptyDraft(draft: Draft): boolean {
  const empty = (d: DraftText | undefined) => !d || (!d.text && !d.clientId);
  return empty(draft) && empty(draft.note);
}

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // e.g. blocked third-party storage throws on access
  }
}

/**
 * A DraftStore over Web Storage with an in-memory fallback. Drafts written while storage failed are
 * read from memory first, so a quota error never loses the text the agent typed.
 */
export class StorageDraftStore implements DraftStore {
  readonly #memory = new Map<string, Draft>();
  readonly #storage: () => Storage | undefined;

  constructor(storage: () => Storage | undefined = defaultStorage) {
    this.#storage = storage;
  }

  get(conversationId: string): Draft | undefined {
    const inMemory = this.#memory.get(conversationId);
    if (inMemory) return { ...inMemory };
    try {
      return parseDraft(this.#storage()?.getItem(DRAFT_KEY_PREFIX + conversationId) ?? null);
    } catch {
      return undefined;
    }
  }

  set(conversationId: string, draft: Draft): void {
    try {
      const storage = this.#storage();
      if (!storage) throw new Error('no storage');
      storage.setItem(DRAFT_KEY_PREFIX + conversationId, JSON.stringify(draft));
      this.#memory.delete(conversationId);
    } catch {
      this.#memory.set(conversationId, { ...draft });
    }
  }

  clear(conversationId: string): void {
    this.#memory.delete(conversationId);
    try {
      this.#storage()?.removeItem(DRAFT_KEY_PREFIX + conversationId);
    } catch {
      // nothing stored there
    }
  }
}

let pageStore: StorageDraftStore | undefined;

/** The store composers share by default, so an element created again finds the memory fallback too. */
export function pageDraftStore(): DraftStore {
  return (pageStore ??= new StorageDraftStore());
}
