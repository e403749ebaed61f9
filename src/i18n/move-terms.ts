import type { ChannelKind } from '../model/channel.js';
import type { ErrorSubject } from './error-terms.js';
import type { MoveStepName, MoveStepResult } from '../model/conversation.js';
import type { MoveRoute, RouteUnavailable } from '../move/routes.js';
import type { MoveVariable } from '../move/templates.js';
import { movedEn, type MovedTerms } from './moved-terms.js';

export { movedEn, type MovedTerms } from './moved-terms.js';

/**
 * The move's texts as templates (see `src/move/templates.ts` for the variables), per route, preferred first:
 * a move starts with the first one whose variables all have values and that fits the channel's length rule.
 */
export interface MoveTemplates {
  /** The public acknowledgement posted where the customer wrote. */
  acknowledgement: Record<MoveRoute, readonly string[]>;
  /** The first private message; none for a route without one (a call). */
  opening: Record<MoveRoute, readonly string[]>;
}

/** The words of `<cx-move-to-private>` and of the "moved to private" markers, typed so a translation can replace them whole. */
export interface MoveTerms extends MovedTerms {
  trigger: string;
  title: string;
  loading: string;
  loadingCustomer: string;
  /** What failed, for the shared error view. */
  /** What failed, for the shared error words; `checks`: downloading the length counters and reply checks of both texts. */
  subjects: Record<'conversation' | 'customer' | 'link' | 'move' | 'dial' | 'checks', ErrorSubject>;
  alreadyPrivate: string;
  from: (channel: string) => string;
  routesLegend: string;
  route: Record<MoveRoute, string>;
  routeDetail: {
    dm: (channel: string, existing: boolean) => string;
    email: (address: string | undefined) => string;
    phone: (address: string, byHost: boolean) => string;
    'secure-link': string;
  };
  unavailableTitle: string;
  unavailable: Record<RouteUnavailable, (route: MoveRoute) => string>;
  noRoute: string;
  ackLabel: (channel: string) => string;
  ackAudience: (channel: string) => string;
  openingLabel: (route: string) => string;
  openingAudience: string;
  noOpening: string;
  preview: string;
  variablesHint: string;
  unknownVariable: (name: string) => string;
  missingVariable: (name: string) => string;
  missingWhy: Partial<Record<MoveVariable, string>>;
  charactersLeft: (remaining: number, max: number) => string;
  overLimit: (over: number, max: number) => string;
  refused: string;
  empty: string;
  piiBlocked: string;
  reviewTitle: string;
  openingReviewTitle: string;
  creatingLink: string;
  confirm: Record<MoveRoute, string>;
  confirmAnyway: string;
  running: string;
  retry: string;
  cancel: string;
  close: string;
  steps: Record<MoveStepName, string>;
  status: Record<MoveStepResult['status'], string>;
  /** What each step does, for the shared error words when it failed (the host's own text goes behind the disclosure). */
  stepSubjects: Record<MoveStepName, ErrorSubject>;
  done: string;
  handedOver: string;
  unsupported: string;
  retryNote: string;
  call: (address: string) => string;
  dialled: string;
  continuedFrom: string;
  dmChannel: (kind: ChannelKind | 'other') => string;
  /** How the customer reads the private route, for `{privateChannel}`. */
  privateChannel: Record<MoveRoute, string>;
  announce: {
    opened: string;
    cancelled: string;
    step: (step: string, status: string, error?: string) => string;
    done: string;
    failed: (error: string) => string;
  };
  templates: MoveTemplates;
}

const DM_NAMES: Partial<Record<ChannelKind | 'other', string>> = { x: 'X (DM)', facebook: 'Messenger', instagram: 'Instagram (DM)', linkedin: 'LinkedIn (message)' };

