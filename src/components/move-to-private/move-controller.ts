import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadChecks } from '../../compose/checks-loader.js';
import { CxMovedToPrivateEvent, CxMoveToPrivateRequestEvent } from '../../events/move-to-private.js';
import { newClientId } from '../../internal/client-id.js';
import type { MoveToPrivateRequest } from '../../model/conversation.js';
import type { MoveRoute } from '../../move/routes.js';
import { plainWords } from '../../internal/error-view.js';
import { toAdapterError } from '../../ports/errors.js';
import type { Adapter } from '../../ports/ports.js';
import { MoveSession, stepError, type MoveText } from './move-session.js';
import { MoveDraft, type MoveFacts } from './move-texts.js';

/** What the engine reads from the element that hosts it. */
export interface MoveHost {
  adapter(): Adapter | undefined;
  /** The facts of the moment; undefined while the conversation is not known. */
  facts(): MoveFacts | undefined;
  announce(text: string): void;
  /** The move finished (every step done or skipped) or failed: focus its next action. */
  settled(): void;
  /** Where failed calls are reported (`cx-adapter-error`). */
  report?(operation: string, error: unknown): void;
}

/**
 * The move to private, one engine for `<cx-move-to-private>` wherever it is placed (the composer hosts it too):
 * a session per conversation (what the agent chose and wrote survives closing the dialog and switching
 * conversations), the checks on both texts (`reviewReply`; personal data blocks the public text, other findings
 * ask for a second confirmation), the cancelable `cx-move-to-private-request`, one `moveToPrivate` call with a
 * client id, and Retry with the same request: the host repeats only the failed steps, so nothing goes out twice,
 * even after a lost answer. A move keeps running for its own conversation when the element moves on.
 */
