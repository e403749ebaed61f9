import type { Conversation, Customer, DialRequest, Message, Participant } from '../../model/index.js';
import { createAdapter } from '../../ports/adapter.js';
import type { Adapter } from '../../ports/ports.js';
import { arrayOf, object, validate } from '../../ports/schema.js';
import * as v from '../../ports/validate.js';
import { builtInDataset } from './data/index.js';
import type { DemoDataset } from './dataset.js';
import { demoCommunity } from './community.js';
import { demoConversations } from './conversations.js';
import { demoCustomers } from './customers.js';
import { demoInteractions, interactionFor, transition } from './interactions.js';
import { startFlood, type Flood, type FloodOptions } from './flood.js';
import { customerWrites, liveStep, type LiveStep } from './live.js';
import { demoKnowledge } from './knowledge.js';
import { KNOWLEDGE_ARTICLES } from './data/knowledge.js';
import { DemoState, type DemoFault } from './state.js';

export type { DemoDataset, LiveLine } from './dataset.js';
export type { DemoFault } from './state.js';
export type { LiveStep } from './live.js';
export type { Flood, FloodOptions } from './flood.js';
export { builtInDataset, KNOWLEDGE_ARTICLES };

export interface DemoAdapterOptions {
  /** Your own data in the model's shape; the built-in data set when omitted. */
  dataset?: DemoDataset;
  /** Seed of the random choices (live stream, latency, injected failures). Default 1. */
  seed?: number;
  /** The demo's clock; the built-in data set is laid out relative to it. Default: the real time. */
  now?: () => Date;
  /** Latency of every call in ms, fixed or a range. Default { min: 120, max: 450 }. */
  latency?: number | { min: number; max: number };
  /** 0..1: chance that any call fails with a retryable error. Default 0. */
  failureRate?: number;
  /** Live stream rate in events per minute; 0 (the default) leaves it off until `demo.startLive()`. */
  liveRate?: number;
  /** Timeout of each call at the port boundary, ms. Default 15 000. */
  timeoutMs?: number;
  /** Pop the most urgent conversation as the current interaction at start. Default true. */
  initialInteraction?: boolean;
  /** The knowledge base's articles; the built-in ones (English and Spanish) when omitted, none (no `KnowledgeSource`) with `false`. */
  knowledge?: readonly import('../../model/index.js').KnowledgeArticle[] | false;
}

/** Controls that only the demo has: for the demo desktop, stories and tests. */
export interface DemoControls {
  /** The agent using the desktop: the author of replies sent through the demo. */
  readonly agent: Participant;
  listConversations(): Conversation[];
  listCustomers(): Customer[];
  /**
   * Makes the next `times` calls of `operation` (e.g. "conversations.send") fail in the given way. A step of
   * a move to private fails on its own with "conversations.moveToPrivate.<step>" (`public-acknowledgement`,
   * `private-channel`, `link`, `audit`): the move answers with that step failed and the others done.
   */
  failNext(operation: string, fault?: DemoFault, times?: number): void;
  /** Runs one step of the live stream now. */
  tick(): LiveStep;
  /** The conversation's customer writes `text` now, on `channelId` or the conversation's first channel (watchers are told). */
  write(conversationId: string, text: string, channelId?: string): Message;
  startLive(ratePerMinute?: number): void;
  stopLive(): void;
  readonly live: boolean;
  /** Offers an interaction for a conversation, as a CTI would. */
  offer(conversationId: string): string;
  accept(interactionId: string): void;
  end(interactionId: string): void;
  /**
   * An outage flood: `count` customers (most unknown to the CRM, two known ones posting three times
   * each) post about the same outage on X over `overMs`, each offered as an interaction with its text.
   */
  flood(options?: FloodOptions): Flood;
  /** What the agent logged and opened, for checks. */
  readonly activities: readonly unknown[];
  readonly openedRecords: readonly unknown[];
  /** The numbers the host's click-to-dial was asked to call. */
  readonly dialled: readonly DialRequest[];
}

export type DemoAdapter = Adapter & { readonly demo: DemoControls };

