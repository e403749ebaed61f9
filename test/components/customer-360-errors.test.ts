// What <cx-customer-360> tells the agent when a call fails: plain words chosen by the kind of failure, Retry
// where trying again makes sense, the technical detail behind a disclosure; and what it tells developers:
// one cx-adapter-error per failure, naming the port operation that failed.
import { expect } from '@open-wc/testing';
import type { CxAdapterErrorEvent } from '../../src/events/adapter-error.js';
import type { ConversationSource, CustomerDirectory, LoadMessagesOptions } from '../../src/ports/ports.js';
import { RejectedError, RetryableError } from '../../src/ports/errors.js';
import { until } from '../helpers/until.js';
import { $, $$, DANA, activityForm, UNKNOWN_CONVERSATION, button, conversationsOf, demo, mount, part, shown, textOf } from './customer-360-harness.js';

const CONVERSATION = 'conv-001';
const events: CxAdapterErrorEvent[] = [];
const collect = (event: Event) => void events.push(event as CxAdapterErrorEvent);
const originalWarn = console.warn;
beforeEach(() => {
  events.length = 0;
  console.warn = () => {}; // one warning per kind of problem: not what these tests are about
  document.addEventListener('cx-adapter-error', collect);
});
afterEach(() => {
  console.warn = originalWarn;
  document.removeEventListener('cx-adapter-error', collect);
});
const reported = (operation: string) => until(() => events.find((e) => e.operation === operation), `cx-adapter-error for ${operation}`);

/** The host's own words must never reach the agent's sentence. */
function expectPlain(error: Element, words: string, hostWords: string): void {
  expect(textOf(error.querySelector('p'))).to.equal(words);
  expect(textOf(error.querySelector('[part="error-detail"] pre'))).to.include(hostWords);
  expect(textOf(error.querySelector('p'))).to.not.include(hostWords);
}

