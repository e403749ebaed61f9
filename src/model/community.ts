import type { IdInput, IsoDateTime, Maybe } from './scalars.js';

/** A visible staff endorsement of a post: it adds a mark, it never changes the post's words. */
export interface Endorsement {
  /** Id of the staff member who endorsed it. */
  byId: string;
  /** Their name, shown with the mark. */
  byName: string;
  /** ISO 8601. */
  at: IsoDateTime;
}

/** An endorsement as a host gives it. */
export interface EndorsementInput {
  byId: IdInput;
  byName: string;
  at: IsoDateTime;
}

/** A post hidden pending moderation: agents still see it, marked, with the reason. */
export interface ModerationHold {
  reason: string;
  /** Who hid it, when known. */
  byName?: string;
  /** ISO 8601, when known. */
  at?: IsoDateTime;
}

/** A moderation hold as a host gives it. */
export interface ModerationHoldInput {
  reason: string;
  byName?: Maybe<string>;
  at?: Maybe<IsoDateTime>;
}

/**
 * What a community (a forum) knows about a post, beside the message itself. Every field is the
 * host's statement; a forum without a field leaves it out.
 */
export interface CommunityPost {
  /** The question's accepted solution (one per thread). */
  accepted: boolean;
  /** Kudos / helpful votes. */
  kudos: number;
  /**
   * An official reply of the brand. Left out, a public staff reply (author role "agent") counts as
   * official (see `isOfficialReply`).
   */
  official?: boolean;
  /** Staff endorsements, oldest first. */
  endorsements: Endorsement[];
  /** How many times staff thanked the author for this post. */
  thanks: number;
  /** Hidden pending moderation, with the reason; absent when shown. */
  hidden?: ModerationHold;
}

/**
 * A community post's facts as a host gives them. Defaulted: `accepted` (false), `kudos` (0),
 * `endorsements` ([]), `thanks` (0).
 */
export interface CommunityPostInput {
  accepted?: Maybe<boolean>;
  kudos?: Maybe<number>;
  official?: Maybe<boolean>;
  endorsements?: Maybe<readonly EndorsementInput[]>;
  thanks?: Maybe<number>;
  hidden?: Maybe<ModerationHoldInput>;
}

/** What every community action names: the post, the thread, and a client id that makes it idempotent. */
export interface CommunityActionRequest {
  /** Makes the action idempotent: the same client id never acts twice, and returns the same post. */
  clientId: string;
  conversationId: string;
  /** Id of the post (a message of the conversation). */
  messageId: string;
}

/** Hide a post pending moderation. */
export interface CommunityHideRequest extends CommunityActionRequest {
  /** Why, in the agent's words; shown to other agents and moderators. */
  reason: string;
}

/** Thank the author of a post (an advocate). */
export interface CommunityThankRequest extends CommunityActionRequest {
  /** A short note to the author, when the agent wrote one. */
  note?: string;
}

/** The default facts of a post that a host gave none for. */
export function emptyCommunityPost(): CommunityPost {
  return { accepted: false, kudos: 0, endorsements: [], thanks: 0 };
}
