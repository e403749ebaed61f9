import { lowerBound } from '../internal/lower-bound.js';
import { compareMessages, type Message } from '../model/index.js';

/** What a change to the store did, so a view can announce only what is new. */
export interface StoreChange {
  /** Messages that were not in the store before (not replacements of pending ones). */
  added: Message[];
  /** Messages that replaced an earlier version (same id, or a pending one with the same client id). */
  replaced: Message[];
}

const localId = (clientId: string) => `local:${clientId}`;

/**
 * The messages of one conversation as the thread shows them: sorted by time then id whatever order
 * events arrive in, never the same message twice (same id or same client id), with optimistic
 * pending messages that the server's copy replaces. Plain TypeScript, no DOM.
 */
export class ThreadStore {
  readonly #sorted: Message[] = [];
  readonly #byId = new Map<string, Message>();
  /** client id → id of the message currently holding it. */
  readonly #byClientId = new Map<string, string>();
  #version = 0;

  /** Increases on every change; cheap to compare in a view. */
  get version(): number {
    return this.#version;
  }

  get size(): number {
    return this.#sorted.length;
  }

  get messages(): readonly Message[] {
    return this.#sorted;
  }

  get(id: string): Message | undefined {
    return this.#byId.get(id);
  }

  byClientId(clientId: string): Message | undefined {
    const id = this.#byClientId.get(clientId);
    return id === undefined ? undefined : this.#byId.get(id);
  }

  /**
   * Adds or updates messages from a page, the watch or a send. A large batch of new messages (a
   * page, newest first) is sorted once and merged, instead of inserted one by one.
   */
  upsert(messages: Iterable<Message>): StoreChange {
    const change: StoreChange = { added: [], replaced: [] };
    /** New messages of this batch, indexed by id and client id but not yet in the sorted list. */
    const fresh = new Set<Message>();
    for (const message of messages) {
      const previous = this.#byId.get(message.id) ?? (message.clientId ? this.byClientId(message.clientId) : undefined);
      if (previous) {
        if (!this.#isNewer(message, previous)) continue;
        if (fresh.delete(previous)) {
          this.#unindex(previous);
          change.added[change.added.indexOf(previous)] = message;
          this.#index(message);
          fresh.add(message);
          continue;
        }
        this.#remove(previous);
        change.replaced.push(message);
        this.#insert(message);
      } else {
        change.added.push(message);
        this.#index(message);
        fresh.add(message);
      }
    }
    this.#merge([...fresh]);
    if (change.added.length || change.replaced.length) this.#version += 1;
    return change;
  }

  /** Shows a message the agent is sending before the host confirms it. */
  addPending(message: Omit<Message, 'id' | 'delivery'> & { clientId: string }): Message {
    const pending: Message = { ...message, id: localId(message.clientId), delivery: 'pending' };
    const existing = this.byClientId(message.clientId);
    if (existing && existing.delivery !== 'failed') return existing;
    if (existing) this.#remove(existing);
    this.#insert(pending);
    this.#version += 1;
    return pending;
  }

  /** Marks a pending message failed, keeping it (and its text) in place for a retry. */
  markFailed(clientId: string, error: string): void {
    const message = this.byClientId(clientId);
    if (!message || message.delivery !== 'pending') return;
    this.#replace(message, { ...message, delivery: 'failed', error });
  }

  /** The author deleted it on the platform: the agent still sees it, marked deleted. */
  markDeleted(id: string): boolean {
    const message = this.#byId.get(id);
    if (!message || message.deleted) return false;
    this.#replace(message, { ...message, deleted: true });
    return true;
  }

  /** Index of the first message after the given one (for "first unread"); -1 when none. */
  indexAfter(id: string | undefined): number {
    if (id === undefined) return this.#sorted.length > 0 ? 0 : -1;
    const message = this.#byId.get(id);
    if (!message) return -1;
    const index = this.#indexOf(message) + 1;
    return index < this.#sorted.length ? index : -1;
  }

  indexOf(id: string): number {
    const message = this.#byId.get(id);
    return message ? this.#indexOf(message) : -1;
  }

  clear(): void {
    this.#sorted.length = 0;
    this.#byId.clear();
    this.#byClientId.clear();
    this.#version += 1;
  }

  /**
   * A server copy beats a pending one; otherwise the later edit wins. On a tie the further delivery
   * state wins, then a change of the community's facts (kudos, an accepted solution, a moderation
   * hold change without an edit, so the copy that came last has them); otherwise what is there stays.
   */
  #isNewer(next: Message, previous: Message): boolean {
    if (previous.delivery === 'pending' || previous.delivery === 'failed') return next.delivery !== 'pending';
    if (next.deleted && !previous.deleted) return true;
    const stamp = (m: Message) => Date.parse(m.editedAt ?? m.createdAt);
    if (stamp(next) !== stamp(previous)) return stamp(next) > stamp(previous);
    if (DELIVERY_RANK[next.delivery] !== DELIVERY_RANK[previous.delivery]) return DELIVERY_RANK[next.delivery] > DELIVERY_RANK[previous.delivery];
    return next.community !== undefined && JSON.stringify(next.community) !== JSON.stringify(previous.community);
  }