describe('<cx-customer-360> errors', () => {
  it('a case the host refused: plain words, Retry (the same client id), the detail behind a disclosure and in cx-adapter-error', async () => {
    const adapter = demo();
    const port = adapter.customers as CustomerDirectory;
    const original = port.createCase!;
    let refuse = true;
    const clientIds: string[] = [];
    port.createCase = (newCase, options) => {
      clientIds.push(newCase.clientId ?? '');
      return refuse ? Promise.reject(new RejectedError('FIELD_CUSTOM_VALIDATION_EXCEPTION on Subject__c (test).', { status: 400 })) : original(newCase, options);
    };
    const el = await mount(adapter, { customerId: DANA, conversationId: CONVERSATION });
    await shown(el);
    button(el, 'Create case', 'cases')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~="case-form"] button[type="submit"]')!.click();
    const error = await until(() => $(el, '[part~="case-form"] [part~="error"]'), 'the error');
    expectPlain(error, 'The desktop refused to create the case. You may not have access; ask your administrator.', 'FIELD_CUSTOM_VALIDATION_EXCEPTION');
    const event = await reported('customers.createCase');
    expect([event.target, event.error?.code, event.bubbles, event.composed]).to.deep.equal([el, 'rejected', true, true]);
    expect(event.problem).to.include('FIELD_CUSTOM_VALIDATION_EXCEPTION');
    await expect(el).to.be.accessible();

    refuse = false;
    error.querySelector<HTMLButtonElement>('[part="error-retry"]')!.click();
    await until(() => textOf(part(el, 'cases')).includes('created from this conversation'), 'the case after Retry');
    expect(new Set(clientIds).size, 'Retry sends the same client id').to.equal(1);
  });

  it('an activity that could not be logged: plain words, the summary kept, Retry logs it', async () => {
    const adapter = demo();
    const el = await mount(adapter, { customerId: DANA, conversationId: CONVERSATION });
    await activityForm(el, 'Told Dana the engineer comes Tuesday.');
    adapter.demo.failNext('customers.logActivity', 'error');
    $<HTMLButtonElement>(el, '[part~="activity-form"] button[type="submit"]')!.click();
    const error = await until(() => $(el, '[part~="activity-form"] [part~="error"]'), 'the error');
    expectPlain(error, "Couldn't log the activity just now. Try again in 1 second.", 'injected fault');
    expect((await reported('customers.logActivity')).error?.code).to.equal('retryable');
    expect($<HTMLTextAreaElement>(el, '#activity-summary')!.value).to.equal('Told Dana the engineer comes Tuesday.');
    error.querySelector<HTMLButtonElement>('[part="error-retry"]')!.click();
    await until(() => part(el, 'activity-form') === null, 'the form closes once logged');
  });

  it('a link that failed shows under its candidate in plain words, reported as customers.linkIdentity', async () => {
    const adapter = demo();
    const el = await mount(adapter, { conversationId: UNKNOWN_CONVERSATION });
    await until(() => $$(el, '[part~="candidate"]').length === 2, 'the candidates');
    adapter.demo.failNext('customers.linkIdentity', 'error');
    $$(el, '[part~="candidate"]')[0]!.querySelector<HTMLButtonElement>('button')!.click();
    const error = await until(() => $(el, '[part~="candidate"] [part~="error"]'), 'the error under the candidate');
    expectPlain(error, "Couldn't link the handle to this customer just now. Try again in 1 second.", 'injected fault');
    expect((await reported('customers.linkIdentity')).target).to.equal(el);
    error.querySelector<HTMLButtonElement>('[part="error-retry"]')!.click();
    await shown(el);
  });

  it('a record the host could not open: plain words in the header, and Retry opens it', async () => {
    const adapter = demo();
    const el = await mount(adapter, { customerId: DANA });
    await shown(el);
    adapter.demo.failNext('customers.openRecord', 'error');
    button(el, 'Open in salesforce', 'header')!.click();
    const error = await until(() => $(el, '[part~="header"] [part~="error"]'), 'the error in the header');
    expectPlain(error, "Couldn't open the record just now. Try again in 1 second.", 'injected fault');
    expect((await reported('customers.openRecord')).error?.code).to.equal('retryable');
    error.querySelector<HTMLButtonElement>('[part="error-retry"]')!.click();
    await until(() => adapter.demo.openedRecords.length === 1, 'the record opened after Retry');
  });

  it('the history reports the call that failed (conversations.loadMessages), once per conversation', async () => {
    const adapter = demo();
    const port = adapter.conversations as ConversationSource;
    const original = port.loadMessages;
    port.loadMessages = (id: string, options?: LoadMessagesOptions) =>
      options?.limit === 15 ? Promise.reject(new RetryableError('Messages service down (test).')) : original(id, options);
    const el = await mount(adapter, { customerId: DANA, conversations: conversationsOf(adapter, DANA) });
    await shown(el);
    const error = await until(() => $(el, '[part~="history"] [part~="error"]'), 'the history error');
    expectPlain(error, "Couldn't load the sentiment of 2 conversations just now. Try again.", 'Messages service down (test).');
    await until(() => events.filter((e) => e.operation === 'conversations.loadMessages').length === 2, 'one event per conversation');
    expect(events.some((e) => e.operation === 'sentiment.analyze'), 'not blamed on the sentiment service').to.equal(false);
  });

  it('a conversation that could not be loaded beside a customer who could: the record shows, the failure is reported as conversations.getConversation', async () => {
    const adapter = demo();
    adapter.demo.failNext('conversations.getConversation', 'error');
    const el = await mount(adapter, { customerId: DANA, conversationId: CONVERSATION });
    await shown(el);
    expect((await reported('conversations.getConversation')).target).to.equal(el);
    expect(part(el, 'error')).to.equal(null);
  });

  it('speaks the element’s language: a record that could not be loaded, in Spanish', async () => {
    const adapter = demo();
    adapter.demo.failNext('customers.getCustomer', 'error');
    const el = await mount(adapter, { customerId: DANA, locale: 'es' });
    const error = await until(() => $(el, '[part~="record"] [part~="error"]'), 'the record error');
    await until(() => textOf(error.querySelector('p')).startsWith('No se pudo'), 'the Spanish words');
    expect(textOf(error.querySelector('p'))).to.equal('No se pudo cargar la ficha del cliente ahora. Inténtalo de nuevo en 1 segundo.');
    expect(textOf(error.querySelector('[part="error-retry"]'))).to.equal('Reintentar');
  });
});
