import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { audienceOf, isNoteChannel, widens } from '../../compose/audience.js';
import { emptyLength, type LengthStatus } from '../../compose/length-status.js';
import { canReply, type ReplyVerdict } from '../../compose/reply-rules.js';
import type { RuleTerms } from '../../i18n/composer-terms.js';
import type { Channel } from '../../model/channel.js';
import type { Conversation } from '../../model/conversation.js';
import type { Message } from '../../model/message.js';
import type { DraftController, DraftSlot } from './draft-controller.js';
import type { Gate } from './gate-view.js';
import { composerChecks } from '../../compose/checks-loader.js';

export interface ChoiceInputs {
  conversation(): Conversation | undefined;
  /** The conversation's messages, oldest first. */
  messages(): readonly Message[];
  now(): Date;
  openGate(gate: Gate): void;
  /** The reply rules' words, in the composer's language. */
  rules?(): RuleTerms;
  /** Starts downloading the counters (`ChecksController.request`: not again after a failure until Retry); the host updates once they are in. */
  requestChecks(): void;
}

/** While messages pour in, reply verdicts are worked out again at most this often (a send always gets fresh ones). */
export const VERDICT_INTERVAL_MS = 500;

/**
 * Which channel the composer writes on, and what that channel allows: the reply's channel and the note's
 * are kept apart (see `DraftController`), and a switch that makes a written text more visible opens a
 * confirmation instead. Per-keystroke work is cached: reply verdicts are worked out when the conversation,
 * its messages (at most every `VERDICT_INTERVAL_MS` during a flood) or the clock change, never on typing;
 * the length only when the text or the channel changed.
 */
