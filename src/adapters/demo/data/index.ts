import type { DemoDataset } from '../dataset.js';
import { accountConversations } from './conversations-accounts.js';
import { forumConversations, withCommunity } from './conversations-forum.js';
import { longConversations } from './conversations-long.js';
import { directConversations } from './conversations-direct.js';
import { socialConversations } from './conversations-social.js';
import { customers } from './customers.js';
import { liveLines } from './live.js';
import { colleagues, sam } from './people.js';
import { thread } from './thread.js';
import { clock } from './time.js';

/**
 * The built-in demo data set for Northwind Mobile & Broadband (@NorthwindHelp), a fictional
 * telecom, ISP and phone retailer: 16 customers and 36 conversations across X, Facebook, Instagram,
 * the Northwind Community forum, email, web chat and call notes.
 *
 * Every time is laid out relative to `now`, so the demo always looks fresh; the result is a pure
 * function of `now` (no randomness), so tests with a fixed `now` are deterministic. Everything in
 * it is invented: people, handles, numbers, addresses and brands.
 */
export function builtInDataset(now: Date): DemoDataset {
  const t = clock(now);
  const built = [...longConversations(t), ...[...socialConversations, ...directConversations, ...accountConversations, ...forumConversations].map((spec) => thread(t, spec))].sort((a, b) =>
    a.conversation.id.localeCompare(b.conversation.id),
  );
  return {
    agent: { ...sam },
    colleagues: colleagues.map((c) => ({ ...c })),
    customers: customers(t),
    conversations: built.map((b) => b.conversation),
    messages: withCommunity(built.flatMap((b) => b.messages)),
    liveLines: liveLines(),
  };
}
