import type { CaseSummary, ChannelKind, Consent, IdentityEvidence, OrderSummary } from '../model/index.js';
import type { ErrorSubject } from './error-terms.js';

type Method = IdentityEvidence['method'];
type Route = NonNullable<Consent['preferred']>;
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** The words that are plain strings. */
type Word =
  | 'retry' | 'noCustomer' | 'noDirectory' | 'notKnown' | 'vip' | 'noLocalTime' | 'noLanguage' | 'noRoute'
  | 'doNotContact' | 'doNotContactDetail' | 'identities' | 'noIdentities' | 'verified' | 'notVerified'
  | 'unlink' | 'keep' | 'working' | 'unknownTitle' | 'unknownSender' | 'candidates' | 'noCandidates'
  | 'cannotSearch' | 'link' | 'notThisPerson' | 'askCustomer' | 'identifyMessage' | 'identifyShown'
  | 'valueTitle' | 'lifetimeValue' | 'tierTitle' | 'since' | 'churnRisk' | 'followers' | 'verifiedAccount'
  | 'yes' | 'no' | 'reachScore' | 'noInfluence' | 'standingTitle' | 'standingNote' | 'casesTitle'
  | 'ordersTitle' | 'noCases' | 'casesOrder' | 'open' | 'createCase' | 'subject' | 'cancel'
  | 'subjectRequired' | 'logActivity' | 'activityType' | 'summary' | 'log' | 'logged' | 'noOrders'
  | 'offers' | 'noOffers' | 'previous' | 'next' | 'historyTitle' | 'trendTitle' | 'noTrend' | 'byChannel'
  | 'noHistory' | 'noSubject';

/**
 * The words of `<cx-customer-360>`, typed so a translation can replace them whole. Tier, churn risk and
 * the reach / risk indicator's words are in `standing-terms.ts`.
 */
export interface CustomerTerms extends Readonly<Record<Word, string>> {
  loading: (what: string) => string;
  what: { record: string; candidates: string; history: string; cases: string; orders: string };
  /**
   * What failed, for the shared error view (`errorView`), which words it by the kind of failure: loading
   * the record or the candidates, each action, and the sentiment of `count` conversations in the history.
   */
  subjects: {
    record: ErrorSubject;
    candidates: ErrorSubject;
    createCase: ErrorSubject;
    logActivity: ErrorSubject;
    openRecord: ErrorSubject;
    link: ErrorSubject;
    unlink: ErrorSubject;
    /** Logging the link as an activity, after the link itself was done. */
    linkActivity: ErrorSubject;
    sentiment: (count: number) => ErrorSubject;
  };
  /** Under a case that was not confirmed: Retry does not make a second case. */
  caseRetryNote: string;
  tierLine: (tier: string) => string;
  localTime: (time: string) => string;
  language: (name: string) => string;
  route: Record<Route, string>;
  prefers: (route: string) => string;
  consent: Record<'email' | 'sms' | 'phone' | 'marketing', string>;
  allowed: (what: string) => string;
  notAllowed: (what: string) => string;
  routeWithoutConsent: (route: string) => string;
  openRecord: (system: string) => string;
  recordId: (system: string, type: string, id: string) => string;
  channel: Record<ChannelKind | 'other', string>;
  evidence: Record<Method, (by: string, date: string) => string>;
  confidence: (percent: number) => string;
  note: (text: string) => string;
  unlinkLabel: (handle: string, channel: string) => string;
  unlinkQuestion: (handle: string, channel: string, name: string) => string;
  unlinkConsequence: (handle: string, evidence: string) => string;
  unlinked: (handle: string) => string;
  unknownHandle: (handle: string, channel: string) => string;
  linkLabel: (handle: string, name: string) => string;
  notThisPersonLabel: (name: string) => string;
  dismissed: (name: string) => string;
  linked: (handle: string, name: string) => string;
  linkNote: (percent: number, reason: string) => string;
  linkActivity: (handle: string, channel: string, name: string) => string;
  sinceValue: (date: string, years: number) => string;
  reachScoreValue: (n: string) => string;
  cases: (count: string) => string;
  caseStatus: Record<CaseSummary['status'], string>;
  casePriority: Record<CaseSummary['priority'], string>;
  opened: (ago: string) => string;
  openCaseLabel: (id: string) => string;
  caseCreated: (id: string) => string;
  activityTypes: { note: string; call: string };
  orders: (count: string) => string;
  orderStatus: Record<OrderSummary['status'], string>;
  offerFit: (percent: number) => string;
  offerReason: (reason: string) => string;
  page: (from: string, to: string, total: string) => string;
  pages: (what: string) => string;
  trendChart: (count: number) => string;
  trendPoint: (date: string, level: string, subject: string) => string;
  conversations: (count: number) => string;
  lastContact: (ago: string) => string;
  openConversationLabel: (channel: string, subject: string) => string;
}