  #replace(previous: Message, next: Message): void {
    this.#remove(previous);
    this.#insert(next);
    this.#version += 1;
  }

  #insert(message: Message): void {
    const sorted = this.#sorted;
    const last = sorted[sorted.length - 1];
    // Fast path: live messages arrive at the end.
    const at = !last || compareMessages(last, message) <= 0 ? sorted.length : lowerBound(sorted, (m) => compareMessages(m, message) < 0);
    sorted.splice(at, 0, message);
    this.#index(message);
  }

  #index(message: Message): void {
    this.#byId.set(message.id, message);
    if (message.clientId) this.#byClientId.set(message.clientId, message.id);
  }

  #unindex(message: Message): void {
    this.#byId.delete(message.id);
    if (message.clientId && this.#byClientId.get(message.clientId) === message.id) this.#byClientId.delete(message.clientId);
  }

  /** Puts already indexed new messages into the sorted list: one by one when few, else sort and merge. */
  #merge(fresh: Message[]): void {
    if (fresh.length < 32) {
      for (const message of fresh) this.#insert(message);
      return;
    }
    const keyed = fresh.map((m) => ({ m, t: Date.parse(m.createdAt) }));
    keyed.sort((a, b) => a.t - b.t || (a.m.id < b.m.id ? -1 : a.m.id > b.m.id ? 1 : 0));
    // Only the messages after the earliest new one move: live batches merge into the tail, not the whole thread.
    const earliest = keyed[0]!.m;
    const at = lowerBound(this.#sorted, (m) => compareMessages(m, earliest) <= 0);
    const next = this.#sorted[at];
    if (!next || compareMessages(keyed[keyed.length - 1]!.m, next) <= 0) {
      // Nothing to interleave (a page older than everything, a live batch after it): moved in place, not one by one.
      for (let k = 0; k < keyed.length; k += SPLICE_MAX) this.#sorted.splice(at + k, 0, ...keyed.slice(k, k + SPLICE_MAX).map((e) => e.m));
      return;
    }
    const old = this.#sorted.splice(at);
    let i = 0;
    for (const { m } of keyed) {
      while (i < old.length && compareMessages(old[i]!, m) <= 0) this.#sorted.push(old[i++]!);
      this.#sorted.push(m);
    }
    while (i < old.length) this.#sorted.push(old[i++]!);
  }

  #remove(message: Message): void {
    const index = this.#indexOf(message);
    if (index >= 0) this.#sorted.splice(index, 1);
    this.#unindex(message);
  }

  #indexOf(message: Message): number {
    const low = lowerBound(this.#sorted, (m) => compareMessages(m, message) < 0);
    for (let i = low; i < this.#sorted.length && compareMessages(this.#sorted[i]!, message) === 0; i += 1) {
      if (this.#sorted[i] === message || this.#sorted[i]!.id === message.id) return i;
    }
    return this.#sorted.indexOf(message);
  }
}

/** Items spread into one `splice` call at most (arguments are bounded). */
const SPLICE_MAX = 10_000;

const DELIVERY_RANK: Record<Message['delivery'], number> = { pending: 0, failed: 0, sent: 1, delivered: 2, read: 3 };
