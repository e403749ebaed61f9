import { expect } from '@open-wc/testing';
import { createAdapter } from '../../src/ports/adapter.js';
import type { Capability, CustomerDirectory } from '../../src/ports/ports.js';
import type { Activity, NewCase } from '../../src/model/index.js';
import { nextEvent } from '../helpers/events.js';
import { until } from '../helpers/until.js';
import { $, $$, DANA, activityForm, UNKNOWN_CONVERSATION, button, demo, mount, part, shown, textOf } from './customer-360-harness.js';

const CONVERSATION = 'conv-001'; // Dana's outage

/** Counts createCase calls through the demo's own port. */
function countCreates(adapter: ReturnType<typeof demo>): NewCase[] {
  const calls: NewCase[] = [];
  const port = adapter.customers!;
  const original = port.createCase!;
  (port as { createCase: CustomerDirectory['createCase'] }).createCase = (newCase, options) => {
    calls.push(newCase);
    return original(newCase, options);
  };
  return calls;
}

async function openCaseForm(el: HTMLElementTagNameMap['cx-customer-360']): Promise<HTMLInputElement> {
  button(el, 'Create case', 'cases')!.click();
  await el.updateComplete;
  return $<HTMLInputElement>(el, '#case-subject')!;
}

const casesCreatedFrom = (cases: { subject: string }[], subject: string) => cases.filter((c) => c.subject === subject).length;

