import { expect } from '@open-wc/testing';
import type { CxAdapterErrorEvent } from '../../src/events/adapter-error.js';
import type { Interaction, InteractionEventInput } from '../../src/model/index.js';
import { createAdapter } from '../../src/ports/adapter.js';
import { until } from '../helpers/until.js';
import { $, NOW, button, demo, mount, popShown, queueItems, shownPane, textOf } from './screen-pop-harness.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The demo's conversations and customers with an interaction source the test drives by hand, behind the real port boundary. */
function handDriven() {
  const base = demo();
  let emit: (event: InteractionEventInput) => void = () => undefined;
  const adapter = createAdapter(
    { interactions: { subscribe: (listener) => void (emit = listener) }, conversations: base.conversations!, customers: base.customers! },
    { name: 'hand-driven' },
  );
  const interaction = (id: string, over: Partial<Interaction> = {}): Interaction => ({
    id, channel: 'x', direction: 'inbound', customerAddress: '@dana_whit', conversationId: 'conv-001', customerId: 'cust-01', attributes: {}, receivedAt: NOW.toISOString(), state: 'offered', ...over,
  });
  const send = (type: InteractionEventInput['type'], id: string, over: Partial<Interaction> = {}) => emit({ type, interaction: { ...interaction(id, over), state: type } });
  return { adapter, base, send, emit: (event: unknown) => emit(event as InteractionEventInput) };
}

function problemsOf(el: HTMLElement): CxAdapterErrorEvent[] {
  const seen: CxAdapterErrorEvent[] = [];
  el.addEventListener('cx-adapter-error', (event) => seen.push(event));
  return seen;
}

