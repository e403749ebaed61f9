/** Amazon Connect contact types and subtypes as Screenpop channels. */
import type { ChannelKind } from '../../../model/index.js';

const SUBTYPES: Record<string, ChannelKind> = {
  'connect:SMS': 'sms',
  'connect:WhatsApp': 'whatsapp',
  'connect:Chat': 'chat',
  'connect:Apple': 'chat',
  'connect:Guide': 'chat',
  'connect:Telephony': 'voice',
  'connect:WebRTC': 'voice',
  'connect:Email': 'email',
};

/**
 * The channel of a contact: voice and queued callbacks are voice, chat is chat (SMS and WhatsApp
 * chats by their subtype), email is email. Tasks and types Connect may add later have no channel:
 * undefined, and the bridge drops them with a report.
 */
export function channelOf(type: unknown, subtype?: unknown): ChannelKind | undefined {
  switch (type) {
    case 'voice':
    case 'queue_callback':
      return 'voice';
    case 'email':
      return 'email';
    case 'chat':
      return (typeof subtype === 'string' && SUBTYPES[subtype]) || 'chat';
    default:
      return undefined;
  }
}
