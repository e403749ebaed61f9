/**
 * Stock-reply check before a public post. Customers on social media recognise canned replies and
 * read them as being brushed off, so a public reply should say something about *their* problem. A
 * reply is "stock" when, once the usual service clichés are taken out, almost nothing is left (and it asks
 * nothing and links to no page) — or when it repeats, word for word, a reply already posted in the same
 * conversation.
 */
import type { Message } from '../model/message.js';
import type { Span } from './length.js';

export interface StockWarning {
  /** Why the reply reads as canned. */
  message: string;
  /** The stock phrases found (lower case). */
  phrases: string[];
  /** Where those phrases are in the text. */
  spans: Span[];
  /** True when the reply repeats one already posted in the conversation. */
  repeat: boolean;
}

/** Service clichés, lower case, apostrophes straightened. Matched as whole phrases. */
const CLICHES = [
  'we apologize for any inconvenience',
  'we apologise for any inconvenience',
  'sorry for any inconvenience',
  'sorry for the inconvenience',
  'we are sorry to hear that',
  "we're sorry to hear that",
  'sorry to hear that',
  'thank you for reaching out',
  'thanks for reaching out',
  'thank you for contacting us',
  'thank you for your patience',
  'thanks for your patience',
  'we appreciate your patience',
  'we understand your frustration',
  'we value your feedback',
  'your feedback is important to us',
  'your call is important to us',
  'we are looking into this',
  "we're looking into this",
  'please bear with us',
  'rest assured',
  'please dm us',
  'please send us a dm',
  'send us a dm',
  'please contact customer service',
  'please contact our customer service',
  'please check our website',
  'we will get back to you',
  "we'll get back to you",
  'feel free to reach out',
  'have a great day',
  'have a nice day',
  'hope this helps',
  'let us know if you need anything else',
];

/** Words that carry nothing on their own: what remains after the clichés must be more than these. */
const FILLER = new Set(
  'a an the and or but so to of for in on at with we us our you your i me my it this that is are be hi hello hey thanks thank please sorry again just as soon possible here there team ^'.split(' '),
);

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[@#]\w+/g, ' ')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Where each phrase (lower case, single spaces) stands in `text`, however it was spaced or capitalised. */
function spansOf(text: string, phrases: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const phrase of phrases) {
    const pattern = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’‘]").replace(/ /g, '\\s+');
    for (const m of text.matchAll(new RegExp(pattern, 'gi'))) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Words of substance a reply needs besides its clichés to count as written for this customer. */
const MIN_OWN_WORDS = 4;

/** A warning when `text` reads as a stock reply, or null. `earlier` are the conversation's messages. */
export function stockReply(text: string, earlier: readonly Message[] = []): StockWarning | null {
  const plain = normalise(text);
  if (!plain) return null;
  const repeated = earlier.some((m) => m.author.role === 'agent' && normalise(m.text) === plain);
  if (repeated) return { message: 'This exact reply was already posted in this conversation.', phrases: [], spans: [], repeat: true };
  // A question about the customer's problem, or a link to an article about it (a long path, not a home or
  // status page), engages with it: not a brush-off.
  if (text.includes('?') || /https?:\/\/[^\s/]+\/\S{15,}/.test(text)) return null;
  let rest = ` ${plain} `;
  const phrases: string[] = [];
  for (const cliche of CLICHES) {
    if (rest.includes(` ${cliche} `)) {
      phrases.push(cliche);
      rest = rest.split(` ${cliche} `).join(' ');
    }
  }
  if (phrases.length === 0) return null;
  const own = rest.split(' ').filter((word) => word && !FILLER.has(word));
  if (own.length >= MIN_OWN_WORDS) return null;
  return { message: 'This reply reads as a stock reply: say something about the customer’s own problem.', phrases, spans: spansOf(text, phrases), repeat: false };
}