describe('<cx-screen-pop> bad input', () => {
  it('ignores duplicated and out-of-order events and an end never offered, with a reported warning each; the queue keeps working', async () => {
    const { adapter, send } = handDriven();
    const el = await mount(adapter);
    const problems = problemsOf(el);
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args[0]);
    try {
      send('offered', 'a');
      await popShown(el, 'a');
      send('offered', 'a');
      send('ended', 'never-seen');
      send('offered', 'b', { conversationId: 'conv-003', customerId: 'cust-03', customerAddress: '@marcus' });
      send('accepted', 'b', { conversationId: 'conv-003', customerId: 'cust-03', customerAddress: '@marcus' });
      send('accepted', 'b', { conversationId: 'conv-003', customerId: 'cust-03', customerAddress: '@marcus' });
      send('offered', 'b', { conversationId: 'conv-003', customerId: 'cust-03', customerAddress: '@marcus' });
      send('ended', 'a');
      send('accepted', 'a');
      send('ended', 'never-seen-either');
    } finally {
      console.warn = warn;
    }
    expect(problems.map((p) => `${p.operation} ${p.problem}`)).to.deep.equal([
      'interactions.subscribe is a duplicate "offered" event for an interaction already offered; ignored',
      'interactions.subscribe is "ended" for an interaction never offered nor accepted; ignored',
      'interactions.subscribe is a duplicate "accepted" event for an interaction already accepted; ignored',
      'interactions.subscribe is "offered" for an interaction already accepted; ignored as out of order',
      'interactions.subscribe is "accepted" for an interaction already ended; ignored as out of order',
      'interactions.subscribe is "ended" for an interaction never offered nor accepted; ignored',
    ]);
    expect(problems.every((p) => p.bubbles && p.composed)).to.equal(true);
    expect(warnings.length, 'one console warning per kind of problem (five kinds, six problems)').to.equal(5);
    await popShown(el, 'b');
    expect(el.pops.map((p) => `${p.id}:${p.state}`)).to.deep.equal(['b:accepted']);

    send('offered', 'c', { conversationId: 'conv-004', customerId: undefined, customerAddress: '@someone' });
    await until(() => queueItems(el).some((row) => row.dataset['key'] === 'c'), 'a new offer queued as usual');
  });

  it('drops an interaction for an unknown channel at the port boundary, reported, and shows one a host sets by name', async () => {
    const { adapter, emit } = handDriven();
    const el = await mount(adapter);
    const problems = problemsOf(el);
    emit({ type: 'offered', interaction: { id: 'p', channel: 'pigeon', direction: 'inbound', customerAddress: 'coo', receivedAt: NOW.toISOString(), state: 'offered' } });
    await until(() => problems.length === 1, 'the report');
    expect(problems[0]!.path).to.equal('event.interaction.channel');
    expect(problems[0]!.operation).to.equal('interactions.subscribe');
    await frame();
    expect(el.queue).to.have.length(0);

    el.interaction = { id: 'q', channel: 'pigeon' as never, direction: 'inbound', customerAddress: 'coo', attributes: {}, receivedAt: NOW.toISOString(), state: 'accepted' };
    const pane = await popShown(el, 'q');
    expect(textOf(pane.querySelector('[part~="channel"]'))).to.equal('Unknown channel (pigeon)');
    expect(textOf(pane.querySelector('[part~="no-conversation"]'))).to.equal('This interaction has no conversation to show yet.');
  });

  it('shows a sender matched to nobody as such, with the customer 360’s candidates', async () => {
    const adapter = demo();
    const el = await mount(adapter);
    const id = adapter.demo.offer('conv-011');
    const pane = await popShown(el, id);
    await until(() => textOf(pane.querySelector('[part~="unmatched"]')) === 'Not matched to a customer yet', 'the unmatched note');
    expect(textOf(pane.querySelector('[part~="title"]'))).to.equal('@bexh_88');
    const c360 = pane.querySelector('cx-customer-360')!;
    await until(() => c360.shadowRoot!.querySelectorAll('[part~="candidate"]').length > 0, 'the candidates');
  });

  it('says when the conversation fails to load, with Retry, or does not exist; nothing else breaks', async () => {
    const adapter = demo();
    adapter.demo.failNext('conversations.getConversation', 'error', 1);
    const el = await mount(adapter);
    const problems = problemsOf(el);
    const id = adapter.demo.offer('conv-003');
    const pane = await popShown(el, id);
    const note = await until(() => pane.querySelector('[part~="details-error"]'), 'the details note');
    expect(textOf(note)).to.include('could not be loaded');
    expect(problems.some((p) => p.operation === 'conversations.getConversation')).to.equal(true);
    button(note, 'Retry')!.click();
    await until(() => !shownPane(el)!.querySelector('[part~="details-error"]') && shownPane(el)!.querySelector('cx-sla-clock'), 'the details after Retry');

    const missing = { id: 'gone', channel: 'email' as const, direction: 'inbound' as const, customerAddress: 'x@example.com', conversationId: 'conv-999', attributes: {}, receivedAt: NOW.toISOString(), state: 'accepted' as const };
    el.interaction = missing;
    const gone = await popShown(el, 'gone');
    await until(() => gone.querySelector('[part~="details-error"]'), 'the note for a conversation that does not exist');
    const thread = gone.querySelector('cx-conversation-thread')!;
    await until(() => textOf(thread.shadowRoot!.querySelector('[part~="error"]')).includes('No conversation with id "conv-999" was found'), 'the thread says it does not exist');
    expect($(el, '[part~="queue"]')).to.exist;
    adapter.demo.offer('conv-004');
    await until(() => queueItems(el).length === 2, 'the queue goes on');
  });

  it('shows the failure to find the current interaction with Retry', async () => {
    const adapter = demo({ initialInteraction: true });
    adapter.demo.failNext('interactions.current', 'error', 1);
    const el = await mount(adapter);
    const error = await until(() => $(el, '[part~="error"]'), 'the error');
    expect(error.getAttribute('role')).to.equal('alert');
    button(error, 'Retry')!.click();
    const current = (await adapter.interactions!.current!())!;
    await popShown(el, current.id);
    expect($(el, '[part~="error"]')).to.equal(null);
  });
});
