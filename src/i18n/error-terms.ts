/** What failed, in the agent's words, for `errorTerms`: the thing and the action. */
export interface ErrorSubject {
  /** The thing, as the subject of a sentence: "The conversation", "This customer". */
  thing: string;
  /** What was being done, after "couldn't": "load the conversation", "send the reply". */
  action: string;
}

/** Words of the shared agent-facing error view (`src/internal/error-view.ts`) and of placeholders. */
export interface ErrorTerms {
  /** A passing failure: the network, a busy host. */
  retryable: (subject: ErrorSubject, retryInSeconds?: number) => string;
  notFound: (subject: ErrorSubject) => string;
  /** The host sent data Screenpop cannot read. */
  invalidData: (subject: ErrorSubject) => string;
  /** The host refused (no access, a rule of its own). */
  rejected: (subject: ErrorSubject) => string;
  /** The desktop cannot do this at all. */
  unsupported: (subject: ErrorSubject) => string;
  other: (subject: ErrorSubject) => string;
  retry: string;
  /** The disclosure that holds the technical detail, for whoever supports the agent. */
  details: string;
  /** In place of messages the host sent in a form that could not be read. */
  rejectedMessages: (count: number) => string;
}

export const errorEn: ErrorTerms = {
  retryable: (s, seconds) => `Couldn't ${s.action} just now. ${seconds ? `Try again in ${seconds} second${seconds === 1 ? '' : 's'}.` : 'Try again.'}`,
  notFound: (s) => `${s.thing} could not be found. It may have been deleted or moved.`,
  invalidData: (s) => `Couldn't ${s.action}: the desktop sent it in a form Screenpop can't read. Try again, and tell your administrator if it keeps happening.`,
  rejected: (s) => `The desktop refused to ${s.action}. You may not have access; ask your administrator.`,
  unsupported: (s) => `This desktop can't ${s.action}.`,
  other: (s) => `Something went wrong: couldn't ${s.action}. Try again.`,
  retry: 'Retry',
  details: 'Technical details',
  rejectedMessages: (count) => (count === 1 ? '1 message could not be shown' : `${count} messages could not be shown`),
};