export class ChoiceController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #draft: DraftController;
  readonly #in: ChoiceInputs;
  #verdicts = new Map<string, ReplyVerdict>();
  #verdictsFor?: { conversation: Conversation; messages: readonly Message[]; clock: number; at: number; rules: RuleTerms | undefined };
  #clock = 0;
  #later?: ReturnType<typeof setTimeout>;
  #tick?: ReturnType<typeof setInterval>;
  #length?: { text: string; channel: Channel; status: LengthStatus };

  constructor(host: ReactiveControllerHost, draft: DraftController, inputs: ChoiceInputs) {
    this.#host = host;
    this.#draft = draft;
    this.#in = inputs;
    host.addController(this);
  }

  hostConnected(): void {
    this.#tick = setInterval(() => this.tick(), 30_000); // reply windows close while the agent writes
  }

  hostDisconnected(): void {
    clearInterval(this.#tick);
    clearTimeout(this.#later);
    this.#later = undefined;
  }

  /** Time passed (reply windows close while the agent writes): verdicts are worked out again. */
  tick(): void {
    this.#clock += 1;
    this.#host.requestUpdate();
  }

  /** Brings verdicts up to date (see above). Call from the host's `willUpdate`; `now` forces it (before a send). */
  sync(now = false): void {
    const conversation = this.#in.conversation();
    const messages = this.#in.messages();
    const last = this.#verdictsFor;
    if (!conversation) {
      this.#verdicts = new Map();
      this.#verdictsFor = undefined;
      return;
    }
    const rules = this.#in.rules?.();
    if (last && last.conversation === conversation && last.clock === this.#clock && last.messages === messages && last.rules === rules) return;
    const onlyMessages = last && last.conversation === conversation && last.clock === this.#clock && last.rules === rules;
    if (onlyMessages && !now && performance.now() - last.at < VERDICT_INTERVAL_MS) {
      this.#later ??= setTimeout(() => {
        this.#later = undefined;
        this.#host.requestUpdate();
      }, VERDICT_INTERVAL_MS);
      return;
    }
    const at = this.#in.now();
    this.#verdicts = new Map(conversation.channels.map((c) => [c.id, canReply(c, conversation, messages, at, rules)]));
    this.#verdictsFor = { conversation, messages, clock: this.#clock, at: performance.now(), rules };
  }

  get verdicts(): ReadonlyMap<string, ReplyVerdict> {
    return this.#verdicts;
  }

  /** The channel of the draft shown. */
  get channel(): Channel | undefined {
    return this.channelFor(this.#draft.writing);
  }

  get verdict(): ReplyVerdict | undefined {
    const channel = this.channel;
    return channel && this.#verdicts.get(channel.id);
  }

  /**
   * The shown draft's length under its channel's rule. Undefined while `counting`: a draft with text
   * waits for the counters (../../compose/checks-loader.ts), which this asks for; an empty one never does.
   */
  get length(): LengthStatus | undefined {
    const channel = this.channel;
    const text = this.#draft.draft.text;
    if (!channel) return undefined;
    const { counting, maxLength } = channel.capabilities;
    if (!text) return emptyLength(counting, maxLength);
    const checks = composerChecks.value;
    if (!checks) {
      this.#in.requestChecks();
      return undefined;
    }
    if (this.#length?.text !== text || this.#length.channel !== channel) {
      this.#length = { text, channel, status: checks.lengthStatus(text, counting, maxLength) };
    }
    return this.#length.status;
  }

  /** The draft has text and the counters are still loading: its length is not known yet. */
  get counting(): boolean {
    return !!this.channel && !!this.#draft.draft.text && !composerChecks.value;
  }

  /**
   * A draft's channel: the one chosen for it; else, for the note, the conversation's note channel; for the
   * reply, where the customer last wrote, else the first that allows a reply now, else the first reply channel.
   */
  channelFor(slot: DraftSlot): Channel | undefined {
    const channels = this.#in.conversation()?.channels ?? [];
    const note = slot === 'note';
    const fits = (c: Channel) => isNoteChannel(c) === note;
    const chosen = channels.find((c) => c.id === this.#draft.slot(slot).channelId && fits(c));
    if (chosen || note) return chosen ?? channels.find(isNoteChannel);
    const ok = (c: Channel) => fits(c) && this.#verdicts.get(c.id)?.ok === true;
    const messages = this.#in.messages();
    let lastChannel: string | undefined;
    for (let i = messages.length - 1; i >= 0 && lastChannel === undefined; i--) if (messages[i]!.author.role === 'customer') lastChannel = messages[i]!.channelId;
    return channels.find((c) => c.id === lastChannel && ok(c)) ?? channels.find(ok) ?? channels.find(fits);
  }

  /**
   * The agent picked a channel. A note channel shows the note; a reply channel shows the reply, and moving a
   * written reply to a more public channel (private → public) asks first.
   */
  choose(channelId: string): void {
    const target = this.#in.conversation()?.channels.find((c) => c.id === channelId);
    if (!target) return;
    if (isNoteChannel(target)) {
      this.#draft.show('note');
      this.#draft.update({ channelId }, { slot: 'note' });
      return;
    }
    this.#draft.show('reply');
    const from = this.channelFor('reply');
    if (from?.id === target.id) return;
    if (from && this.#draft.slot('reply').text.trim() && widens(audienceOf(from), audienceOf(target))) {
      this.#in.openGate({ kind: 'widen', from, to: target, into: 'channel' });
      this.#host.requestUpdate(); // the picker shows the reply's channel until the agent decides
      return;
    }
    this.#replyOn(target.id);
  }

  /** "Use this text in the reply": always a widening, so it asks first. */
  useNoteInReply(): void {
    const from = this.channelFor('note');
    const to = this.channelFor('reply');
    if (from && to && this.#draft.slot('note').text.trim()) this.#in.openGate({ kind: 'widen', from, to, into: 'reply' });
  }

  /** The agent confirmed a widening: the reply moves to the new channel, or the note's text joins the reply as new text. */
  widen(gate: Extract<Gate, { kind: 'widen' }>): void {
    this.#draft.show('reply');
    if (gate.into === 'channel') return this.#replyOn(gate.to.id);
    const note = this.#draft.slot('note');
    const reply = this.#draft.slot('reply');
    const text = reply.text.trim() ? `${reply.text.trimEnd()}\n\n${note.text}` : note.text;
    const startedAt = reply.text.trim() ? reply.startedAt : this.#in.now().toISOString();
    this.#draft.update({ text, startedAt, channelId: gate.to.id, clientId: undefined, outgoing: undefined }, { slot: 'reply' });
    this.#draft.update({ text: '', startedAt: '', clientId: undefined, outgoing: undefined }, { slot: 'note', now: true });
  }

  /** The message the host confirmed with this client id, if any (looked for from the newest). */
  confirmed(clientId: string | undefined): Message | undefined {
    if (!clientId) return undefined;
    const messages = this.#in.messages();
    for (let i = messages.length - 1; i >= 0; i--) {
      const m = messages[i]!;
      if (m.clientId === clientId) return m.delivery !== 'pending' && m.delivery !== 'failed' ? m : undefined;
    }
    return undefined;
  }

  /** The reply moves to another channel; a failed send of it stays with its own channel (the thread's Retry). */
  #replyOn(channelId: string): void {
    const failed = this.#draft.slot('reply').clientId !== undefined;
    this.#draft.update({ channelId, ...(failed ? { clientId: undefined, outgoing: undefined } : {}) }, { slot: 'reply' });
  }
}
