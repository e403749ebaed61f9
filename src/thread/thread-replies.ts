/**
 * The thread's own sending: the outbox it hands its composer, one per conversation, and the Retry on a
 * "Not sent" reply. Split out of `<cx-conversation-thread>`, which renders the rows and the composer.
 */
import { CxAfterSendEvent, CxBeforeSendEvent } from '../events/send.js';
import type { Message } from '../model/index.js';
import type { Adapter } from '../ports/ports.js';
import type { ProblemReport } from './left-out.js';
import type { Outbox } from './outbox.js';
import type { ThreadLoader } from './thread-loader.js';

/** The operation a reply's send is reported under, as the composer reports its own sends. */
const SEND = 'conversations.send';

/**
 * Sends replies for a thread. The outbox shows sends in the loaded conversation's store; another
 * conversation gets a new one, and the old one stops writing into the store (its sends still finish).
 * A Retry sends the failed reply again with the same client id (so it goes out once), fires
 * `cx-before-send` (cancelable) and `cx-after-send` on the thread like the composer's sends, and a
 * retry that fails again is reported (`cx-adapter-error`) like every other failure of the adapter.
 */
export class ThreadReplies {
  readonly #thread: EventTarget;
  readonly #loader: ThreadLoader;
  readonly #adapter: () => Adapter | undefined;
  readonly #problems: Pick<ProblemReport, 'failed'>;
  #outbox: Outbox;

  constructor(thread: EventTarget, loader: ThreadLoader, adapter: () => Adapter | undefined, problems: Pick<ProblemReport, 'failed'>) {
    this.#thread = thread;
    this.#loader = loader;
    this.#adapter = adapter;
    this.#problems = problems;
    this.#outbox = loader.outbox(adapter);
  }

  /** The outbox of the conversation loaded now: the composer's sender. */
  get outbox(): Outbox {
    return this.#outbox;
  }

  /** Another conversation loads: a new outbox for it. */
  reset(): void {
    this.#outbox.detach();
    this.#outbox = this.#loader.outbox(this.#adapter);
  }

  /** Whether this failed reply can be sent again from the thread. */
  canRetry(message: Message): boolean {
    return this.#outbox.canRetry(message.clientId);
  }

  /** Retry on a failed reply (see the class). A failure stays in the timeline as "Not sent", with its Retry. */
  async retry(message: Message): Promise<void> {
    const outbox = this.#outbox;
    const clientId = message.clientId;
    const outgoing = clientId !== undefined && outbox.canRetry(clientId) ? outbox.outgoing(clientId) : undefined;
    if (!outgoing) return;
    const before = new CxBeforeSendEvent(outgoing);
    this.#thread.dispatchEvent(before);
    if (before.defaultPrevented) return;
    const sent = await outbox.retry(outgoing.clientId).catch((error: unknown) => void this.#problems.failed(SEND, error));
    if (sent) this.#thread.dispatchEvent(new CxAfterSendEvent(sent));
  }
}
