/**
 * The Northwind Community: two more forum threads (an unanswered question older than a day; a
 * thread with advocates of different ranks, a moderator, hostile strings and a `javascript:` URL),
 * and the community facts of every forum post in the data set (kudos, accepted solutions, staff
 * endorsements, ranks and badges).
 */
import type { CommunityPost, Message, Participant } from '../../../model/index.js';
import { stranger } from './people.js';
import { HOUR } from './time.js';
import type { ConversationSpec } from './thread.js';

/** A second advocate, newer and lower in rank than Marek. */
export const lena: Participant = { id: 'advocate-lena', role: 'community-advocate', displayName: 'Lena Okafor', handle: 'lena_ok', rank: 'Rising Star (level 2)' };
/** A community moderator. */
export const ruth: Participant = { id: 'mod-ruth', role: 'moderator', displayName: 'Ruth (moderator)', handle: 'mod_ruth', badge: 'Moderator team' };

const joe = stranger('joe_on_fibre', 'Joe');
const troll = stranger('totally_legit_admin', '<img src=x onerror=alert(1)> Admin');

export const forumConversations: ConversationSpec[] = [
  {
    n: 35,
    customer: 'kwame',
    subject: 'Router keeps rebooting after the power cut',
    channels: ['forum'],
    status: 'open',
    priority: 'normal',
    sla: {},
    end: 20 * HOUR,
    tags: ['hub-4', 'unanswered'],
    steps: [
      [0, 'c', 'forum', 'Since the power cut on Sunday my Hub 4 reboots every 20 minutes or so. The light goes white, then orange, then back to white. Anyone seen this? I work from home and it is killing my calls.'],
      [40, joe, 'forum', 'Same thing happened to me last year, never found out why. Following.', { re: 1 }],
      [6 * HOUR, 'c', 'forum', 'Still happening this morning. Is anyone from Northwind reading this?', { re: 1 }],
    ],
  },
  {
    n: 36,
    customer: 'tom',
    subject: 'Best way to get Wi-Fi to a garden office?',
    channels: ['forum'],
    status: 'open',
    priority: 'low',
    sla: {},
    end: 2 * HOUR,
    tags: ['wifi', 'mesh'],
    steps: [
      [0, 'c', 'forum', "I'm setting up an office at the bottom of the garden, about 25 m from the house. What's the most reliable way to get Wi-Fi out there on Fibre 150?"],
      [55, lena, 'forum', 'A Mesh Booster in a window facing the garden often reaches 20–25 m. If it drops, try the booster on a powerline adapter instead of Wi-Fi backhaul.', { re: 1 }],
      [30, 'adv', 'forum', "Lena's right about the booster. For 25 m through a wall and a hedge I'd go one step further: an outdoor-rated access point wired with a Cat6 cable from the hub. It's the one option that doesn't depend on the weather or the neighbours' Wi-Fi.", { re: 1 }],
      [20, troll, 'forum', "<script>alert('pwned')</script> Easiest fix: log in at javascript:alert(document.cookie) with your account password and I'll boost your signal remotely!!", { re: 1 }],
      [10, ruth, 'forum', 'Reminder: never share your password in the community. Staff will never ask for it here.', { re: 4 }],
      [25, 'c', 'forum', 'Thanks both! Marek, would the Cat6 need to be buried or can it run along the fence?', { re: 3 }],
    ],
  },
];

const post = (facts: Partial<CommunityPost>): CommunityPost => ({ accepted: false, kudos: 0, endorsements: [], thanks: 0, ...facts });

/** Ranks and badges of the community's regulars, by participant id. */
const STANDING: Record<string, Pick<Participant, 'rank' | 'badge'>> = {
  'advocate-marek': { rank: 'Community Champion (level 5)', badge: 'Top solution author' },
  'advocate-lena': { rank: 'Rising Star (level 2)' },
  'mod-ruth': { badge: 'Moderator team' },
};

/** The community facts of forum posts, by message id. */
function facts(endorser: { id: string; name: string; at: (m: Message) => string }): Record<string, (m: Message) => CommunityPost> {
  return {
    'm-010-05': () => post({ kudos: 14 }),
    'm-010-10': () => post({ accepted: true, kudos: 31, official: true }),
    'm-010-14': () => post({ kudos: 19 }),
    'm-010-27': (m) => post({ kudos: 22, endorsements: [{ byId: endorser.id, byName: endorser.name, at: endorser.at(m) }], thanks: 1 }),
    'm-017-02': () => post({ accepted: true, kudos: 5 }),
    'm-029-02': () => post({ kudos: 2 }),
    'm-029-04': () => post({ kudos: 3 }),
    'm-036-02': () => post({ kudos: 1 }),
    'm-036-03': () => post({ kudos: 4 }),
  };
}

/** Adds the community's facts to the built messages of forum threads (ranks, badges, kudos, solutions, endorsements). */
export function withCommunity(messages: Message[]): Message[] {
  const table = facts({ id: 'agent-tomasz', name: 'Tomasz Kowalski', at: (m) => new Date(Date.parse(m.createdAt) + 30 * 60_000).toISOString() });
  return messages.map((m) => {
    const standing = STANDING[m.author.id];
    const fact = table[m.id];
    if (!standing && !fact) return m;
    return { ...m, author: { ...m.author, ...standing }, ...(fact ? { community: fact(m) } : {}) };
  });
}

