import type { ReplyVerdict } from '../../compose/reply-rules.js';
import type { Conversation } from '../../model/conversation.js';
import type { Message } from '../../model/message.js';
import type { ChecksController } from './checks-controller.js';
import type { ChoiceController } from './choice-controller.js';
import { newClientId } from './client-id.js';
import { outgoing } from './composer.parts.js';
import type { DraftController } from './draft-controller.js';
import type { GateController } from './gate-controller.js';
import type { ReopenController } from './reopen-controller.js';
import type { SendController } from './send-controller.js';

/** The composer's parts a send goes through. */
export interface SendFlow {
  conversation(): Conversation | undefined;
  /** The conversation's messages, oldest first. */
  messages(): readonly Message[];
  draft: DraftController;
  choice: ChoiceController;
  checks: ChecksController;
  gates: GateController;
  send: SendController;
  reopen: ReopenController;
  /** A sent message joins what the composer loaded itself. */
  added(message: Message): void;
}

/**
 * One send of the draft shown, in order: the counters (downloaded if need be), the channel's verdict, the
 * confirmations (`GateController`: the customer wrote since, the reply checks) and the delivery. A failed
 * send's retry sends it again exactly as it went out. Nothing goes out while a send or a check runs, on a
 * closed conversation, or while the checks can't be downloaded, unless the agent chose to send this very
 * text without them (`ChecksController`).
 */
export async function sendDraft(f: SendFlow): Promise<void> {
  const { draft, choice, checks, gates } = f;
  // A length not known yet waits for the counters; if they can't be downloaded, the send stops below.
  if (choice.counting && !checks.unchecked(draft.draft.text)) await checks.load();
  choice.sync(true);
  const conversation = f.conversation();
  const channel = choice.channel;
  const verdict = choice.verdict;
  const { text, startedAt, clientId, outgoing: unconfirmed } = draft.draft;
  const unchecked = checks.unchecked(text);
  if (!conversation || f.reopen.closed(conversation) || f.send.isPending(conversation.id) || gates.checking) return;
  if (clientId && unconfirmed) {
    gates.reset();
    await f.send.deliver(unconfirmed, true);
    return;
  }
  if (!channel || !verdict?.ok || !text.trim() || (choice.counting && !unchecked) || choice.length?.valid === false) return;
  const current = () => f.conversation()?.id === conversation.id && draft.draft.text === text && choice.channel === channel;
  if (draft.writing === 'reply' && !(await gates.allows(text, startedAt, channel, current, unchecked))) return;
  const message = outgoing(conversation, channel, verdict as ReplyVerdict & { ok: true }, f.messages(), text, clientId ?? newClientId());
  const sent = await f.send.deliver(message, clientId !== undefined);
  if (sent) {
    f.added(sent);
    gates.sent();
  }
}
