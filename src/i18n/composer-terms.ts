import { describeDuration } from '../compose/duration.js';
import type { Visibility } from '../model/message.js';
import type { ErrorSubject } from './error-terms.js';

/** The words of the reply checks (`reviewReply`): every finding's message, and the phrases that read as a note. */
export interface ReviewTerms {
  /** What each kind of personal data is called. */
  pii: Record<'card' | 'iban' | 'email' | 'phone' | 'national-id-us' | 'national-id-uk', string>;
  /** Why a reply may read badly, naming the words that make it so. */
  tone: Record<'sarcasm' | 'blame' | 'dismissal' | 'insult' | 'condescension', (words: string) => string>;
  stock: string;
  stockRepeat: string;
  /** A reply that reads as a note to the team; `words` as written. */
  noteLike: (words: string) => string;
  /** A reply that names a colleague. */
  colleague: (words: string) => string;
  /** Phrases that address the team rather than the customer, matched as whole words in any case. */
  notePhrases: readonly string[];
}

/** The words of the reply rules (`canReply`): why a channel can't take a reply now. */
export interface RuleTerms {
  /** A time ago, in whole minutes, hours or days: "45 minutes", "26 hours", "9 days". */
  duration: (ms: number) => string;
  noComment: (channel: string) => string;
  privateExpired: (withinDays: number, age: string) => string;
  privateUsed: (channel: string, maxPerComment: number) => string;
  privateNote: (maxPerComment: number) => string;
  noReplies: (channel: string) => string;
  lastWrote: (age: string) => string;
  notWrittenYet: string;
  capReached: (channel: string, cap: number, sent: number) => string;
}

/** The words of `<cx-composer>`, typed so a translation can replace them whole. */
export interface ComposerTerms {
  noConversation: string;
  replyOn: string;
  /** The text box's label, naming the chosen channel when there is one. */
  replyLabel: (channel?: string) => string;
  /** The text box's label while writing an internal note. */
  noteLabel: string;
  /** Who will read the text, next to the box: in words, for each audience. */
  audience: { internal: string; private: (channel: string) => string; public: (channel: string) => string };
  addNote: string;
  /** Moves the note's text into the reply. */
  useInReply: string;
  /** The confirmation before a text is shown to more people than it was written for. */
  widen: {
    title: (to: Exclude<Visibility, 'internal'>) => string;
    writtenAs: (from: Visibility, channel: string) => string;
    question: (to: Exclude<Visibility, 'internal'>, channel: string, into: 'channel' | 'reply') => string;
    keep: (from: Visibility, channel: string) => string;
    go: (to: Exclude<Visibility, 'internal'>, channel: string) => string;
  };
  /** The review gate's title for a private reply. */
  privateTitle: (channel: string) => string;
  /** The conversation is closed: nothing can be sent until it is reopened. */
  closed: string;
  /** The conversation is resolved: a reply is still possible. */
  resolved: string;
  reopen: string;
  reopening: string;
  visibility: { public: string; private: string; internal: string };
  charactersLeft: (remaining: number, max: number) => string;
  overLimit: (over: number, max: number) => string;
  /** Within the limit, but the platform refuses the text (X: U+FEFF, U+FFFE, U+FFFF). */
  refusedCharacters: string;
  send: string;
  sending: string;
  retry: string;
  checking: string;
  /**
   * What failed, for the shared error words (`ErrorTerms`, chosen by the kind of failure): sending the
   * reply, reopening the conversation, downloading the length counter and reply checks, loading the
   * conversation (the composer used alone, with `conversation-id`).
   */
  subjects: { send: ErrorSubject; reopen: ErrorSubject; checks: ErrorSubject; load: ErrorSubject };
  /** The failure line under the text: `reason` in plain words (the error terms'); undefined when the send was never confirmed (a reload). */
  notSent: (reason?: string) => string;
  /** Under the checks that could not be downloaded: what a send without them misses. */
  uncheckedNote: string;
  /** Sends this text once without the checks: the agent's explicit choice. */
  sendUnchecked: string;
  staleTitle: string;
  staleCount: (count: number) => string;
  sendAnyway: string;
  keepEditing: string;
  publicTitle: (channel: string) => string;
  replyPrivately: (channel: string) => string;
  moveToPrivate: string;
  postAnyway: string;
  review: ReviewTerms;
  rules: RuleTerms;
  announce: {
    sending: string;
    sent: string;
    /** `reason` in plain words (the error terms'). */
    notSent: (reason: string) => string;
    overBy: (over: number) => string;
    left: (remaining: number) => string;
    backWithin: string;
    stale: string;
    checkPublic: string;
    replyingOn: (channel: string) => string;
    moved: string;
    writing: (audience: string) => string;
    usedInReply: string;
    reopened: string;
  };
}

