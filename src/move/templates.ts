/**
 * The move's texts from templates with variables: plain TypeScript, no DOM.
 *
 * A template is text with `{variable}` places (`{{` and `}}` write a brace). Filling it is one pass: a
 * value is inserted as text and never read as a template again, so a customer named "{agentName}" stays
 * that name. A variable nobody knows, or one with no value here (no open case for `{caseId}`), is a problem
 * to show before sending; the text is never sent with a `{…}` left in it.
 *
 * Values come from untrusted places (names, handles): they are cleaned before they are inserted — bidi
 * overrides and control characters removed, white space collapsed, floods of combining marks cut, and
 * at most `VALUE_MAX` characters (an ellipsis marks the cut). Links (`dmLink`, `secureLink`) are inserted whole.
 */
import type { Conversation } from '../model/conversation.js';
import type { Customer } from '../model/customer.js';
import type { Channel } from '../model/channel.js';
import type { Message } from '../model/message.js';

/** Every variable a move's template may use. */
export const MOVE_VARIABLES = ['customerName', 'firstName', 'handle', 'agentName', 'agentInitials', 'caseId', 'privateChannel', 'dmLink', 'secureLink'] as const;
export type MoveVariable = (typeof MOVE_VARIABLES)[number];
export type MoveValues = Partial<Record<MoveVariable, string>>;

/** A `{name}` the text can't be sent with: nobody knows the name, or it has no value here. */
export interface TemplateProblem {
  kind: 'unknown' | 'missing';
  name: string;
}

export interface FilledTemplate {
  /** The text to send (unusable while there are problems: it still holds their `{…}`). */
  text: string;
  problems: TemplateProblem[];
}

/** The longest a value is inserted, in code points. */
export const VALUE_MAX = 60;

const PLACE = /\{\{|\}\}|\{([^{}\n]{0,40})\}/g;
const KNOWN = new Set<string>(MOVE_VARIABLES);
const LINKS = new Set<string>(['dmLink', 'secureLink']);
/** Bidi embeddings, overrides and isolates, marks, and the other invisible format and control characters. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
const MARK_FLOOD = /(\p{M}{2})\p{M}+/gu;

/** A value made safe to insert: one line, no bidi tricks or invisible characters, no mark floods, not too long. */
export function cleanValue(value: string, max = VALUE_MAX): string {
  const text = value.replace(UNSAFE, ' ').replace(/\s+/g, ' ').replace(MARK_FLOOD, '$1').trim();
  const points = Array.from(text);
  return points.length > max ? `${points.slice(0, max - 1).join('').trimEnd()}…` : text;
}

/** Fills a template's variables with `values` (cleaned first). */
export function fillTemplate(template: string, values: MoveValues): FilledTemplate {
  const problems: TemplateProblem[] = [];
  const text = template.replace(PLACE, (place, inner: string | undefined) => {
    if (inner === undefined) return place[0]!;
    const name = inner.trim();
    if (!KNOWN.has(name)) {
      if (!problems.some((p) => p.name === name)) problems.push({ kind: 'unknown', name });
      return place;
    }
    const value = values[name as MoveVariable];
    if (value === undefined || value === '') {
      if (!problems.some((p) => p.name === name)) problems.push({ kind: 'missing', name });
      return place;
    }
    // Links are the host's or the brand's own, checked as https where they come in: never cut.
    return LINKS.has(name) ? value : cleanValue(value);
  });
  return { text, problems };
}

/** Text typed by the agent as a template that says exactly that text (its braces doubled). */
export function escapeTemplate(text: string): string {
  return text.replace(/[{}]/g, (brace) => brace + brace);
}

/**
 * The first of `variants` that fills without problems and `fits` (the channel's length rule), else the
 * first that fills, else the first: what a move's text starts as.
 */
export function prefill(variants: readonly string[], values: MoveValues, fits: (text: string) => boolean): string {
  const filled = variants.map((template) => ({ template, ...fillTemplate(template, values) }));
  const usable = filled.filter((f) => f.problems.length === 0);
  return (usable.find((f) => fits(f.text)) ?? usable[0] ?? filled[0])?.template ?? '';
}

export interface ValueSources {
  conversation: Conversation;
  messages: readonly Message[];
  from?: Channel;
  customer?: Customer;
  /** The agent's name; by default the conversation's assignee, as they signed in it. */
  agentName?: string;
  /** How the customer reads the private route ("a direct message", "e-mail"). */
  privateChannel?: string;
  /** A link that opens a DM with the brand on the public channel's platform (https only). */
  dmLink?: string;
  secureLink?: string;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => Array.from(word)[0]!.toUpperCase())
    .join('');

/** The values of a move's variables, from what is known; what isn't known is left out. */
export function moveValues(s: ValueSources): MoveValues {
  let customerMessage: Message | undefined;
  for (let i = s.messages.length - 1; i >= 0 && !customerMessage; i--) {
    const m = s.messages[i]!;
    if (m.author.role === 'customer' && !m.event && (!s.from || m.channelId === s.from.id)) customerMessage = m;
  }
  const participant = customerMessage?.author ?? s.conversation.participants.find((p) => p.role === 'customer');
  const customerName = cleanValue(s.customer?.name ?? participant?.displayName ?? '');
  const assignee = s.conversation.assigneeId ? s.messages.find((m) => m.author.id === s.conversation.assigneeId)?.author.displayName : undefined;
  const agentName = cleanValue(s.agentName ?? assignee ?? '');
  const handle = participant?.handle ?? s.customer?.identities.find((i) => i.channel === s.from?.kind)?.handle;
  const openCase = s.customer?.openCases.filter((c) => c.status !== 'solved' && c.status !== 'closed').sort((a, b) => b.openedAt.localeCompare(a.openedAt))[0];
  const values: MoveValues = {};
  if (customerName) {
    values.customerName = customerName;
    values.firstName = customerName.split(' ')[0]!;
  }
  if (handle) values.handle = cleanValue(handle);
  if (agentName) {
    values.agentName = agentName;
    values.agentInitials = initials(agentName);
  }
  if (openCase) values.caseId = openCase.id;
  if (s.privateChannel) values.privateChannel = s.privateChannel;
  if (s.dmLink) values.dmLink = s.dmLink;
  if (s.secureLink) values.secureLink = s.secureLink;
  return values;
}
