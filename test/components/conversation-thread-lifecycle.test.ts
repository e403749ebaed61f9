import { expect } from '@open-wc/testing';
import type { ConversationEvent } from '../../src/model/index.js';
import { threadDataset, threadMessage } from '../fixtures/thread-dataset.js';
import { mountThread } from './thread-harness.js';
import { until } from '../helpers/until.js';

describe('<cx-conversation-thread> lifecycle', () => {
  it('watches again after being moved in the DOM', async () => {
    const { el, emit, shadow } = await mountThread(threadDataset({ count: 5 }));
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await until(() => shadow.querySelector('cx-thread-message'), 'thread reloaded');
    await el.updateComplete;
    const added: ConversationEvent = { type: 'message-added', message: threadMessage(40, { text: 'After the move' }) };
    emit(added);
    await until(() => el.messages.some((m) => m.text === 'After the move'), 'the live watch works again after a move');
  });

  it('keeps a reply confirmed after a switch out of the new conversation’s timeline', async () => {
    const dataset = threadDataset({ count: 5 });
    const second = { ...dataset.conversations[0]!, id: 'conv-second' };
    dataset.conversations.push(second);
    dataset.messages.push(threadMessage(0, { id: 'second-1', conversationId: 'conv-second', text: 'Other conversation' }));
    const { el } = await mountThread(dataset);
    const composer = el.shadowRoot!.querySelector('cx-composer') as (HTMLElement & { sender?: { send: (m: unknown) => Promise<unknown> } }) | null;
    const sender = composer?.sender;
    expect(sender, 'the thread hands its outbox to the composer').to.not.equal(undefined);
    const first = dataset.conversations[0]!;
    const channelId = first.channels.find((c) => c.capabilities.canReply)!.id;
    const sending = sender!.send({ clientId: 'switch-1', conversationId: first.id, channelId, visibility: 'private', text: 'Sent in the first conversation' }).catch(() => undefined);
    el.conversationId = 'conv-second'; // switches (a microtask) before the host answers (a task)
    await until(() => el.messages.some((m) => m.text === 'Other conversation'), 'switched');
    await sending;
    await el.updateComplete;
    expect(el.messages.map((m) => m.text)).to.not.include('Sent in the first conversation');
    expect(el.messages.every((m) => m.conversationId === 'conv-second')).to.equal(true);
  });
});
