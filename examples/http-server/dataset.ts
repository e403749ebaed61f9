/** Data for benches: the built-in demo data set and one very long conversation. */
import { builtInDataset, type DemoDataset } from '../../src/adapters/demo/index.js';
import { channel, type Message } from '../../src/model/index.js';

/** The built-in data set plus "LONG-<count>": `count` messages, one a minute up to `now`, customer and agent in turn. */
export function withLongConversation(now: Date, count: number): DemoDataset {
  const dataset = builtInDataset(now);
  const id = `LONG-${count}`;
  const customer = { id: 'long-customer', role: 'customer' as const, displayName: 'Robin Long', handle: '@robin_long' };
  const { avatarUrl: _avatar, ...agent } = dataset.agent; // no picture to fetch from outside
  const start = now.getTime() - count * 60_000;
  const messages: Message[] = Array.from({ length: count }, (_, n) => ({
    id: `${id}-${String(n).padStart(6, '0')}`,
    conversationId: id,
    channelId: 'x-dm',
    visibility: 'private',
    author: n % 2 === 0 ? customer : agent,
    text: `Message ${n + 1} of ${count}: ${n % 2 === 0 ? 'the router still drops the connection every evening' : 'thanks, I have checked the line from here'}`,
    createdAt: new Date(start + n * 60_000).toISOString(),
    attachments: [],
    delivery: 'delivered',
  }));
  const at = (ms: number) => new Date(ms).toISOString();
  return {
    ...dataset,
    conversations: [
      ...dataset.conversations,
      { id, subject: `A conversation of ${count} messages`, channels: [channel('x-dm', 'x', false, 'X (DM)')], status: 'open', priority: 'normal', sla: [], participants: [customer], createdAt: at(start), updatedAt: at(now.getTime()) },
    ],
    messages: [...dataset.messages, ...messages],
  };
}