export class MoveController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #in: MoveHost;
  readonly #sessions = new Map<string, MoveSession>();

  constructor(host: ReactiveControllerHost & HTMLElement, inputs: MoveHost) {
    this.#host = host;
    this.#in = inputs;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The current conversation's move (made on first use). */
  get session(): MoveSession | undefined {
    const id = this.#in.facts()?.conversation.id;
    if (!id) return undefined;
    let session = this.#sessions.get(id);
    if (!session) this.#sessions.set(id, (session = new MoveSession(id, newClientId)));
    return session;
  }

  /** The move worked out for the current conversation. */
  get draft(): MoveDraft | undefined {
    const facts = this.#in.facts();
    const session = this.session;
    return facts && session ? new MoveDraft(facts, session) : undefined;
  }

  #changed(): void {
    this.#host.requestUpdate();
  }

  choose(route: MoveRoute): void {
    const session = this.session;
    if (!session || session.locked || session.busy) return;
    session.route = route;
    session.findings = undefined;
    this.#changed();
    void this.ensureLink();
  }

  edit(which: MoveText, value: string): void {
    const session = this.session;
    if (!session || session.locked) return;
    session.edited.set(which, value);
    session.findings = undefined;
    this.#changed();
  }

  /**
   * Creates the secure link when the chosen route needs one and it isn't there; after a failure only when
   * asked (`again`, the Retry). The same client id every time: one link, even after a lost answer.
   */
  async ensureLink(again = false): Promise<void> {
    const session = this.session;
    const make = this.#in.adapter()?.conversations?.createSecureLink;
    if (!session || !make || session.link || session.linkState === 'creating' || (session.linkState === 'failed' && !again)) return;
    const draft = this.draft;
    if (draft?.option?.route !== 'secure-link' || session.locked) return;
    session.linkState = 'creating';
    this.#changed();
    try {
      const customerId = draft.facts.conversation.customerId;
      session.link = await make({ clientId: session.linkClientId, conversationId: session.conversationId, ...(customerId ? { customerId } : {}) });
      session.linkState = 'idle';
    } catch (error) {
      session.linkState = 'failed';
      session.linkError = error;
      this.#in.report?.('conversations.createSecureLink', error);
    }
    this.#changed();
  }

  /**
   * The one confirmation: checks the texts (once per wording; personal data in the public text blocks, other
   * findings need a second press), asks the host, then runs the move. Does nothing while one is under way.
   * Returns which text needs the agent, when one does.
   */
  async confirm(): Promise<MoveText | undefined> {
    const draft = this.draft;
    const session = this.session;
    if (!draft || !session || session.busy || session.locked || !draft.option) return undefined;
    for (const which of ['acknowledgement', 'opening'] as const) if (!draft.sendable(which)) return which;
    const ack = draft.text('acknowledgement').text.trim();
    const opening = draft.hasOpening ? draft.text('opening').text.trim() : '';
    const wording = JSON.stringify([draft.option.route, ack, opening]);
    if (session.reviewed !== wording || session.findings?.acknowledgement.some((f) => f.kind === 'pii')) {
      session.phase = 'checking';
      this.#changed();
      const [acknowledgement, openingFindings] = await Promise.all([
        ack ? loadChecks().then((c) => c.reviewReply(ack, draft.reviewContext('acknowledgement'))) : [],
        opening ? loadChecks().then((c) => c.reviewReply(opening, draft.reviewContext('opening'))) : [],
      ]);
      session.phase = 'editing';
      session.reviewed = wording;
      session.findings = { acknowledgement, opening: openingFindings };
      this.#changed();
      if (acknowledgement.length) return 'acknowledgement';
      if (openingFindings.length) return 'opening';
    }
    const from = draft.plan.from!;
    const request: MoveToPrivateRequest = {
      clientId: newClientId(),
      conversationId: session.conversationId,
      route: draft.option.route,
      ...(ack ? { publicAcknowledgement: { channelId: from.id, text: ack } } : {}),
      ...(opening ? { privateMessage: opening } : {}),
      ...(draft.option.route === 'secure-link' && session.link ? { secureLinkId: session.link.id } : {}),
    };
    const event = new CxMoveToPrivateRequestEvent(request);
    this.#host.dispatchEvent(event);
    session.request = request;
    session.option = draft.option;
    if (event.defaultPrevented || !this.#in.adapter()?.has('conversations.moveToPrivate')) {
      session.phase = 'handed-over';
      session.error = event.defaultPrevented ? undefined : 'unsupported';
      this.#in.announce(event.defaultPrevented ? draft.facts.terms.handedOver : draft.facts.terms.unsupported);
      this.#changed();
      return undefined;
    }
    await this.#run(session, request);
    return undefined;
  }

  /** Runs the move again with the same request: the host repeats only what failed. */
  async retry(): Promise<void> {
    const session = this.session;
    if (session?.request && session.retryable) await this.#run(session, session.request);
  }

  async #run(session: MoveSession, request: MoveToPrivateRequest): Promise<void> {
    const move = this.#in.adapter()?.conversations?.moveToPrivate;
    const facts = this.draft?.facts;
    const terms = facts?.terms;
    if (!move || !facts || !terms) return;
    session.phase = 'running';
    session.error = undefined;
    this.#in.announce(terms.running);
    this.#changed();
    try {
      const result = await move(request);
      session.result = result;
      const failed = result.steps.some((s) => s.status === 'failed');
      session.phase = failed ? 'partial' : 'done';
      const current = this.session === session;
      if (current) {
        // A failed step in plain words, as shown; the host's own text stays in the disclosure.
        const words = result.steps.map((s) => {
          const error = stepError(s);
          return terms.announce.step(terms.steps[s.step], terms.status[s.status], error && plainWords(error, terms.stepSubjects[s.step], facts.errorTerms));
        });
        this.#in.announce([...words, failed ? '' : terms.announce.done].filter(Boolean).join(' '));
      }
      if (!failed) this.#host.dispatchEvent(new CxMovedToPrivateEvent(result, request));
    } catch (error) {
      session.phase = 'failed';
      session.error = error;
      this.#in.report?.('conversations.moveToPrivate', error);
      if (this.session === session) this.#in.announce(terms.announce.failed(plainWords(toAdapterError(error, 'move to private'), terms.subjects.move, facts.errorTerms)));
    }
    this.#changed();
    if (this.session === session) this.#in.settled();
  }

  /** Calls the customer back through the host's click-to-dial. */
  async dial(): Promise<void> {
    const session = this.session;
    const terms = this.#in.facts()?.terms;
    const dial = this.#in.adapter()?.interactions?.dial;
    const phone = session?.option?.route === 'phone' ? session.option.address : undefined;
    if (!session || !terms || !dial || !phone || session.dial === 'dialling') return;
    session.dial = 'dialling';
    this.#changed();
    try {
      const customerId = this.#in.facts()?.conversation.customerId;
      await dial({ phone, conversationId: session.conversationId, ...(customerId ? { customerId } : {}) });
      session.dial = 'done';
      this.#in.announce(terms.dialled);
    } catch (error) {
      session.dial = 'failed';
      session.dialError = error;
      this.#in.report?.('interactions.dial', error);
    }
    this.#changed();
  }
}
