import { channel, type Channel, type Conversation, type Message, type ParticipantRole } from '../../src/model/index.js';

export const NOW = new Date('2025-03-10T12:00:00Z');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const ago = (ms: number, now = NOW) => new Date(now.getTime() - ms).toISOString();

export function conversationWith(channels: Channel[], id = 'conv-t'): Conversation {
  return {
    id,
    channels,
    status: 'open',
    priority: 'normal',
    sla: [],
    participants: [],
    createdAt: ago(30 * DAY),
    updatedAt: ago(0),
  };
}

let n = 0;
/** A message on a channel, written `msAgo` before NOW by a customer or an agent. */
export function msg(channelId: string, role: ParticipantRole, msAgo: number, extra: Partial<Message> = {}): Message {
  n += 1;
  const customer = role === 'customer';
  return {
    id: `m-${n}`,
    conversationId: 'conv-t',
    channelId,
    visibility: channelId.includes('comment') || channelId.endsWith('public') ? 'public' : 'private',
    author: customer ? { id: 'cust', role, displayName: 'Dana' } : { id: 'agent', role, displayName: 'Sam' },
    text: customer ? 'Hello?' : 'Hi Dana',
    createdAt: ago(msAgo),
    attachments: [],
    delivery: 'sent',
    ...extra,
  };
}

export const fbComment = () => channel('fb-comment', 'facebook', true, 'Facebook (comment)');
export const messenger = () => channel('fb-messenger', 'facebook', false, 'Messenger');
export const igComment = () => channel('ig-comment', 'instagram', true, 'Instagram (comment)');
export const igDm = () => channel('ig-dm', 'instagram', false, 'Instagram (DM)');
export const xPublic = () => channel('x-public', 'x', true, 'X (public reply)');
export const xDm = () => channel('x-dm', 'x', false, 'X (DM)');
export const whatsapp = () => channel('whatsapp', 'whatsapp', false, 'WhatsApp');
