import { composerChecks } from '../../compose/checks-loader.js';
import type { LengthStatus } from '../../compose/length-status.js';

/** The length rule's verdict; the element loads the counters (`loadChecks`) before it shows a draft. */
const lengthStatus = (...args: Parameters<typeof import('../../compose/length.js').lengthStatus>): LengthStatus | undefined => composerChecks.value?.lengthStatus(...args);
import type { ReplyContext } from '../../compose/review.js';
import { defaultCapabilities, type Channel, type ChannelCapabilities, type ChannelKind } from '../../model/channel.js';
import type { Conversation } from '../../model/conversation.js';
import type { Customer } from '../../model/customer.js';
import type { Message } from '../../model/message.js';
import { safeHttpUrl } from '../../internal/linkify.js';
import type { ErrorTerms } from '../../i18n/error-terms.js';
import type { MoveTemplates, MoveTerms } from '../../i18n/move-terms.js';
import { planMove, type MovePlan, type RouteOption } from '../../move/routes.js';
import { escapeTemplate, fillTemplate, moveValues, prefill, type FilledTemplate, type MoveValues } from '../../move/templates.js';
import type { MoveSession, MoveText } from './move-session.js';

/** What the move is worked out from: the element's inputs of the moment. */
export interface MoveFacts {
  conversation: Conversation;
  messages: readonly Message[];
  customer?: Customer;
  /** The public channel to move from, when the host named one. */
  from?: Channel;
  /** The agent's own text, carried over as the private message. */
  carried: string;
  agentName?: string;
  templates: MoveTemplates;
  terms: MoveTerms;
  /** The shared error view's words, in the same language. */
  errorTerms: ErrorTerms;
  /** Links that open a DM with the brand, by platform. */
  dmLinks: Partial<Record<ChannelKind, string>>;
  serviceNumbers?: readonly string[];
  can: { dial: boolean; secureLink: boolean };
  now: Date;
}

/** One text of the move as the agent sees it: the template, what it is sent as, its length on its channel. */
export interface MoveTextState extends FilledTemplate {
  template: string;
  length?: LengthStatus;
}

const NO_LIMIT: Pick<ChannelCapabilities, 'counting' | 'maxLength'> = { counting: 'none', maxLength: null };

/**
 * The move worked out for a session: the plan (routes and why not), the chosen route, the variables' values
 * and both texts filled and counted. Pure: the same facts and session give the same draft.
 */
export class MoveDraft {
  readonly plan: MovePlan;
  readonly option?: RouteOption;
  readonly values: MoveValues;

  constructor(
    readonly facts: MoveFacts,
    readonly session: MoveSession,
  ) {
    this.plan = planMove(facts, facts.terms.dmChannel);
    const route = session.route ?? this.plan.preferred;
    this.option = this.plan.routes.find((r): r is RouteOption => r.available && r.route === route);
    const from = this.plan.from;
    const dmLink = from && from.kind !== 'other' ? safeHttpUrl(facts.dmLinks[from.kind]) : undefined;
    this.values = moveValues({
      ...facts,
      ...(from ? { from } : {}),
      ...(this.option ? { privateChannel: facts.terms.privateChannel[this.option.route] } : {}),
      ...(dmLink?.startsWith('https:') ? { dmLink } : {}),
      ...(session.link ? { secureLink: session.link.url } : {}),
    });
  }

  /** Where the private message goes, for its length rule and its checks; undefined for a call. */
  get openingChannel(): Pick<Channel, 'kind' | 'public' | 'capabilities'> | undefined {
    switch (this.option?.route) {
      case 'dm':
        return this.option.channel;
      case 'email':
        return { kind: 'email', public: false, capabilities: defaultCapabilities('email', false) };
      case 'secure-link':
        return { kind: 'chat', public: false, capabilities: defaultCapabilities('chat', false) };
      default:
        return undefined;
    }
  }

  #rule(which: MoveText): Pick<ChannelCapabilities, 'counting' | 'maxLength'> {
    return (which === 'acknowledgement' ? this.plan.from?.capabilities : this.openingChannel?.capabilities) ?? NO_LIMIT;
  }

  #fits = (which: MoveText) => (text: string) => {
    const rule = this.#rule(which);
    return lengthStatus(text, rule.counting, rule.maxLength)?.valid ?? true;
  };

  /** The template a text shows: the agent's edit, else the carried text (the private message), else the route's template. */
  template(which: MoveText): string {
    const edited = this.session.edited.get(which);
    if (edited !== undefined) return edited;
    const route = this.option?.route;
    if (!route) return '';
    if (which === 'opening' && this.facts.carried.trim() && this.hasOpening) return escapeTemplate(this.facts.carried.trim());
    const variants = which === 'acknowledgement' ? this.facts.templates.acknowledgement[route] : this.facts.templates.opening[route];
    return prefill(variants, this.values, this.#fits(which));
  }

  /** Whether the route sends a private message (a call doesn't). */
  get hasOpening(): boolean {
    return !!this.option && this.facts.templates.opening[this.option.route].length > 0;
  }

  text(which: MoveText): MoveTextState {
    const template = this.template(which);
    const filled = fillTemplate(template, this.values);
    const rule = this.#rule(which);
    const length = rule.maxLength === null ? undefined : lengthStatus(filled.text, rule.counting, rule.maxLength);
    return { template, ...filled, ...(length ? { length } : {}) };
  }

  /** Whether a text can go as it is: no variable problems and, unless empty, within its channel's rule. */
  sendable(which: MoveText): boolean {
    const state = this.text(which);
    if (state.problems.length) return false;
    if (!state.text.trim()) return true;
    return state.length ? state.length.valid : true;
  }

  /** The checks' context for a text: the public channel for the acknowledgement, the private route for the message. */
  reviewContext(which: MoveText): ReplyContext {
    const { conversation, messages, serviceNumbers } = this.facts;
    const assignee = conversation.assigneeId ? messages.find((m) => m.author.id === conversation.assigneeId)?.author : undefined;
    const base: ReplyContext = { messages, ...(assignee ? { agent: assignee } : {}), ...(serviceNumbers ? { serviceNumbers } : {}) };
    if (which === 'acknowledgement') return { ...base, ...(this.plan.from ? { channel: this.plan.from } : {}), public: true };
    return { ...base, ...(this.openingChannel ? { channel: this.openingChannel } : {}), public: false };
  }
}
