import type { ParticipantRole, SystemEvent, Visibility } from '../model/index.js';
import type { ErrorSubject } from './error-terms.js';

/** The words of the conversation thread, typed so a translation can replace them whole. */
export interface ThreadTerms {
  visibility: Record<Visibility, string>;
  visibilityHint: Record<Visibility, string>;
  role: Record<ParticipantRole, string>;
  event: Record<SystemEvent['type'], string>;
  unknownChannel: string;
  edited: (when: string) => string;
  deleted: string;
  deletedHint: string;
  replyingTo: string;
  onPlatform: string;
  replyingToUnknown: string;
  attachment: string;
  imageWithoutAlt: (name: string) => string;
  inertAddress: string;
  delivery: { pending: string; failed: string };
  /** Sends a failed reply again. */
  retrySend: string;
  feedLabel: (subject: string) => string;
  loading: string;
  loadingOlder: string;
  olderFailed: string;
  loadFailed: string;
  /** What failed, for the shared error view (`errorView`): loading the conversation, loading earlier messages. */
  subjects: { conversation: ErrorSubject; older: ErrorSubject };
  retry: string;
  empty: string;
  noMatchesInView: string;
  beginning: string;
  search: string;
  previousMatch: string;
  nextMatch: string;
  matchCount: (current: number, total: number) => string;
  noMatches: string;
  channelFilter: string;
  allChannels: string;
  visibilityFilter: string;
  allVisibilities: string;
  customerView: string;
  customerViewOn: string;
  jumpToLatest: string;
  newMessages: (count: number) => string;
  jumpToUnread: string;
  /** The list of other agents in the conversation. */
  presenceLabel: string;
  /** Follows the agent's name. */
  presence: (activity: 'viewing' | 'typing', stale: boolean) => string;
  announce: (count: number, authors: string[], text?: string) => string;
  messageLabel: (author: string, role: string, visibility: string, channel: string, time: string) => string;
}

const list = (names: string[]) =>
  names.length <= 2 ? names.join(' and ') : `${names.slice(0, 2).join(', ')} and ${names.length - 2} other${names.length === 3 ? '' : 's'}`;

export const threadEn: ThreadTerms = {
  visibility: { public: 'Public', private: 'Private', internal: 'Internal note' },
  visibilityHint: {
    public: 'Anyone on the platform can see this',
    private: 'Only the customer and your team can see this',
    internal: 'Only agents can see this; the customer never does',
  },
  role: { customer: 'Customer', agent: 'Agent', 'community-advocate': 'Community advocate', bot: 'Bot', system: 'System', moderator: 'Moderator' },
  event: {
    assigned: 'Assigned',
    'moved-to-private': 'Moved to private',
    'case-created': 'Case created',
    'status-changed': 'Status changed',
    'identity-linked': 'Identity linked',
    other: 'Event',
  },
  unknownChannel: 'Other channel',
  edited: (when) => `Edited ${when}`,
  deleted: 'Deleted by its author',
  deletedHint: 'No longer visible on the platform; shown to agents only',
  replyingTo: 'Replying to',
  onPlatform: 'View on the platform',
  replyingToUnknown: 'Replying to an earlier message',
  attachment: 'Attachment',
  imageWithoutAlt: (name) => (name ? `Image: ${name}` : 'Image without a description'),
  inertAddress: 'address not opened: not an http(s) link',
  delivery: { pending: 'Sending…', failed: 'Not sent' },
  retrySend: 'Retry sending',
  feedLabel: (subject) => (subject ? `Conversation: ${subject}` : 'Conversation'),
  loading: 'Loading the conversation…',
  loadingOlder: 'Loading earlier messages…',
  olderFailed: 'Earlier messages could not be loaded.',
  loadFailed: 'The conversation could not be loaded.',
  subjects: {
    conversation: { thing: 'The conversation', action: 'load the conversation' },
    older: { thing: 'Earlier messages', action: 'load earlier messages' },
  },
  retry: 'Retry',
  empty: 'No messages in this conversation yet.',
  noMatchesInView: 'No messages match these filters.',
  beginning: 'Beginning of the conversation',
  search: 'Search this conversation',
  previousMatch: 'Previous match',
  nextMatch: 'Next match',
  matchCount: (current, total) => `${current} of ${total}`,
  noMatches: 'No matches',
  channelFilter: 'Channel',
  allChannels: 'All channels',
  visibilityFilter: 'Visibility',
  allVisibilities: 'All',
  customerView: 'What the customer sees',
  customerViewOn: 'Showing only what the customer sees: internal notes and system events are hidden.',
  jumpToLatest: 'Jump to latest',
  newMessages: (count) => `${count} new message${count === 1 ? '' : 's'}`,
  jumpToUnread: 'Jump to first unread',
  presenceLabel: 'Other agents in this conversation',
  presence: (activity, stale) => (stale ? `was ${activity} (may have left)` : activity === 'typing' ? 'is typing a reply' : 'is viewing'),
  announce: (count, authors, text) =>
    count === 1 && text !== undefined
      ? `New message from ${authors[0] ?? 'someone'}: ${text}`
      : `${count} new message${count === 1 ? '' : 's'} from ${list(authors)}`,
  messageLabel: (author, role, visibility, channel, time) => `${author}, ${role}. ${visibility} on ${channel}, ${time}`,
};
