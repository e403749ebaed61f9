import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { byRecency, conversationMood, MoodError } from '../../customer/history.js';
import type { Conversation } from '../../model/index.js';
import { isAbortError, type AdapterError } from '../../ports/errors.js';
import type { Adapter } from '../../ports/ports.js';
import type { ReportFailure } from './case-actions.js';
import type { ConversationSentiment } from '../../sentiment/aggregate.js';

export interface MoodEntry {
  conversation: Conversation;
  state: 'loading' | 'ready' | 'none' | 'error';
  mood?: ConversationSentiment;
  error?: AdapterError;
}

/** Conversations on the sentiment chart, and how many are scored at once. */
export const TREND_CONVERSATIONS = 8;
const PARALLEL = 2;

/**
 * The sentiment of the customer's most recent conversations, for the trend chart: the host's score
 * when a conversation has one, otherwise its latest customer messages scored. A few at a time; other
 * conversations abort what was loading.
 */
export class HistoryController implements ReactiveController {
  entries: MoodEntry[] = [];
  readonly #host: ReactiveControllerHost;
  #abort?: AbortController;
  #adapter?: Adapter;
  #conversations?: readonly Conversation[];

  /** Where failed calls are reported (`cx-adapter-error`); it returns the error typed, for the agent's plain words. */
  readonly #report: ReportFailure;

  constructor(host: ReactiveControllerHost, report: ReportFailure) {
    this.#host = host;
    this.#report = report;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#conversations = undefined;
  }

  /** How many conversations could not be scored. */
  get failed(): number {
    return this.entries.filter((e) => e.state === 'error').length;
  }

  /** The first of those failures, for the agent's words (retryable, refused…); each was reported on its own. */
  get error(): AdapterError | undefined {
    return this.entries.find((e) => e.state === 'error')?.error;
  }

  get loading(): boolean {
    return this.entries.some((e) => e.state === 'loading');
  }

  track(adapter: Adapter | undefined, conversations: readonly Conversation[] | undefined): void {
    if (adapter === this.#adapter && conversations === this.#conversations) return;
    this.#adapter = adapter;
    this.#conversations = conversations;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const recent = byRecency(conversations ?? []).slice(0, TREND_CONVERSATIONS);
    this.entries = recent.map((conversation) => ({ conversation, state: 'loading' }));
    if (adapter) void this.#run(adapter, this.entries, abort.signal);
    else this.entries = [];
  }

  /** Scores again the conversations that failed; resolves when they are done. */
  retry(): Promise<void> {
    const adapter = this.#adapter;
    const signal = this.#abort?.signal;
    if (!adapter || !signal) return Promise.resolve();
    const failed = this.entries.filter((e) => e.state === 'error');
    for (const entry of failed) Object.assign(entry, { state: 'loading', error: undefined });
    this.#host.requestUpdate();
    return this.#run(adapter, failed, signal);
  }

  async #run(adapter: Adapter, entries: MoodEntry[], signal: AbortSignal): Promise<void> {
    const queue = [...entries];
    const worker = async () => {
      for (let entry = queue.shift(); entry && !signal.aborted; entry = queue.shift()) {
        try {
          const mood = await conversationMood(adapter, entry.conversation, signal);
          if (signal.aborted) return;
          Object.assign(entry, mood ? { state: 'ready', mood } : { state: 'none' });
        } catch (thrown) {
          const [operation, error] = thrown instanceof MoodError ? [thrown.operation, thrown.cause] : ['sentiment.analyze', thrown];
          if (signal.aborted || isAbortError(error)) return;
          Object.assign(entry, { state: 'error', error: this.#report(operation, error) });
        }
        this.#host.requestUpdate();
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  }
}
