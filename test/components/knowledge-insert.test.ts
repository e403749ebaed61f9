/**
 * Insert link and Quote from <cx-knowledge> into a real <cx-composer>: at the caret, within the channel's
 * length rule (never over; the agent is told), and the stock-reply warning stays until the agent has put
 * the inserted text in their own words.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cx-composer.js';
import '../../src/define/cx-knowledge.js';
import { createDemoAdapter } from '../../src/adapters/demo/index.js';
import type { CxComposer } from '../../src/components/composer/composer.js';
import type { CxKnowledge } from '../../src/components/knowledge/knowledge.js';
import { channel, type Conversation, type Message } from '../../src/model/index.js';
import { nextEvent } from '../helpers/events.js';
import { until } from '../helpers/until.js';
import { $, article, button, textOf, titles, typeQuery } from './knowledge-harness.js';

let sequence = 0;

async function desk(articles = [article('refund', 'Charged twice for the same bill', { snippet: 'A second payment for the same bill is refunded to the same card within 5 working days.' })]) {
  sequence += 1;
  const id = `conv-kb-${sequence}`;
  const now = Date.now();
  const conversation: Conversation = {
    id,
    channels: [channel('x-public', 'x', true, 'X (public reply)')],
    status: 'open',
    priority: 'normal',
    sla: [],
    participants: [],
    createdAt: new Date(now - 86_400_000).toISOString(),
    updatedAt: new Date(now).toISOString(),
  };
  const messages: Message[] = [{
    id: `${id}-m1`, conversationId: id, channelId: 'x-public', visibility: 'public', author: { id: 'dana', role: 'customer', displayName: 'Dana' },
    text: 'You charged me twice for March!', createdAt: new Date(now - 600_000).toISOString(), attachments: [], delivery: 'sent',
  }];
  const adapter = createDemoAdapter({ latency: 0, initialInteraction: false, knowledge: false, dataset: { customers: [], conversations: [conversation], messages } as never });
  const root = await fixture<HTMLElement>(html`<div>
    <cx-composer .adapter=${adapter} .conversation=${conversation} .messages=${messages}></cx-composer>
    <cx-knowledge .adapter=${adapter} .articles=${articles} conversation-id=${id} debounce="20"></cx-knowledge>
  </div>`);
  const composer = root.querySelector('cx-composer') as CxComposer;
  const kb = root.querySelector('cx-knowledge') as CxKnowledge;
  await composer.updateComplete;
  return { adapter, composer, kb, conversation };
}

const area = (composer: CxComposer) => composer.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea#text')!;

async function typeReply(composer: CxComposer, text: string): Promise<void> {
  area(composer).value = text;
  area(composer).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await composer.updateComplete;
}

async function preview(kb: CxKnowledge, query: string): Promise<void> {
  await typeQuery(kb, query);
  await until(() => titles(kb).length > 0, `a result for "${query}"`);
  $(kb, '[part~="result"]')!.click();
  await kb.updateComplete;
}

const buttonNamed = (el: HTMLElement, name: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes(name));

describe('<cx-knowledge> into <cx-composer>', () => {
  it('quotes at the caret, and the stock-reply warning holds until the agent has adapted the quote', async () => {
    const { adapter, composer, kb, conversation } = await desk();
    await typeReply(composer, 'Dana, ');
    area(composer).setSelectionRange(6, 6);
    await preview(kb, 'charged twice');
    const inserted = nextEvent(kb, 'cx-knowledge-inserted');
    button(kb, 'quote')!.click();
    expect((await inserted).kind).to.equal('quote');
    await composer.updateComplete;
    expect(area(composer).value).to.equal('Dana, “A second payment for the same bill is refunded to the same card within 5 working days.”');
    expect(textOf(kb, '[part="notice"]')).to.contain('own words');
    expect(textOf(composer, '[part="snippet-note"]')).to.contain('knowledge base');

    await composer.send();
    expect(textOf(composer, '[part="warning"] [data-kind="stock"]')).to.contain('knowledge base');
    const sent = await adapter.conversations!.loadMessages(conversation.id);
    expect(sent.messages.filter((m) => m.author.role === 'agent')).to.have.length(0);

    buttonNamed(composer, 'Keep editing')!.click();
    await typeReply(composer, `Dana, I checked your account: March was taken twice by our payment provider, so I refunded it today. ${area(composer).value.slice(6)}`);
    expect(composer.shadowRoot!.querySelector('[part="snippet-note"]')).to.equal(null);
    const after = nextEvent(composer, 'cx-after-send');
    await composer.send();
    expect((await after).message.text).to.contain('refunded it today');
  });

  it('inserts a link, and refuses text that would take the reply over the channel’s limit, saying so', async () => {
    const long = 'A very long extract. '.repeat(20).trim();
    const { composer, kb } = await desk([article('roam', 'Roaming in Europe', { snippet: long })]);
    await preview(kb, 'roaming');
    button(kb, 'insert-link')!.click();
    await composer.updateComplete;
    expect(area(composer).value).to.equal('Roaming in Europe: https://help.example.com/roam');
    const before = area(composer).value;
    button(kb, 'quote')!.click();
    await kb.updateComplete;
    expect(area(composer).value, 'nothing inserted').to.equal(before);
    expect(textOf(kb, '[part="notice"]')).to.match(/doesn't fit: the reply would be \d+ characters over this channel's limit of 280/);
    expect(composer.shadowRoot!.querySelector('[part="counter"]')?.textContent ?? '').not.to.contain('over');
  });

  it('works docked in the composer’s knowledge slot', async () => {
    const { composer, kb, conversation } = await desk();
    kb.slot = 'knowledge';
    composer.append(kb);
    await kb.updateComplete;
    expect(kb.assignedSlot?.name).to.equal('knowledge');
    expect(kb.conversationId).to.equal(conversation.id);
    await preview(kb, 'charged');
    button(kb, 'insert-link')!.click();
    await composer.updateComplete;
    expect(area(composer).value).to.equal('Charged twice for the same bill: https://help.example.com/refund');
  });

  it('says so when no reply is open for the conversation', async () => {
    const { kb } = await desk();
    kb.conversationId = 'another-conversation';
    await kb.updateComplete;
    await preview(kb, 'charged');
    button(kb, 'quote')!.click();
    await kb.updateComplete;
    expect(textOf(kb, '[part="notice"]')).to.contain('No reply is open');
  });
});