const datasetShape = object({
  customers: arrayOf(v.customer),
  conversations: arrayOf(v.conversation),
  messages: arrayOf(v.message),
});

/** A dataset of the caller's, validated like a host's data; the first problems are named in a TypeError. */
function checkDataset(dataset: DemoDataset): DemoDataset {
  const checked = validate(datasetShape, dataset, 'dataset');
  if (!checked.ok) throw new TypeError(`createDemoAdapter: ${checked.issues.map((issue) => `${issue.path} ${issue.problem}`).join('; ')}.`);
  return {
    ...checked.value,
    agent: dataset.agent ?? { id: 'agent', role: 'agent', displayName: 'Agent' },
    colleagues: dataset.colleagues ?? [],
    liveLines: dataset.liveLines ?? [],
  };
}

const PRIORITY_ORDER = { urgent: 0, high: 1, normal: 2, low: 3 } as const;

/**
 * An adapter with every port, in memory, over seeded, realistic data — the embedded default for
 * the demo desktop, stories and tests. A dataset of your own is validated first: a malformed one
 * throws an error that names the field.
 */
export function createDemoAdapter(options: DemoAdapterOptions = {}): DemoAdapter {
  const clock = options.now ?? (() => new Date());
  const dataset = options.dataset ? checkDataset(options.dataset) : builtInDataset(clock());
  const state = new DemoState(dataset, options.seed ?? 1, clock, {
    latency: options.latency ?? { min: 120, max: 450 },
    failureRate: options.failureRate ?? 0,
  });
  const adapter = createAdapter(
    {
      interactions: demoInteractions(state),
      conversations: demoConversations(state),
      customers: demoCustomers(state),
      community: demoCommunity(state),
      ...(options.knowledge === false ? {} : { knowledge: demoKnowledge(state, options.knowledge ?? KNOWLEDGE_ARTICLES) }),
    },
    { name: 'demo', ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}) },
  );

  let timer: ReturnType<typeof setInterval> | undefined;
  const controls: DemoControls = {
    agent: state.agent,
    listConversations: () => [...state.conversations.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    listCustomers: () => [...state.customers.values()].sort((a, b) => a.name.localeCompare(b.name)),
    failNext: (operation, fault = 'error', times = 1) => state.failNext(operation, fault, times),
    tick: () => liveStep(state),
    write: (conversationId, text, channelId) => customerWrites(state, conversationId, text, channelId),
    startLive(ratePerMinute = options.liveRate || 6) {
      controls.stopLive();
      timer = setInterval(() => liveStep(state), Math.max(10, 60_000 / ratePerMinute));
    },
    stopLive() {
      clearInterval(timer);
      timer = undefined;
    },
    get live() {
      return timer !== undefined;
    },
    offer(conversationId) {
      const interaction = interactionFor(state, state.conversation(conversationId));
      state.interactions.set(interaction.id, interaction);
      state.emitInteraction({ type: 'offered', interaction });
      return interaction.id;
    },
    accept: (id) => void transition(state, id, 'accepted'),
    end: (id) => void transition(state, id, 'ended'),
    flood: (floodOptions) =>
      startFlood(state, (interaction) => {
        state.interactions.set(interaction.id, interaction);
        state.emitInteraction({ type: 'offered', interaction });
      }, floodOptions),
    get activities() {
      return state.activities;
    },
    get openedRecords() {
      return state.openedRecords;
    },
    get dialled() {
      return state.dialled;
    },
  };

  if (options.initialInteraction !== false) {
    const first = [...state.conversations.values()]
      .filter((c) => c.status !== 'closed' && c.status !== 'resolved')
      .sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] || b.updatedAt.localeCompare(a.updatedAt))[0];
    if (first) {
      const interaction = { ...interactionFor(state, first), state: 'accepted' as const };
      state.interactions.set(interaction.id, interaction);
      state.current = interaction;
    }
  }
  if (options.liveRate) controls.startLive(options.liveRate);

  return Object.freeze({ ...adapter, has: adapter.has, demo: controls });
}
