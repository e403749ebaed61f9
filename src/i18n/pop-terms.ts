import type { ChannelKind } from '../model/channel.js';
import type { InteractionState } from '../model/interaction.js';
import type { ReachLevel } from '../customer/standing.js';
import type { Tier } from '../model/customer.js';
import { slaEn, type SlaTerms } from './sla-terms.js';

export { durationWords, slaEn, type SlaState, type SlaTerms } from './sla-terms.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** The words of the queue's reasons (`prioritize`). */
export interface ReasonTerms {
  veryNegative: (worsening: boolean) => string;
  sla: (kind: string, overdue: boolean, duration: string) => string;
  incident: (customers: number, topic: string, window: string) => string;
  repeat: (count: number) => string;
  hostPriority: (priority: 'urgent' | 'high') => string;
  /** A forum question unanswered for `duration` ("26 h"); optional so that older translations still type-check. */
  unanswered?: (duration: string) => string;
}

/** The words of `<cx-screen-pop>` and its queue, typed so a translation can replace them whole. */
export interface PopTerms {
  channel: Record<ChannelKind, string>;
  unknownChannel: (kind: string) => string;
  state: Record<InteractionState, string>;
  notMatched: string;
  waiting: (duration: string) => string;
  handling: (duration: string) => string;
  endedNote: string;
  noConversation: string;
  detailsFailed: string;
  retry: string;
  accept: string;
  acceptNamed: (who: string) => string;
  dismiss: string;
  dismissNamed: (who: string, count: number) => string;
  snooze: (minutes: number) => string;
  snoozeNamed: (who: string, minutes: number) => string;
  close: string;
  closeNamed: (who: string) => string;
  show: (who: string) => string;
  showShort: string;
  previous: string;
  next: string;
  pops: string;
  sections: { conversation: string; customer: string; move: string };
  queueTitle: (count: number) => string;
  queueEmpty: string;
  queueMore: (count: number) => string;
  snoozed: (count: number) => string;
  wake: (who: string) => string;
  incident: (customers: number) => string;
  repeat: (count: number) => string;
  tier: Record<Tier, string>;
  reach: Record<ReachLevel, string>;
  reasons: string;
  shownNow: string;
  idle: string;
  currentFailed: { thing: string; action: string };
  detailsSubject: { thing: string; action: string };
  alert: (channel: string, who: string, waiting: number) => string;
  dismissAlert: string;
  announce: (state: InteractionState, channel: string, who: string, snippet: string) => string;
  /** The document title while interactions wait. */
  title: (waiting: number, title: string) => string;
  notificationTitle: (channel: string, who: string) => string;
  enableNotifications: string;
  shortcut: (action: string, keys: string) => string;
  reasonsTerms: ReasonTerms;
  sla: SlaTerms;
}

const CHANNELS: Record<ChannelKind, string> = {
  x: 'X', facebook: 'Facebook', instagram: 'Instagram', linkedin: 'LinkedIn', forum: 'Forum', review: 'Review',
  email: 'Email', chat: 'Web chat', sms: 'SMS', whatsapp: 'WhatsApp', voice: 'Call', note: 'Note',
};

export const popTerms: PopTerms = {
  channel: CHANNELS,
  unknownChannel: (kind) => `Unknown channel (${kind})`,
  state: { offered: 'Waiting', accepted: 'Accepted', ended: 'Ended' },
  notMatched: 'Not matched to a customer yet',
  waiting: (d) => `Waiting ${d}`,
  handling: (d) => `Arrived ${d} ago`,
  endedNote: 'This interaction has ended. Its conversation stays here until you close it.',
  noConversation: 'This interaction has no conversation to show yet.',
  detailsFailed: 'The conversation’s details (SLA, sentiment) could not be loaded.',
  retry: 'Retry',
  accept: 'Accept',
  acceptNamed: (who) => `Accept ${who}`,
  dismiss: 'Dismiss',
  dismissNamed: (who, count) => (count > 1 ? `Dismiss all ${count} from ${who}` : `Dismiss ${who}`),
  snooze: (minutes) => `Snooze ${minutes} min`,
  snoozeNamed: (who, minutes) => `Snooze ${minutes} min: ${who}`,
  close: 'Close',
  closeNamed: (who) => `Close the pop of ${who}`,
  show: (who) => `Show ${who}`,
  showShort: 'Show',
  previous: 'Previous pop',
  next: 'Next pop',
  pops: 'Open pops',
  sections: { conversation: 'Conversation', customer: 'Customer', move: 'Move to private' },
  queueTitle: (count) => `Waiting (${count})`,
  queueEmpty: 'No customers waiting.',
  queueMore: (count) => `and ${count} more waiting`,
  snoozed: (count) => `Snoozed (${count})`,
  wake: (who) => `Back to the queue: ${who}`,
  incident: (customers) => `Incident: ${customers} customers`,
  repeat: (count) => `${count} ${plural(count, 'message', 'messages')} from this customer`,
  tier: { standard: 'Standard', silver: 'Silver', gold: 'Gold', platinum: 'Platinum', vip: 'VIP' },
  reach: { high: 'High reach', medium: 'Medium reach', low: 'Low reach' },
  reasons: 'Why it is here',
  shownNow: 'shown',
  idle: 'No customer to pop yet. New interactions appear here as they arrive.',
  currentFailed: { thing: 'The interaction you are on', action: 'find the interaction you are on' },
  detailsSubject: { thing: 'The conversation', action: 'load the conversation’s details' },
  alert: (channel, who, waiting) => `New ${channel} interaction from ${who}${waiting > 1 ? ` — ${waiting} waiting` : ''}`,
  dismissAlert: 'Hide this alert',
  announce: (state, channel, who, snippet) =>
    `${state === 'offered' ? 'New' : state === 'accepted' ? 'Opened' : 'Ended'} ${channel} interaction from ${who}${snippet ? `: ${snippet}` : ''}`,
  title: (waiting, title) => `(${waiting}) ${title}`,
  notificationTitle: (channel, who) => `New ${channel} interaction: ${who}`,
  enableNotifications: 'Turn on desktop notifications',
  shortcut: (action, keys) => `${action} (${keys})`,
  reasonsTerms: {
    veryNegative: (worsening) => (worsening ? 'Very negative and getting worse' : 'Very negative'),
    sla: (kind, overdue, d) => (overdue ? `${kind} overdue by ${d}` : `${kind} due in ${d}`),
    incident: (customers, topic, window) => `Flood: ${customers} customers about ${topic} within ${window}`,
    repeat: (count) => `Wrote ${count} times`,
    hostPriority: (priority) => (priority === 'urgent' ? 'Marked urgent by the desktop' : 'Marked high priority by the desktop'),
    unanswered: (duration) => `Forum question unanswered for ${duration}`,
  },
  sla: slaEn,
};