export const moveEn: MoveTerms = {
  trigger: 'Move to private…',
  title: 'Move to private',
  loading: 'Loading the conversation…',
  loadingCustomer: 'Loading the customer’s contact details…',
  subjects: {
    conversation: { thing: 'The conversation', action: 'load the conversation' },
    customer: { thing: 'The customer', action: 'load the customer’s contact details (e-mail and phone need them)' },
    link: { thing: 'The secure link', action: 'create the secure link' },
    move: { thing: 'The move', action: 'move the conversation to private' },
    dial: { thing: 'The call', action: 'place the call' },
    checks: { thing: 'The checks', action: 'load the length counters and the checks of both texts' },
  },
  alreadyPrivate: 'This conversation is already private: it has no public channel to move from.',
  from: (channel) => `From ${channel}`,
  routesLegend: 'Continue privately by',
  route: { dm: 'Direct message', email: 'E-mail', phone: 'Phone callback', 'secure-link': 'Secure link' },
  routeDetail: {
    dm: (channel, existing) => (existing ? `on ${channel}` : `opens ${channel}`),
    email: (address) => (address ? `to ${address}` : 'on this conversation’s e-mail'),
    phone: (address, byHost) => `to ${address}${byHost ? ', from your phone' : ''}`,
    'secure-link': 'a one-time link in the public reply',
  },
  unavailableTitle: 'Not available',
  unavailable: {
    'no-consent': (route) =>
      route === 'dm' ? 'The customer doesn’t take direct messages.' : route === 'email' ? 'No consent to e-mail.' : 'No consent to be called.',
    'window-closed': () => 'The platform’s reply window has closed.',
    'private-reply-used': () => 'The one private reply to this comment has been used.',
    'no-address': (route) => (route === 'email' ? 'No e-mail address on record.' : 'No phone number on record.'),
    'host-cannot': () => 'This desktop can’t create secure links.',
    'no-dm': () => 'This platform has no direct messages you can send from here.',
  },
  noRoute: 'No private route is open for this customer now. Reply publicly without account details, or ask them to contact you.',
  ackLabel: (channel) => `Public reply on ${channel}`,
  ackAudience: (channel) => `Public: anyone on ${channel} can read it.`,
  openingLabel: (route) => `First private message (${route})`,
  openingAudience: 'Private: only the customer and your team read it.',
  noOpening: 'You speak to the customer on the call: no private message is sent.',
  preview: 'Sent as:',
  variablesHint: 'Variables you can use:',
  unknownVariable: (name) => `Unknown variable {${name}}: remove it or use one of the variables listed.`,
  missingVariable: (name) => `{${name}} has no value here`,
  missingWhy: {
    caseId: 'the customer has no open case',
    dmLink: 'no DM link is set for this platform',
    secureLink: 'the secure link isn’t ready',
    agentName: 'your name isn’t known',
    agentInitials: 'your name isn’t known',
    customerName: 'the customer’s name isn’t known',
    firstName: 'the customer’s name isn’t known',
    handle: 'the customer’s handle isn’t known',
  },
  charactersLeft: (remaining, max) => `${remaining} of ${max} characters left`,
  overLimit: (over, max) => `${over} over the ${max}-character limit`,
  refused: 'The platform refuses this text: it holds an invisible character (U+FEFF, U+FFFE or U+FFFF).',
  empty: 'Write the text first.',
  piiBlocked: 'Personal data can’t go public: remove it from the public reply (it belongs in the private message).',
  reviewTitle: 'Check the public reply',
  openingReviewTitle: 'Check the private message',
  creatingLink: 'Creating a secure link…',
  confirm: { dm: 'Post and send the DM', email: 'Post and send the e-mail', phone: 'Post and call back', 'secure-link': 'Post the secure link' },
  confirmAnyway: 'Move anyway',
  running: 'Moving…',
  retry: 'Retry failed steps',
  cancel: 'Cancel',
  close: 'Close',
  steps: {
    'public-acknowledgement': 'Public acknowledgement',
    'private-channel': 'Private message or channel',
    link: 'Conversations linked',
    audit: 'Activity logged',
  },
  status: { done: 'Done', skipped: 'Skipped', failed: 'Failed' },
  stepSubjects: {
    'public-acknowledgement': { thing: 'The public acknowledgement', action: 'post the public acknowledgement' },
    'private-channel': { thing: 'The private message', action: 'send the private message or open the private channel' },
    link: { thing: 'The link between the conversations', action: 'link the conversations' },
    audit: { thing: 'The activity', action: 'log the activity' },
  },
  done: 'Moved to private.',
  handedOver: 'Your desktop is moving the conversation to private.',
  unsupported: 'This desktop can’t move conversations to private: reply on a private channel instead.',
  retryNote: 'Retry repeats only what did not happen: nothing is sent twice.',
  call: (address) => `Call ${address}`,
  dialled: 'Calling from your phone.',
  ...movedEn,
  continuedFrom: 'Continued from a public conversation.',
  dmChannel: (kind) => DM_NAMES[kind] ?? 'Direct message',
  privateChannel: { dm: 'a direct message', email: 'e-mail', phone: 'a call', 'secure-link': 'a secure chat' },
  announce: {
    opened: 'Move to private: choose the route and check both texts.',
    cancelled: 'Move cancelled. Your texts are kept.',
    step: (step, status, error) => `${step}: ${status}${error ? ` (${error})` : ''}.`,
    done: 'Moved to private.',
    failed: (error) => `The move did not finish: ${error}`,
  },
  templates: {
    acknowledgement: {
      dm: [
        'Hi {firstName}, we’ve sent you a DM so we can help with your account privately, or message us here: {dmLink} ^{agentInitials}',
        'Hi {firstName}, we’ve sent you a DM so we can help with your account privately. ^{agentInitials}',
        'Hi {firstName}, we’ve sent you a DM so we can help privately.',
        'We’ve sent you a DM so we can help privately.',
      ],
      email: [
        'Hi {firstName}, we’ve e-mailed you so we can help with your account privately. ^{agentInitials}',
        'Hi {firstName}, we’ve e-mailed you so we can help privately.',
        'We’ve e-mailed you so we can help privately.',
      ],
      phone: [
        'Hi {firstName}, we’ll call you shortly on the number on your account so we can sort this out privately. ^{agentInitials}',
        'Hi {firstName}, we’ll call you shortly to sort this out privately.',
        'We’ll call you shortly to sort this out privately.',
      ],
      'secure-link': [
        'Hi {firstName}, so we can help with your account privately, please continue here (a one-time secure link): {secureLink} ^{agentInitials}',
        'Hi {firstName}, please continue privately here: {secureLink}',
        'Please continue privately here: {secureLink}',
      ],
    },
    opening: {
      dm: [
        'Hi {firstName}, this is {agentName}, following up on your post about case {caseId}. How can we help?',
        'Hi {firstName}, this is {agentName}, following up on your post. How can we help with your account?',
        'Hi {firstName}, following up on your post: how can we help with your account?',
        'Hi, following up on your post: how can we help with your account?',
      ],
      email: [
        'Hi {firstName},\n\nThis is {agentName}, following up on your post about case {caseId}. Reply to this e-mail with the details and we’ll sort it out.\n\n{agentName}',
        'Hi {firstName},\n\nThis is {agentName}, following up on your post. Reply to this e-mail with the details and we’ll sort it out.\n\n{agentName}',
        'Hi,\n\nFollowing up on your post: reply to this e-mail with the details and we’ll sort it out.',
      ],
      phone: [],
      'secure-link': [
        'Hi {firstName}, thanks for continuing here. This is {agentName}: how can we help with your account?',
        'Hi, thanks for continuing here: how can we help with your account?',
      ],
    },
  },
};