describe('<cx-customer-360> cases and activity', () => {
  it('Create case prefills the subject from the conversation and creates it once, however often it is clicked', async () => {
    const adapter = demo();
    const calls = countCreates(adapter);
    const el = await mount(adapter, { customerId: DANA, conversationId: CONVERSATION });
    await shown(el);
    const before = el.customer!.openCases.length;
    const subject = await openCaseForm(el);
    expect(subject.value).to.equal('Broadband down in LS6 — line fault, engineer visit, slow speeds after fix');
    expect(el.shadowRoot!.activeElement === subject, 'focus in the subject').to.equal(true);
    const created = nextEvent(el, 'cx-case-created');
    const submit = $<HTMLButtonElement>(el, '[part~="case-form"] button[type="submit"]')!;
    submit.click();
    submit.click();
    submit.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    const event = await created;
    expect(event.newCase).to.deep.include({ customerId: DANA, conversationId: CONVERSATION, subject: subject.value });
    expect(event.newCase.clientId).to.be.a('string');
    expect(calls).to.have.length(1);
    await until(() => textOf(part(el, 'cases')).includes(`Case ${event.caseSummary.id} created from this conversation.`), 'the confirmation');
    expect(el.customer!.openCases).to.have.length(before + 1);
    const stored = await adapter.customers!.getCustomer(DANA);
    expect(casesCreatedFrom(stored.openCases, event.newCase.subject)).to.equal(1);
    expect(button(el, 'Create case', 'cases'), 'one case per conversation').to.equal(undefined);
    const thread = await adapter.conversations!.loadMessages(CONVERSATION, { limit: 5 });
    expect(thread.messages.filter((m) => m.event?.type === 'case-created' && m.text.includes(event.caseSummary.id))).to.have.length(1);
  });

  it('a lost answer then Retry creates the case once, with the same client id', async () => {
    const adapter = demo();
    const calls = countCreates(adapter);
    const el = await mount(adapter, { customerId: DANA, conversationId: CONVERSATION });
    await shown(el);
    await openCaseForm(el);
    adapter.demo.failNext('customers.createCase', 'lost-response');
    const attempts: NewCase[] = [];
    el.addEventListener('cx-case-create', (event) => attempts.push(event.newCase));
    $<HTMLButtonElement>(el, '[part~="case-form"] button[type="submit"]')!.click();
    const error = await until(() => $(el, '[part~="case-form"] [part~="error"]'), 'the error');
    // Plain words with Retry; the note says Retry makes no second case; the developer's text behind a disclosure.
    expect(textOf(error.querySelector('p'))).to.equal("Couldn't create the case just now. Try again.");
    expect(textOf(part(el, 'case-form'))).to.include('Retry sends the same request, so the case is created only once.');
    expect(textOf(error.querySelector('[part="error-detail"] pre'))).to.include('answer was lost');
    const retry = error.querySelector('button')!;
    retry.click();
    retry.click();
    await until(() => textOf(part(el, 'cases')).includes('created from this conversation'), 'the case');
    expect(calls).to.have.length(2);
    expect(new Set(calls.map((c) => c.clientId)).size, 'one client id for both attempts').to.equal(1);
    expect(attempts.map((a) => a.clientId)).to.deep.equal([calls[0]!.clientId, calls[0]!.clientId]);
    const stored = await adapter.customers!.getCustomer(DANA);
    expect(casesCreatedFrom(stored.openCases, calls[0]!.subject)).to.equal(1);
    expect(casesCreatedFrom(el.customer!.openCases, calls[0]!.subject)).to.equal(1);
  });

  it('a cancelled cx-case-create creates nothing and keeps the form', async () => {
    const adapter = demo();
    const calls = countCreates(adapter);
    const el = await mount(adapter, { customerId: DANA, conversationId: CONVERSATION });
    await shown(el);
    await openCaseForm(el);
    el.addEventListener('cx-case-create', (event) => event.preventDefault());
    $<HTMLButtonElement>(el, '[part~="case-form"] button[type="submit"]')!.click();
    await el.updateComplete;
    expect(calls).to.have.length(0);
    expect(part(el, 'case-form')).to.not.equal(null);
  });

  it('logs an activity, keeping the typed summary when the host fails', async () => {
    const adapter = demo();
    const el = await mount(adapter, { customerId: DANA, conversationId: CONVERSATION });
    await activityForm(el, 'Called back about the hub; speeds fine now.');
    $<HTMLSelectElement>(el, '#activity-type')!.value = 'call';
    $<HTMLSelectElement>(el, '#activity-type')!.dispatchEvent(new Event('change'));
    adapter.demo.failNext('customers.logActivity', 'error');
    $<HTMLButtonElement>(el, '[part~="activity-form"] button[type="submit"]')!.click();
    const error = await until(() => $(el, '[part~="activity-form"] [part~="error"]'), 'the error');
    expect($<HTMLTextAreaElement>(el, '#activity-summary')!.value).to.equal('Called back about the hub; speeds fine now.');
    const logged = nextEvent(el, 'cx-activity-logged');
    error.querySelector('button')!.click();
    expect((await logged).activity).to.deep.include({ customerId: DANA, conversationId: CONVERSATION, type: 'call', summary: 'Called back about the hub; speeds fine now.' });
    expect((adapter.demo.activities as Activity[]).map((a) => a.summary)).to.deep.equal(['Called back about the hub; speeds fine now.']);
    await until(() => part(el, 'activity-form') === null, 'the form to close');
  });

  it('opens the customer record and a case in the host', async () => {
    const adapter = demo();
    const el = await mount(adapter, { customerId: DANA });
    await shown(el);
    button(el, 'Open in salesforce', 'header')!.click();
    button(el, 'Open case 00048217', 'cases')!.click();
    await until(() => adapter.demo.openedRecords.length === 2, 'both records opened');
    expect(adapter.demo.openedRecords).to.deep.equal([
      el.customer!.record,
      { system: 'salesforce', type: 'Case', id: '00048217', url: 'https://northwind.example.com/crm/Case/00048217' },
    ]);
  });

  it('shows each action only where the host can do it', async () => {
    const full = demo();
    const port = full.customers!;
    const only = (...capabilities: Capability[]) => {
      const customers: CustomerDirectory = { getCustomer: (id, o) => port.getCustomer(id, o) };
      if (capabilities.includes('customers.findCandidates')) customers.findCandidates = (q, o) => port.findCandidates!(q, o);
      return createAdapter({ name: 'partial', customers, conversations: full.conversations! });
    };
    const bare = await mount(only(), { customerId: DANA, conversationId: CONVERSATION });
    await shown(bare);
    for (const name of ['Open in', 'Unlink', 'Create case', 'Log activity']) expect(button(bare, name), name).to.equal(undefined);
    expect($$(bare, '[part~="case"] button')).to.have.length(0);
    expect($(bare, '[part~="case"] a[href="https://northwind.example.com/crm/Case/00048217"]'), 'the case links to its http(s) page instead').to.not.equal(null);

    const unknown = await mount(only(), { conversationId: UNKNOWN_CONVERSATION });
    await shown(unknown, 'unknown');
    expect(textOf(part(unknown, 'unknown'))).to.include('cannot look up who owns a handle');
    expect(button(unknown, 'Ask the customer'), 'asking needs no capability').to.not.equal(undefined);

    const search = await mount(only('customers.findCandidates'), { conversationId: UNKNOWN_CONVERSATION });
    await until(() => part(search, 'candidate'), 'the candidates');
    expect(button(search, 'Link', 'candidate')).to.equal(undefined);
    expect(button(search, 'Not this person', 'candidate')).to.not.equal(undefined);

    const none = await mount(createAdapter({ name: 'no-directory', conversations: full.conversations! }), { customerId: DANA });
    expect(textOf(part(none, 'status'))).to.equal('This desktop has no customer directory.');
  });
});
