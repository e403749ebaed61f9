import { expect } from '@open-wc/testing';
import { CxIdentifyRequestEvent } from '../../src/events/identity.js';
import type { Activity } from '../../src/model/index.js';
import { nextEvent } from '../helpers/events.js';
import { until } from '../helpers/until.js';
import { $, $$, DANA, NOW, UNKNOWN_CONVERSATION, button, demo, mount, part, shown, textOf } from './customer-360-harness.js';

describe('<cx-customer-360> identities', () => {
  it('shows the candidates for a handle linked to nobody, best first, each with its evidence and confidence', async () => {
    const adapter = demo();
    const el = await mount(adapter, { conversationId: UNKNOWN_CONVERSATION, agent: adapter.demo.agent });
    await shown(el, 'unknown');
    expect(textOf(part(el, 'name'))).to.equal('@bexh_88');
    expect(textOf(part(el, 'unknown'))).to.include('@bexh_88 on X is not linked to any customer.');
    await until(() => $$(el, '[part~="candidate"]').length === 2, 'two candidates');
    const [first, second] = $$(el, '[part~="candidate"]').map(textOf);
    expect(first).to.include('Rebecca “Bex” Holloway').and.include('62% confidence').and.include('Engineer did not attend');
    expect(second).to.include('Beth Hollins').and.include('31% confidence').and.include('profile city is Leeds');
    expect(el.customer, 'nothing is linked by itself').to.equal(undefined);
    await expect(el).to.be.accessible();

    // "Not this person" rules one out, here only.
    button(el, 'Not this person', 'candidate')!.click();
    await el.updateComplete;
    expect($$(el, '[part~="candidate"]').map(textOf)).to.have.length(1);
    expect(textOf(part(el, 'candidate'))).to.include('Beth Hollins');
    expect(adapter.demo.activities).to.have.length(0);
  });

  it('"Ask the customer to identify" fires a cancelable event with a verification message; uncancelled, it shows it', async () => {
    const adapter = demo();
    const el = await mount(adapter, { conversationId: UNKNOWN_CONVERSATION });
    await shown(el, 'unknown');
    const ask = button(el, 'Ask the customer to identify')!;

    const taken = nextEvent(el, 'cx-identify-request');
    el.addEventListener('cx-identify-request', (event) => event.preventDefault(), { once: true });
    ask.click();
    const event = await taken;
    expect(event).to.be.instanceOf(CxIdentifyRequestEvent);
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(event.message).to.include('direct message').and.include('Never share passwords or card details');
    expect(event.query).to.deep.equal({ channel: 'x', handle: '@bexh_88' });
    expect(event.conversationId).to.equal(UNKNOWN_CONVERSATION);
    await el.updateComplete;
    expect(part(el, 'identify-message'), 'the host took it').to.equal(null);

    ask.click();
    await el.updateComplete;
    expect(textOf(part(el, 'identify-message'))).to.include('Send this to the customer:').and.include(event.message);
    expect(el.customer).to.equal(undefined);
  });

  it('Link records agent-linked evidence with the agent and the time, then logs an activity', async () => {
    const adapter = demo();
    const el = await mount(adapter, { conversationId: UNKNOWN_CONVERSATION, agent: adapter.demo.agent });
    await until(() => part(el, 'candidate'), 'the candidates');
    const before = nextEvent(el, 'cx-identity-link');
    const after = nextEvent(el, 'cx-identity-linked');
    button(el, 'Link @bexh_88 to Rebecca')!.click();
    const link = await before;
    expect(link.cancelable).to.equal(true);
    expect(link.customerId).to.equal('cust-13');
    expect(link.identity.evidence).to.deep.include({ method: 'agent-linked', source: 'agent-sam', linkedAt: NOW.toISOString(), confidence: 0.9 });
    expect(link.identity.evidence.note).to.include('62%');
    const linked = await after;
    expect(linked.customer.identities.some((i) => i.handle === '@bexh_88')).to.equal(true);

    await until(() => el.customer?.id === 'cust-13' && part(el, 'identities'), 'the linked customer');
    await until(() => adapter.demo.activities.length === 1, 'the activity');
    const activity = adapter.demo.activities[0] as Activity;
    expect(activity).to.deep.include({ customerId: 'cust-13', conversationId: UNKNOWN_CONVERSATION, type: 'identity-linked', at: NOW.toISOString() });
    const stored = await adapter.customers!.getCustomer('cust-13');
    expect(stored.identities.find((i) => i.handle === '@bexh_88')!.evidence.source).to.equal('agent-sam');
    const shown = $$(el, '[part~="identity"]').map(textOf).find((t) => t.includes('@bexh_88'))!;
    expect(shown).to.include('Linked by an agent: Sam Rivera').and.include('90% confidence');
    expect(el.shadowRoot!.activeElement === part(el, 'name'), 'focus on the name').to.equal(true);
  });

  it('a cancelled link links nothing', async () => {
    const adapter = demo();
    const el = await mount(adapter, { conversationId: UNKNOWN_CONVERSATION });
    await until(() => part(el, 'candidate'), 'the candidates');
    el.addEventListener('cx-identity-link', (event) => event.preventDefault());
    button(el, 'Link', 'candidate')!.click();
    await el.updateComplete;
    expect(el.customer).to.equal(undefined);
    expect((await adapter.customers!.getCustomer('cust-13')).identities.some((i) => i.handle === '@bexh_88')).to.equal(false);
  });

  it('Unlink asks first and says what changes; Keep and Escape keep it; confirming unlinks', async () => {
    const adapter = demo();
    const el = await mount(adapter, { customerId: DANA });
    await shown(el);
    const count = el.customer!.identities.length;
    button(el, 'Unlink @dana_whit')!.click();
    await el.updateComplete;
    const confirm = part(el, 'confirm')!;
    expect(textOf(confirm)).to.include('Unlink @dana_whit on X from Dana Whitfield?');
    expect(textOf(confirm)).to.include('New messages from @dana_whit will no longer be matched to this customer');
    expect(textOf(confirm)).to.include('Linked by an agent: agent-sam');
    expect(el.shadowRoot!.activeElement === confirm.querySelector('button'), 'focus in the confirmation').to.equal(true);
    await expect(el).to.be.accessible();

    button(el, 'Keep it', 'confirm')!.click();
    await el.updateComplete;
    expect(part(el, 'confirm')).to.equal(null);
    expect(String(el.shadowRoot!.activeElement?.getAttribute('aria-label'))).to.equal('Unlink @dana_whit (X)');

    button(el, 'Unlink @dana_whit')!.click();
    await el.updateComplete;
    part(el, 'confirm')!.querySelector('button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(part(el, 'confirm')).to.equal(null);
    expect((await adapter.customers!.getCustomer(DANA)).identities).to.have.length(count);

    button(el, 'Unlink @dana_whit')!.click();
    await el.updateComplete;
    const before = nextEvent(el, 'cx-identity-unlink');
    const after = nextEvent(el, 'cx-identity-unlinked');
    button(el, 'Unlink', 'confirm')!.click();
    expect((await before).identity.handle).to.equal('@dana_whit');
    expect((await after).customer.identities).to.have.length(count - 1);
    await until(() => !$$(el, '[part~="identity"]').some((i) => textOf(i).includes('@dana_whit')), 'the identity gone');
    expect((await adapter.customers!.getCustomer(DANA)).identities).to.have.length(count - 1);
  });

  it('an unlink whose answer was lost is shown as done after Retry, not as an error', async () => {
    const adapter = demo();
    const el = await mount(adapter, { customerId: DANA });
    await shown(el);
    adapter.demo.failNext('customers.unlinkIdentity', 'lost-response');
    button(el, 'Unlink @dana_whit')!.click();
    await el.updateComplete;
    button(el, 'Unlink', 'confirm')!.click();
    const error = await until(() => $(el, '[part~="confirm"] [part~="error"]'), 'the error');
    expect(textOf(error.querySelector('p'))).to.equal("Couldn't unlink the identity just now. Try again.");
    expect(textOf(error.querySelector('[part="error-detail"] pre'))).to.include('answer was lost');
    error.querySelector('button')!.click();
    await until(() => !$$(el, '[part~="identity"]').some((i) => textOf(i).includes('@dana_whit')), 'the identity gone');
    expect(part(el, 'error')).to.equal(null);
  });
});
