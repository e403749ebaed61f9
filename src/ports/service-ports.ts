/**
 * The optional services around a conversation: the host's own sentiment scoring, its knowledge base and
 * its community (forum) moderation, each as components call it and as a host implements it (`…Input`).
 */
import type {
  ChannelKind,
  CommunityActionRequest,
  CommunityHideRequest,
  CommunityThankRequest,
  KnowledgeResults,
  KnowledgeResultsInput,
  Message,
  MessageInput,
  RawSentiment,
} from '../model/index.js';
import type { CallOptions, HostCallOptions } from './call-options.js';

/** A host's own sentiment service; replaces the built-in analyzer when present. */
export interface SentimentService {
  /** One result per text, in the same order, on the service's own scale. */
  analyze(texts: string[], options?: CallOptions & { language?: string }): Promise<RawSentiment[]>;
}

/** A host's sentiment service, as passed to `createAdapter`. */
export interface SentimentServiceInput {
  /** One result per text, in the same order, each a value on its `scale` (see `normalizeScore`). */
  analyze(texts: string[], options: HostCallOptions & { language?: string }): Promise<readonly RawSentiment[]>;
}

/** Options of a knowledge search. */
export interface KnowledgeSearchOptions extends CallOptions {
  /** The language the agent replies in (BCP 47), to rank articles in it first. */
  lang?: string;
  /** The kind of channel the reply goes out on ("x", "email"…), for hosts that keep channel-specific articles. */
  channel?: ChannelKind;
}

/** The host's knowledge base: articles (and resolved past answers) the agent can read, link and quote. */
export interface KnowledgeSource {
  /** Articles matching what the agent typed, best first. */
  search(query: string, options?: KnowledgeSearchOptions): Promise<KnowledgeResults>;
  /** Articles (and past answers) the host suggests for a conversation, best first. */
  suggest?(conversationId: string, options?: CallOptions): Promise<KnowledgeResults>;
}

/** A host's knowledge base, as passed to `createAdapter`. */
export interface KnowledgeSourceInput {
  /** Articles matching `query`, best first: an array, or `{ articles, answers }`. URLs must be http(s). */
  search(query: string, options: HostCallOptions & { lang?: string; channel?: ChannelKind }): Promise<KnowledgeResultsInput>;
  /** Suggestions for a conversation, best first, in the same shape as `search`'s. */
  suggest?(conversationId: string, options: HostCallOptions): Promise<KnowledgeResultsInput>;
}

/**
 * Acts on a community's posts (a forum with volunteer advocates): accept an answer as the solution,
 * endorse it, thank its author, hide it pending moderation. Every method is optional (a capability,
 * `community.accept` …), idempotent by the request's `clientId`, and answers with the post as it is
 * now; the boundary checks that it is the post asked about, in the state asked for.
 */
export interface CommunitySource {
  /** Marks the post as its thread's accepted solution (another accepted one stops being so). */
  accept?(request: CommunityActionRequest, options?: CallOptions): Promise<Message>;
  /** Adds a visible staff endorsement; never changes the post's words. */
  endorse?(request: CommunityActionRequest, options?: CallOptions): Promise<Message>;
  /** Thanks the post's author (an advocate). */
  thank?(request: CommunityThankRequest, options?: CallOptions): Promise<Message>;
  /** Hides the post from the community pending moderation, with a reason. */
  hide?(request: CommunityHideRequest, options?: CallOptions): Promise<Message>;
}

/** A host's community source, as passed to `createAdapter`. Each method must be idempotent by `request.clientId`. */
export interface CommunitySourceInput {
  /** Resolve with the post, its `community.accepted` true. */
  accept?(request: CommunityActionRequest, options: HostCallOptions): Promise<MessageInput>;
  /** Resolve with the post, the endorsement in `community.endorsements`. */
  endorse?(request: CommunityActionRequest, options: HostCallOptions): Promise<MessageInput>;
  /** Resolve with the post, `community.thanks` counting it. */
  thank?(request: CommunityThankRequest, options: HostCallOptions): Promise<MessageInput>;
  /** Resolve with the post, `community.hidden` giving the reason. */
  hide?(request: CommunityHideRequest, options: HostCallOptions): Promise<MessageInput>;
}
