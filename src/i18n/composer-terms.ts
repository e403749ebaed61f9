import type { MoveStepName, MoveStepResult } from '../model/conversation.js';

/** The words of `<cx-composer>`, typed so a translation can replace them whole. */
export interface ComposerTerms {
  noConversation: string;
  replyOn: string;
  /** The text box's label, naming the chosen channel when there is one. */
  replyLabel: (channel?: string) => string;
  visibility: { public: string; private: string; internal: string };
  charactersLeft: (remaining: number, max: number) => string;
  overLimit: (over: number, max: number) => string;
  send: string;
  sending: string;
  retry: string;
  checking: string;
  /** The failure line under the text; `error` is undefined when the send was never confirmed (a reload). */
  notSent: (error?: string) => string;
  staleTitle: string;
  staleCount: (count: number) => string;
  sendAnyway: string;
  keepEditing: string;
  publicTitle: (channel: string) => string;
  replyPrivately: (channel: string) => string;
  moveToPrivate: string;
  postAnyway: string;
  move: {
    title: string;
    publicReply: (channel: string) => string;
    thenPrivate: string;
    handedOver: string;
    done: string;
    start: string;
    retry: string;
    running: string;
    cancel: string;
    close: string;
    steps: Record<MoveStepName, string>;
    status: Record<MoveStepResult['status'], string>;
    unsupported: string;
  };
  announce: {
    sending: string;
    sent: string;
    notSent: (error: string) => string;
    overBy: (over: number) => string;
    left: (remaining: number) => string;
    backWithin: string;
    stale: string;
    checkPublic: string;
    replyingOn: (channel: string) => string;
    moved: string;
  };
}

const sentence = (text: string) => text.replace(/\.?$/, '.');

export const composerEn: ComposerTerms = {
  noConversation: 'No conversation to reply in.',
  replyOn: 'Reply on',
  replyLabel: (channel) => (channel ? `Reply on ${channel}` : 'Reply'),
  visibility: { public: 'public', private: 'private', internal: 'internal' },
  charactersLeft: (remaining, max) => `${remaining} of ${max} characters left`,
  overLimit: (over, max) => `${over} over the limit of ${max}`,
  send: 'Send',
  sending: 'Sending…',
  retry: 'Retry',
  checking: 'Checking…',
  notSent: (error) => `Not sent${error ? `: ${error.replace(/\.$/, '')}` : ' (not confirmed before the page was left)'}. Your text is kept.`,
  staleTitle: 'The customer wrote since you started this reply',
  staleCount: (count) => (count === 1 ? 'A new message' : `${count} new messages`),
  sendAnyway: 'Send anyway',
  keepEditing: 'Keep editing',
  publicTitle: (channel) => `Check before posting publicly on ${channel}`,
  replyPrivately: (channel) => `Reply privately on ${channel} instead`,
  moveToPrivate: 'Move to private…',
  postAnyway: 'Post publicly anyway',
  move: {
    title: 'Move to private',
    publicReply: (channel) => `Public reply on ${channel}`,
    thenPrivate: 'Your reply is then sent privately, not posted.',
    handedOver: 'Your desktop is moving the conversation to private.',
    done: 'Moved to private. Your reply was sent privately.',
    start: 'Post and send privately',
    retry: 'Retry failed steps',
    running: 'Moving…',
    cancel: 'Cancel',
    close: 'Close',
    steps: {
      'public-acknowledgement': 'Public acknowledgement',
      'private-channel': 'Private message',
      link: 'Secure link',
      audit: 'Note in the conversation',
    },
    status: { done: 'Done', skipped: 'Skipped', failed: 'Failed' },
    unsupported: "This desktop can't move conversations to private; reply on a private channel instead.",
  },
  announce: {
    sending: 'Sending…',
    sent: 'Reply sent.',
    notSent: (error) => `Not sent: ${sentence(error)} Your text is kept; retry to send it once.`,
    overBy: (over) => `Over the limit by ${over}.`,
    left: (remaining) => `${remaining} characters left.`,
    backWithin: 'Back within the limit.',
    stale: 'The customer wrote since you started this reply. Confirm before sending.',
    checkPublic: 'Check before posting publicly.',
    replyingOn: (channel) => `Replying on ${channel} instead.`,
    moved: 'Moved to private; your reply was sent privately.',
  },
};
