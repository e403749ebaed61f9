import type { IdInput, Maybe } from './scalars.js';

/** Every kind of channel Screenpop knows. Unknown kinds from a host are kept as "other". */
export const CHANNEL_KINDS = [
  'x',
  'facebook',
  'instagram',
  'linkedin',
  'forum',
  'review',
  'email',
  'chat',
  'sms',
  'whatsapp',
  'voice',
  'note',
] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** A channel kind the host named but Screenpop does not know; shown by name, never replied on. */
export type UnknownChannelKind = 'other';

export function isChannelKind(value: unknown): value is ChannelKind {
  return typeof value === 'string' && (CHANNEL_KINDS as readonly string[]).includes(value);
}

/**
 * How a channel counts the length of a reply.
 * - `characters`: Unicode code points.
 * - `utf16`: UTF-16 code units (what most web forms count).
 * - `x-weighted`: X's weighted count (URLs count 23, emoji and CJK count 2).
 * - `none`: no limit worth counting.
 */
export type LengthCounting = 'characters' | 'utf16' | 'x-weighted' | 'none';

/** A window after the customer's last message during which the agent may still reply. */
export interface ReplyWindow {
  /** Hours after the customer's last inbound message. */
  hours: number;
  /** Why the window exists, shown to the agent when it has closed. */
  reason: string;
}

/** Rules for replying privately to a public comment (Facebook, Instagram). */
export interface PrivateReplyRule {
  /** How many private replies a single public comment allows. */
  maxPerComment: number;
  /** Days after the comment during which a private reply is allowed. */
  withinDays: number;
}

export interface AttachmentRules {
  allowed: boolean;
  maxCount: number;
  /** MIME type patterns such as "image/*". */
  types: string[];
}

/** What a channel can and cannot do: the product's statement of each channel's rules. */
export interface ChannelCapabilities {
  /** Whether the agent can reply on this channel from the desktop at all. */
  canReply: boolean;
  /** Maximum reply length under `counting`; null when unlimited. */
  maxLength: number | null;
  counting: LengthCounting;
  /** Window after the customer's last message; null when replies are always possible. */
  replyWindow: ReplyWindow | null;
  /** Private replies to public comments; null when the channel has none. */
  privateReply: PrivateReplyRule | null;
  /** Maximum agent messages in a row without a customer reply (DM caps); null when uncapped. */
  maxConsecutiveAgentMessages: number | null;
  attachments: AttachmentRules;
  /** Whether the channel can carry a conversation moved to private. */
  canTakePrivate: boolean;
}

/** A channel as used in a conversation: its kind, whether it is public, and its rules. */
export interface Channel {
  /** Stable id within the conversation, e.g. "x-public", "x-dm", "email". */
  id: string;
  kind: ChannelKind | UnknownChannelKind;
  /** Public channels are seen by anyone; private ones only by the customer and the brand. */
  public: boolean;
  /** Display name, e.g. "X (public reply)". */
  name: string;
  capabilities: ChannelCapabilities;
}

/**
 * A channel as a host gives it. Required: `id`, `kind`, `public`. Defaulted: `name` (the id) and
 * `capabilities` (the defaults of its kind and visibility, see `defaultCapabilities`; the fields
 * given here override them one by one). A kind Screenpop does not know becomes "other".
 */
export interface ChannelInput {
  id: IdInput;
  kind: ChannelKind | UnknownChannelKind | (string & {});
  public: boolean;
  name?: Maybe<string>;
  capabilities?: Maybe<Partial<ChannelCapabilities>>;
}

const NO_ATTACHMENTS: AttachmentRules = { allowed: false, maxCount: 0, types: [] };
const IMAGES = (maxCount: number): AttachmentRules => ({ allowed: true, maxCount, types: ['image/*'] });

const base = (overrides: Partial<ChannelCapabilities>): ChannelCapabilities => ({
  canReply: true,
  maxLength: null,
  counting: 'characters',
  replyWindow: null,
  privateReply: null,
  maxConsecutiveAgentMessages: null,
  attachments: NO_ATTACHMENTS,
  canTakePrivate: false,
  ...overrides,
});

/**
 * Default capabilities by kind and visibility. Hosts may override them per channel; these are
 * the platforms' published rules at the time of writing.
 */
export function defaultCapabilities(kind: ChannelKind | UnknownChannelKind, isPublic: boolean): ChannelCapabilities {
  switch (kind) {
    case 'other':
      return base({ canReply: false, counting: 'none' });
    case 'x':
      return isPublic
        ? base({ maxLength: 280, counting: 'x-weighted', attachments: IMAGES(4) })
        : base({ maxLength: 10_000, counting: 'characters', attachments: IMAGES(1), canTakePrivate: true });
    case 'facebook':
      return isPublic
        ? base({ maxLength: 8_000, privateReply: { maxPerComment: 1, withinDays: 7 }, attachments: IMAGES(1) })
        : base({
            maxLength: 2_000,
            replyWindow: { hours: 24, reason: 'Messenger allows replies only within 24 hours of the customer’s last message.' },
            attachments: IMAGES(1),
            canTakePrivate: true,
          });
    case 'instagram':
      return isPublic
        ? base({ maxLength: 2_200, privateReply: { maxPerComment: 1, withinDays: 7 } })
        : base({
            maxLength: 1_000,
            replyWindow: { hours: 24, reason: 'Instagram allows replies only within 24 hours of the customer’s last message.' },
            attachments: IMAGES(1),
            canTakePrivate: true,
          });
    case 'linkedin':
      return isPublic ? base({ maxLength: 1_250 }) : base({ canReply: false });
    case 'forum':
      return base({ maxLength: 20_000, attachments: IMAGES(5) });
    case 'review':
      return base({ maxLength: 4_000, maxConsecutiveAgentMessages: 1 });
    case 'email':
      return base({ maxLength: null, counting: 'none', attachments: { allowed: true, maxCount: 10, types: ['*/*'] }, canTakePrivate: true });
    case 'chat':
      return base({ maxLength: 4_000, attachments: IMAGES(3), canTakePrivate: true });
    case 'sms':
      return base({ maxLength: 918, counting: 'utf16', canTakePrivate: true });
    case 'whatsapp':
      return base({
        maxLength: 4_096,
        replyWindow: { hours: 24, reason: 'WhatsApp allows free-form replies only within 24 hours of the customer’s last message; after that only approved templates.' },
        attachments: IMAGES(1),
        canTakePrivate: true,
      });
    case 'voice':
      return base({ canReply: false, counting: 'none', canTakePrivate: true });
    case 'note':
      return base({ maxLength: null, counting: 'none' });
  }
}

/** Builds a channel with the default capabilities for its kind. */
export function channel(id: string, kind: ChannelKind, isPublic: boolean, name: string, overrides: Partial<ChannelCapabilities> = {}): Channel {
  return { id, kind, public: isPublic, name, capabilities: { ...defaultCapabilities(kind, isPublic), ...overrides } };
}
