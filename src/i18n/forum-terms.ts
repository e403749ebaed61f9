import type { ErrorSubject } from './error-terms.js';

/** The community actions an agent can take on a forum post. */
export type CommunityAction = 'accept' | 'endorse' | 'thank' | 'hide';

/** The words of a forum thread in `<cx-conversation-thread>`, typed so a translation can replace them whole. */
export interface ForumTerms {
  /** Each author's role in a community, in words. */
  role: { customer: string; asker: string; staff: string; advocate: string; moderator: string; bot: string; system: string };
  rank: (rank: string) => string;
  badge: (badge: string) => string;
  kudos: (count: number) => string;
  /** The mark of the accepted solution (with a symbol, never colour alone). */
  acceptedMark: string;
  /** Heading of the accepted solution pinned under the question. */
  pinnedHeading: string;
  pinnedBy: (author: string, role: string) => string;
  goToSolution: string;
  officialMark: string;
  endorsedBy: (names: string[]) => string;
  thanked: (count: number) => string;
  hiddenMark: (reason: string) => string;
  /** The question has had no accepted answer nor a staff or advocate reply for this long. */
  unanswered: (duration: string) => string;
  /** How long a question has waited, in words for `unanswered` ("26 h", "3 days"). */
  waited: (ms: number) => string;
  /** Labels of the actions' buttons. */
  action: Record<CommunityAction, string>;
  /** What each action is called in an error sentence. */
  actionSubject: Record<CommunityAction, ErrorSubject>;
  /** Said once an action is done. */
  done: Record<CommunityAction, string>;
  working: string;
  hideReason: string;
  hideConfirm: string;
  hideCancel: string;
  actionsLabel: (author: string) => string;
  makeCase: string;
  caseMade: (id: string) => string;
  caseSubject: (question: string) => string;
  caseAction: ErrorSubject;
  questionActions: string;
}

export const forumEn: ForumTerms = {
  role: {
    customer: 'Community member',
    asker: 'Asked the question',
    staff: 'Staff',
    advocate: 'Community advocate (volunteer, not staff)',
    moderator: 'Moderator',
    bot: 'Bot',
    system: 'System',
  },
  rank: (rank) => `Rank: ${rank}`,
  badge: (badge) => `Badge: ${badge}`,
  kudos: (count) => `${count} kudos`,
  acceptedMark: 'Accepted solution',
  pinnedHeading: 'Accepted solution',
  pinnedBy: (author, role) => `by ${author}, ${role}`,
  goToSolution: 'Go to the answer in the thread',
  officialMark: 'Official reply',
  endorsedBy: (names) => `Endorsed by ${names.join(', ')} (staff)`,
  thanked: (count) => (count === 1 ? 'Thanked by staff' : `Thanked by staff ${count} times`),
  hiddenMark: (reason) => `Hidden pending moderation: ${reason}`,
  unanswered: (duration) => `Unanswered for ${duration}`,
  waited: (ms) => waitWords(ms),
  action: { accept: 'Accept as solution', endorse: 'Endorse', thank: 'Thank', hide: 'Hide…' },
  actionSubject: {
    accept: { thing: 'The answer', action: 'accept the answer as the solution' },
    endorse: { thing: 'The answer', action: 'endorse the answer' },
    thank: { thing: 'The answer', action: 'thank the advocate' },
    hide: { thing: 'The post', action: 'hide the post' },
  },
  done: { accept: 'Accepted as the solution.', endorse: 'Endorsed.', thank: 'Thanked.', hide: 'Hidden pending moderation.' },
  working: 'Working…',
  hideReason: 'Why hide it? (shown to moderators)',
  hideConfirm: 'Hide pending moderation',
  hideCancel: 'Cancel',
  actionsLabel: (author) => `Actions on the post by ${author}`,
  makeCase: 'Make it a case',
  caseMade: (id) => `Case ${id} created.`,
  caseSubject: (question) => `Forum: ${question.length > 80 ? `${question.slice(0, 79)}…` : question}`,
  caseAction: { thing: 'The case', action: 'create the case' },
  questionActions: 'Actions on the question',
};

/** "26 h", "45 min", "3 days": how long a question has waited, in hours while under three days. */
export function waitWords(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 72) return `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}
