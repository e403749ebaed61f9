import { stranger } from './people.js';
import type { ConversationSpec } from './thread.js';
import { HOUR } from './time.js';

/* Conversations for the customer 360's cases: a customer who asked not to be contacted, and a
 * business handle nobody has linked yet whose best candidate has strong evidence (see candidates.ts). */

export const accountConversations: ConversationSpec[] = [
  {
    n: 33,
    customer: 'ingrid',
    subject: 'Closing a line after a bereavement',
    channels: ['fb-messenger'],
    status: 'pending',
    priority: 'normal',
    reasons: [['manual', 'Bereavement; customer asked not to be contacted']],
    assignee: 'priya',
    sla: { first: 60, next: 60 },
    end: 20 * HOUR,
    tags: ['bereavement', 'do-not-contact'],
    steps: [
      [0, 'c', 'fb-messenger', "My husband Erik passed away in March. Please close his line, the number ending 0871. And please don't call me or send me offers, I can't deal with that right now."],
      [25, 'priya', 'fb-messenger', "I'm so sorry for your loss, Ingrid. I've started closing Erik's line with no closing charges, and I've marked your account so nobody calls, e-mails or texts you. I'll only reply here, where you've written to us."],
      [40, 'c', 'fb-messenger', 'Thank you. That means a lot.'],
    ],
  },
  {
    n: 34,
    who: stranger('@brennanstudio', 'Brennan Studio'),
    subject: 'Is the Shoreditch business outage fixed?',
    channels: ['ig-comment'],
    status: 'new',
    priority: 'normal',
    sla: { first: 60 },
    end: 25,
    tags: ['unmatched-identity', 'outage'],
    steps: [
      [0, 'c', 'ig-comment', "Any update on the business fibre outage in Shoreditch? Our studio's been offline since 8am and we've a client shoot at 2."],
      [6, 'c', 'ig-comment', 'Case number is 00048330 if that helps', { re: 1 }],
    ],
  },
];