const EVIDENCE: Record<Method, (by: string, date: string) => string> = {
  'verified-login': (by, date) => `Verified login (${by}), ${date}`,
  'matched-email': (by, date) => `Matched e-mail (${by}), ${date}`,
  'matched-phone': (by, date) => `Matched phone (${by}), ${date}`,
  'agent-linked': (by, date) => `Linked by an agent: ${by}, ${date}`,
  'customer-stated': (by, date) => `Stated by the customer to ${by}, ${date}`,
  inferred: (by, date) => `Inferred by ${by}, ${date}; not confirmed`,
};

export const customerTerms: CustomerTerms = {
  loading: (what) => `Loading ${what}…`,
  retry: 'Retry',
  what: { record: 'the customer record', candidates: 'possible customers', history: 'the sentiment history', cases: 'open cases', orders: 'orders' },
  subjects: {
    record: { thing: 'The customer record', action: 'load the customer record' },
    candidates: { thing: 'Possible customers', action: 'find possible customers' },
    createCase: { thing: 'The case', action: 'create the case' },
    logActivity: { thing: 'The activity', action: 'log the activity' },
    openRecord: { thing: 'The record', action: 'open the record' },
    link: { thing: 'The customer', action: 'link the handle to this customer' },
    unlink: { thing: 'The identity', action: 'unlink the identity' },
    linkActivity: { thing: 'The activity', action: 'log the link as an activity (the handle is linked)' },
    sentiment: (count) => ({
      thing: `The sentiment of ${count} ${plural(count, 'conversation', 'conversations')}`,
      action: `load the sentiment of ${count} ${plural(count, 'conversation', 'conversations')}`,
    }),
  },
  caseRetryNote: 'Retry sends the same request, so the case is created only once.',
  noCustomer: 'No customer to show.',
  noDirectory: 'This desktop has no customer directory.',
  notKnown: 'Not known',
  tierLine: (tier) => `${tier} tier`,
  vip: 'VIP',
  localTime: (time) => `Local time ${time}`,
  noLocalTime: 'Local time not known',
  noLanguage: 'Language not known',
  language: (name) => `Language: ${name}`,
  route: { email: 'e-mail', sms: 'text message', phone: 'phone', dm: 'direct message', whatsapp: 'WhatsApp' },
  prefers: (route) => `Prefers ${route}`,
  noRoute: 'No preferred route',
  consent: { email: 'E-mail', sms: 'Texts', phone: 'Calls', marketing: 'Marketing' },
  allowed: (what) => `${what} allowed`,
  notAllowed: (what) => `${what} not allowed`,
  doNotContact: 'Do not contact',
  doNotContactDetail: 'No consent to e-mail, text or call. Reply only where the customer wrote to you.',
  routeWithoutConsent: (route) => `Prefers ${route}, but has not consented to it`,
  openRecord: (system) => `Open in ${system}`,
  recordId: (system, type, id) => `${system} ${type} ${id}`,
  channel: {
    x: 'X', facebook: 'Facebook', instagram: 'Instagram', linkedin: 'LinkedIn', forum: 'Forum', review: 'Reviews', email: 'E-mail',
    chat: 'Web chat', sms: 'SMS', whatsapp: 'WhatsApp', voice: 'Phone', note: 'Internal note', other: 'Other channel',
  },
  identities: 'Identities',
  noIdentities: 'No identities linked.',
  verified: 'Verified account',
  notVerified: 'Not verified',
  evidence: EVIDENCE,
  confidence: (percent) => `${percent}% confidence`,
  note: (text) => `Note: ${text}`,
  unlink: 'Unlink',
  unlinkLabel: (handle, channel) => `Unlink ${handle} (${channel})`,
  unlinkQuestion: (handle, channel, name) => `Unlink ${handle} on ${channel} from ${name}?`,
  unlinkConsequence: (handle, evidence) =>
    `New messages from ${handle} will no longer be matched to this customer, and its evidence (${evidence}) is removed from the record. Past conversations stay as they are.`,
  keep: 'Keep it',
  unlinked: (handle) => `${handle} unlinked.`,
  working: 'Working…',
  unknownTitle: 'Who is this?',
  unknownHandle: (handle, channel) => `${handle} on ${channel} is not linked to any customer.`,
  unknownSender: 'The sender is not linked to any customer.',
  candidates: 'Possible customers, best match first',
  noCandidates: 'The directory found nobody who might own this handle.',
  cannotSearch: 'This desktop cannot look up who owns a handle.',
  link: 'Link',
  linkLabel: (handle, name) => `Link ${handle} to ${name}`,
  notThisPerson: 'Not this person',
  notThisPersonLabel: (name) => `Not this person: ${name}`,
  dismissed: (name) => `${name} removed from the candidates.`,
  linked: (handle, name) => `${handle} linked to ${name}.`,
  linkNote: (percent, reason) => `Confirmed by the agent. The directory's match (${percent}%): ${reason}`,
  linkActivity: (handle, channel, name) => `Linked ${channel} identity ${handle} to ${name}`,
  askCustomer: 'Ask the customer to identify',
  identifyMessage:
    'Thanks for getting in touch. So we can find your account, please send us a direct message with the e-mail address or postcode on your account. Never share passwords or card details.',
  identifyShown: 'Send this to the customer:',
  valueTitle: 'Value and reach',
  lifetimeValue: 'Lifetime value',
  tierTitle: 'Tier',
  since: 'Customer since',
  sinceValue: (date, years) => `${date} (${years} ${plural(years, 'year', 'years')})`,
  churnRisk: 'Churn risk',
  followers: 'Followers',
  verifiedAccount: 'Verified account',
  yes: 'Yes',
  no: 'No',
  reachScore: 'Reach score',
  reachScoreValue: (n) => `${n} of 100`,
  noInfluence: 'No social reach data from the desktop.',
  standingTitle: 'How this was worked out',
  standingNote: 'Shown for context: it never changes the order of your work by itself.',
  cases: (count) => `Open cases (${count})`,
  casesTitle: 'Open cases',
  ordersTitle: 'Orders',
  noCases: 'No open cases.',
  casesOrder: 'Most urgent first, then newest.',
  caseStatus: { new: 'New', open: 'Open', pending: 'Pending', escalated: 'Escalated', solved: 'Solved', closed: 'Closed' },
  casePriority: { low: 'Low priority', normal: 'Normal priority', high: 'High priority', urgent: 'Urgent' },
  opened: (ago) => `opened ${ago}`,
  open: 'Open',
  openCaseLabel: (id) => `Open case ${id}`,
  createCase: 'Create case',
  subject: 'Subject',
  cancel: 'Cancel',
  caseCreated: (id) => `Case ${id} created from this conversation.`,
  subjectRequired: 'A case needs a subject.',
  logActivity: 'Log activity',
  activityType: 'Type',
  activityTypes: { note: 'Note', call: 'Call' },
  summary: 'Summary',
  log: 'Log',
  logged: 'Activity logged.',
  orders: (count) => `Orders (${count})`,
  noOrders: 'No orders on record.',
  orderStatus: { placed: 'Placed', shipped: 'Shipped', delivered: 'Delivered', delayed: 'Delayed', returned: 'Returned', cancelled: 'Cancelled', active: 'Active' },
  offers: 'Next best offers',
  noOffers: 'No offers for this customer.',
  offerFit: (percent) => `${percent}% fit`,
  offerReason: (reason) => `Why: ${reason}`,
  page: (from, to, total) => `${from}–${to} of ${total}`,
  pages: (what) => `Pages of ${what}`,
  previous: 'Previous',
  next: 'Next',
  historyTitle: 'History',
  trendTitle: 'Sentiment across recent conversations',
  trendChart: (count) => `Sentiment of the last ${count} ${plural(count, 'conversation', 'conversations')}, oldest first`,
  trendPoint: (date, level, subject) => `${date}: ${level} (${subject})`,
  noTrend: 'No customer messages that could be scored.',
  byChannel: 'By channel',
  conversations: (count) => `${count} ${plural(count, 'conversation', 'conversations')}`,
  lastContact: (ago) => `last ${ago}`,
  openConversationLabel: (channel, subject) => `Open the latest ${channel} conversation: ${subject}`,
  noHistory: 'No conversations on record.',
  noSubject: '(no subject)',
};
