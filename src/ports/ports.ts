/**
 * The ports: what a host offers the library and what components call, and the capabilities a
 * component can ask about. Each port is declared in its own module (re-exported here, so that
 * `ports.js` stays the one place to import them from); this module joins them into an `Adapter`.
 *
 * Two sides of each port:
 *
 * - `…Input` ports (`ConversationSourceInput`, …) are what a host implements and passes to
 *   `createAdapter`: they return `…Input` data (defaulted fields optional), get an options object
 *   every time (with a signal), and may throw anything (HTTP-like statuses are mapped onto the
 *   typed errors).
 * - The plain ports (`ConversationSource`, …) are what components call on an `Adapter`: validated,
 *   full model types, typed errors only.
 */
import type { ConversationSource, ConversationSourceInput, InteractionSource, InteractionSourceInput } from './conversation-ports.js';
import type { CustomerDirectory, CustomerDirectoryInput } from './customer-ports.js';
import type { CommunitySource, CommunitySourceInput, KnowledgeSource, KnowledgeSourceInput, SentimentService, SentimentServiceInput } from './service-ports.js';

export type { CallOptions, WatchOptions, Unsubscribe, HostCallOptions, HostWatchOptions, HostLoadMessagesOptions } from './call-options.js';
export type {
  InteractionSource,
  InteractionSourceInput,
  LoadMessagesOptions,
  PresenceActivity,
  ConversationSource,
  ConversationSourceInput,
} from './conversation-ports.js';
export type { IdentityQuery, CustomerDirectory, CustomerDirectoryInput } from './customer-ports.js';
export type {
  SentimentService,
  SentimentServiceInput,
  KnowledgeSearchOptions,
  KnowledgeSource,
  KnowledgeSourceInput,
  CommunitySource,
  CommunitySourceInput,
} from './service-ports.js';

/** The ports, validated: what an `Adapter` offers components. */
export interface AdapterPorts {
  interactions?: InteractionSource;
  conversations?: ConversationSource;
  customers?: CustomerDirectory;
  sentiment?: SentimentService;
  knowledge?: KnowledgeSource;
  community?: CommunitySource;
}

/** The ports a host offers, to pass to `createAdapter`. Each may come from a different host; all are optional. */
export interface AdapterPortsInput {
  interactions?: InteractionSourceInput;
  conversations?: ConversationSourceInput;
  customers?: CustomerDirectoryInput;
  sentiment?: SentimentServiceInput;
  knowledge?: KnowledgeSourceInput;
  community?: CommunitySourceInput;
}

/** Everything a component can ask `has()` about. */
export const CAPABILITIES = [
  'interactions.subscribe',
  'interactions.current',
  'interactions.accept',
  'conversations.get',
  'conversations.load',
  'conversations.watch',
  'conversations.send',
  'conversations.moveToPrivate',
  'conversations.setPresence',
  'conversations.setStatus',
  'customers.get',
  'customers.findCandidates',
  'customers.linkIdentity',
  'customers.unlinkIdentity',
  'customers.openRecord',
  'customers.createCase',
  'customers.logActivity',
  'sentiment.analyze',
  'conversations.createSecureLink',
  'interactions.dial',
  'knowledge.search',
  'knowledge.suggest',
  'community.accept',
  'community.endorse',
  'community.thank',
  'community.hide',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** What components receive: the ports, validated at the boundary, and capability detection. */
export interface Adapter extends Readonly<AdapterPorts> {
  /** For logs and error messages, e.g. "demo", "salesforce+connect". */
  readonly name: string;
  /** Whether the host can do this; components hide what it can't. */
  has(capability: Capability): boolean;
}