export const composerEn: ComposerTerms = {
  noConversation: 'No conversation to reply in.',
  replyOn: 'Reply on',
  replyLabel: (channel) => (channel ? `Reply on ${channel}` : 'Reply'),
  noteLabel: 'Internal note',
  audience: {
    internal: 'Internal note — the customer never sees this',
    private: (channel) => `Private reply on ${channel} — only the customer sees it`,
    public: (channel) => `Public reply on ${channel} — anyone can read it`,
  },
  addNote: 'Add note',
  useInReply: 'Use this text in the reply',
  widen: {
    title: (to) => (to === 'public' ? 'Make this text public?' : 'Send this text to the customer?'),
    writtenAs: (from, channel) => (from === 'internal' ? 'This text was written as an internal note.' : `This text was written as a private reply on ${channel}.`),
    question: (to, channel, into) =>
      into === 'reply'
        ? `Use it in your reply on ${channel}${to === 'public' ? ', where anyone can read it' : ', for the customer to read'}?`
        : to === 'public'
          ? `Post it publicly on ${channel}, where anyone can read it?`
          : `Send it to the customer on ${channel}?`,
    keep: (from, channel) => (from === 'internal' ? 'Keep it as a note' : `Keep it private on ${channel}`),
    go: (to, channel) => (to === 'public' ? `Make it public on ${channel}` : `Use it on ${channel}`),
  },
  privateTitle: (channel) => `Check before sending on ${channel}`,
  closed: 'This conversation is closed. Reopen it to reply.',
  resolved: 'This conversation is marked resolved.',
  reopen: 'Reopen conversation',
  reopening: 'Reopening…',
  visibility: { public: 'public', private: 'private', internal: 'internal' },
  charactersLeft: (remaining, max) => `${remaining} of ${max} characters left`,
  overLimit: (over, max) => `${over} over the limit of ${max}`,
  refusedCharacters: 'X refuses this text: it holds an invisible character (U+FEFF, U+FFFE or U+FFFF). Remove it to send.',
  send: 'Send',
  sending: 'Sending…',
  retry: 'Retry',
  checking: 'Checking…',
  subjects: {
    send: { thing: 'The reply', action: 'send the reply' },
    reopen: { thing: 'The conversation', action: 'reopen the conversation' },
    checks: { thing: 'The checks', action: 'load the length counter and the checks before sending' },
    load: { thing: 'The conversation', action: 'load the conversation to reply in' },
  },
  notSent: (reason) => `${reason ?? 'Not sent (not confirmed before the page was left).'} Your text is kept.`,
  uncheckedNote: 'Until they load, your text is not checked for length, personal data or tone.',
  sendUnchecked: 'Send without the checks',
  staleTitle: 'The customer wrote since you started this reply',
  staleCount: (count) => (count === 1 ? 'A new message' : `${count} new messages`),
  sendAnyway: 'Send anyway',
  keepEditing: 'Keep editing',
  publicTitle: (channel) => `Check before posting publicly on ${channel}`,
  replyPrivately: (channel) => `Reply privately on ${channel} instead`,
  moveToPrivate: 'Move to private…',
  postAnyway: 'Post publicly anyway',
  review: {
    pii: {
      card: 'Payment card number',
      iban: 'Bank account number (IBAN)',
      email: 'Email address',
      phone: 'Phone number',
      'national-id-us': 'US Social Security number',
      'national-id-uk': 'UK National Insurance number',
    },
    tone: {
      sarcasm: (words) => `May read as sarcastic: “${words}”.`,
      blame: (words) => `Blames the customer: “${words}”.`,
      dismissal: (words) => `Dismisses the customer: “${words}”.`,
      insult: (words) => `Insults the customer: “${words}”.`,
      condescension: (words) => `Talks down to the customer: “${words}”.`,
    },
    stock: 'This reply reads as a stock reply: say something about the customer’s own problem.',
    stockRepeat: 'This exact reply was already posted in this conversation.',
    noteLike: (words) => `Reads like a note for the team, not a reply to the customer: “${words}”.`,
    colleague: (words) => `Names a colleague: “${words}”. Is this meant for the team?`,
    notePhrases: [
      'note for the team', 'note to the team', 'notes for the team', 'note for team', 'note to team', 'note to self',
      'fyi team', 'team fyi', 'fyi all', 'fyi everyone', 'heads up team', 'hi team', 'team:', 'internal:', 'internal note',
      'internal only', 'for internal use', 'not for the customer', 'do not send', "don't send", 'do not tell the customer',
      "don't tell the customer", 'the customer is', 'this customer', 'before replying', 'before we reply', 'before responding',
      'between us', '@team', '@here', '@channel',
    ],
  },
  rules: {
    duration: (ms) => describeDuration(ms),
    noComment: (channel) => `The customer has no public comment on ${channel} to reply to privately.`,
    privateExpired: (days, age) => `A private reply to a comment is allowed only within ${days} days of it; the customer's last comment is ${age} old.`,
    privateUsed: (channel, max) => `You already replied privately to this comment; ${channel} allows ${max === 1 ? 'one private reply' : `${max} private replies`} per comment until the customer answers.`,
    privateNote: (max) => `This is your ${max === 1 ? 'one private reply' : 'private reply'} to the customer's comment; you can write again once they answer.`,
    noReplies: (channel) => `Replies on ${channel} can't be sent from this desktop.`,
    lastWrote: (age) => `The customer last wrote here ${age} ago.`,
    notWrittenYet: "The customer hasn't written on this channel yet.",
    capReached: (channel, cap, sent) => `${channel} allows ${cap === 1 ? 'one reply' : `${cap} messages in a row`} until the customer writes again; you have sent ${sent}.`,
  },
  announce: {
    sending: 'Sending…',
    sent: 'Reply sent.',
    notSent: (reason) => `${reason} Your text is kept; retry to send it once.`,
    overBy: (over) => `Over the limit by ${over}.`,
    left: (remaining) => `${remaining} characters left.`,
    backWithin: 'Back within the limit.',
    stale: 'The customer wrote since you started this reply. Confirm before sending.',
    checkPublic: 'Check before posting publicly.',
    replyingOn: (channel) => `Replying on ${channel} instead.`,
    moved: 'Moved to private; your reply was sent privately.',
    writing: (audience) => `Writing: ${audience}.`,
    usedInReply: 'The note’s text is now in your reply.',
    reopened: 'Conversation reopened.',
  },
};
