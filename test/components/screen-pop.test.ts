import { expect } from '@open-wc/testing';
import type { CxInteractionAcceptedEvent } from '../../src/events/interaction.js';
import type { Interaction } from '../../src/model/index.js';
import type { Adapter, Capability } from '../../src/ports/ports.js';
import { nextEvent } from '../helpers/events.js';
import { until } from '../helpers/until.js';
import { $, $$, NOW, button, demo, mount, popShown, queueItems, shownPane, textOf } from './screen-pop-harness.js';

const header = (pane: Element | null | undefined) => textOf(pane?.querySelector('[part~="header"]'));
const stateOf = (pane: Element | null | undefined) => textOf(pane?.querySelector('[part~="state"]'));

describe('<cx-screen-pop>', () => {
  it('pops an offered interaction with its conversation, customer and header, then opens it when accepted', async () => {
    const adapter = demo();
    const el = await mount(adapter);
    expect(textOf($(el, '[part~="idle"]'))).to.include('No customer to pop yet');
    const popped = nextEvent(el, 'cx-pop');
    const id = adapter.demo.offer('conv-001');
    expect((await popped).cause).to.equal('offered');
    const pane = await popShown(el, id);
    await until(() => header(pane).includes('Dana Whitfield'), 'the customer’s name in the header');
    expect(stateOf(pane)).to.equal('Waiting');
    expect(textOf(pane.querySelector('[part~="channel"]'))).to.equal('X');
    expect(pane.querySelector('cx-conversation-thread')!.getAttribute('conversation-id')).to.equal('conv-001');
    expect(pane.querySelector('cx-customer-360')!.getAttribute('conversation-id')).to.equal('conv-001');
    await until(() => pane.querySelector('cx-sentiment-badge[part~="sentiment"]'), 'the sentiment badge');
    expect(pane.querySelector('cx-sla-clock')).to.exist;
    expect(queueItems(el)).to.have.length(1);

    const opened = nextEvent(el, 'cx-pop');
    adapter.demo.accept(id);
    expect((await opened).cause).to.equal('accepted');
    await until(() => stateOf(shownPane(el)) === 'Accepted', 'accepted');
    await until(() => queueItems(el).length === 0, 'the queue emptied on the next frame');
    expect(button(shownPane(el)!, 'Close')).to.exist;
  });

  it('opens an interaction the host announces as accepted without an offer', async () => {
    const adapter = demo();
    const el = await mount(adapter);
    const conversation = adapter.demo.listConversations().find((c) => c.id === 'conv-003')!;
    const id = adapter.demo.offer(conversation.id);
    const second = adapter.demo.offer('conv-004');
    await popShown(el, id);
    adapter.demo.accept(second);
    const pane = await popShown(el, second);
    expect(stateOf(pane)).to.equal('Accepted');
    // The first offer, previewed until now, waits on in the queue.
    expect(queueItems(el).map((item) => item.dataset['key'])).to.deep.equal([id]);
    expect(el.pops.map((p) => p.id)).to.deep.equal([second]);
  });

  it('pops the interaction the agent is on from current()', async () => {
    const adapter = demo({ initialInteraction: true });
    const current = (await adapter.interactions!.current!())!;
    const el = await mount(adapter);
    const pane = await popShown(el, current.id);
    expect(stateOf(pane)).to.equal('Accepted');
    expect(pane.querySelector('cx-conversation-thread')!.getAttribute('conversation-id')).to.equal(current.conversationId);
  });

  it('pops an interaction the host sets, without any interaction source', async () => {
    const adapter = demo();
    const { interactions: _none, ...rest } = adapter;
    const noSource: Adapter = { ...rest, has: (c: Capability) => !c.startsWith('interactions.') && adapter.has(c) };
    const interaction: Interaction = { id: 'crm-1', channel: 'email', direction: 'inbound', customerAddress: 'dana@example.com', conversationId: 'conv-001', attributes: {}, receivedAt: NOW.toISOString(), state: 'accepted' };
    const el = await mount(noSource);
    const popped = nextEvent(el, 'cx-pop');
    el.interaction = interaction;
    expect((await popped).cause).to.equal('host');
    const pane = await popShown(el, 'crm-1');
    expect(textOf(pane.querySelector('[part~="channel"]'))).to.equal('Email');
    el.interaction = { ...interaction, state: 'ended' };
    await until(() => stateOf(shownPane(el)) === 'Ended', 'ended');
  });

  it('keeps an ended interaction until the agent closes it', async () => {
    const adapter = demo();
    const el = await mount(adapter);
    const id = adapter.demo.offer('conv-002');
    await popShown(el, id);
    adapter.demo.accept(id);
    await until(() => stateOf(shownPane(el)) === 'Accepted', 'accepted');
    adapter.demo.end(id);
    await until(() => stateOf(shownPane(el)) === 'Ended', 'ended');
    expect(textOf(shownPane(el)!.querySelector('[part~="ended"]'))).to.include('has ended');
    const closed = nextEvent(el, 'cx-pop-closed');
    button(shownPane(el)!, 'Close')!.click();
    expect((await closed).released).to.equal(false);
    await until(() => $(el, '[part~="idle"]'), 'idle again');
    expect($$(el, 'cx-conversation-thread')).to.have.length(0);
  });

  it('accepts here when the host has no accept: a cancelable event before, and one after', async () => {
    const base = demo();
    const { accept: _hostAccept, ...withoutAccept } = base.interactions!;
    const adapter = { ...base, has: (c: Capability) => c !== 'interactions.accept' && base.has(c), interactions: withoutAccept } as typeof base;
    const el = await mount(adapter);
    const id = adapter.demo.offer('conv-005');
    const pane = await popShown(el, id);
    const cancel = (event: Event) => event.preventDefault();
    el.addEventListener('cx-interaction-accept', cancel, { once: true });
    button(pane, 'Accept')!.click();
    await el.updateComplete;
    expect(stateOf(shownPane(el))).to.equal('Waiting');
    const accepted = nextEvent(el, 'cx-interaction-accepted');
    button(pane, 'Accept')!.click();
    const event: CxInteractionAcceptedEvent = await accepted;
    expect(event.byHost).to.equal(false);
    expect(event.interaction).to.include({ id, state: 'accepted' });
    await until(() => stateOf(shownPane(el)) === 'Accepted', 'accepted here');
    // The host's own "accepted" afterwards confirms it: no warning.
    const problems: Event[] = [];
    el.addEventListener('cx-adapter-error', (e) => problems.push(e));
    adapter.demo.accept(id);
    await el.updateComplete;
    expect(problems).to.have.length(0);
  });

  it('accepts through the host’s interactions.accept when the adapter has it', async () => {
    const adapter = demo();
    const calls: string[] = [];
    const withAccept = {
      ...adapter,
      has: (c: string) => c === 'interactions.accept' || adapter.has(c as Capability),
      interactions: {
        ...adapter.interactions!,
        accept: async (id: string) => {
          calls.push(id);
          adapter.demo.accept(id);
          return { ...(await adapter.interactions!.current!())! };
        },
      },
    } as Adapter;
    const el = await mount(withAccept);
    const id = adapter.demo.offer('conv-006');
    await popShown(el, id);
    const accepted = nextEvent(el, 'cx-interaction-accepted');
    void el.accept();
    expect((await accepted).byHost).to.equal(true);
    expect(calls).to.deep.equal([id]);
    expect(stateOf(shownPane(el))).to.equal('Accepted');
  });
});
