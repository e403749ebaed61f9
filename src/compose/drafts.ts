/**
 * Drafts kept per conversation across reloads, element re-creation and conversation switches, under
 * `screenpop:draft:<conversationId>` in localStorage. When storage is missing, blocked or full, drafts
 * live in memory for the life of the page instead; nothing throws.
 */

/** A reply being written. */
export interface Draft {
  text: string;
  /** The channel the agent chose to reply on. */
  channelId?: string;
  /** ISO 8601: when the agent started this draft (for the stale-reply check). */
  startedAt: string;
  /** Client id of a send that has not been confirmed: a retry reuses it so the reply goes out once. */
  clientId?: string;
}

export const DRAFT_KEY_PREFIX = 'screenpop:draft:';

/** Where drafts are kept. */
export interface DraftStore {
  get(conversationId: string): Draft | undefined;
  set(conversationId: string, draft: Draft): void;
  /** Forgets a draft: only after a successful send. */
  clear(conversationId: string): void;
}

/** Reads a stored value back into a Draft, or undefined when it is not one (old format, edited by hand). */
function parseDraft(raw: string | null): Draft | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<Draft> | null;
    if (!value || typeof value.text !== 'string' || typeof value.startedAt !== 'string') return undefined;
    return {
      text: value.text,
      startedAt: value.startedAt,
      ...(typeof value.channelId === 'string' ? { channelId: value.channelId } : {}),
      ...(typeof value.clientId === 'string' ? { clientId: value.clientId } : {}),
    };
  } catch {
    return undefined;
  }
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
