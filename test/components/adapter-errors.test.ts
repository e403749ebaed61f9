// Every element that calls the adapter tells developers what failed: one cx-adapter-error (bubbling,
// composed) per failure, with the operation, and one console warning per kind; the agent gets plain words.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/index.js';
import type { CxComposer } from '../../src/components/composer/composer.js';
import { channel, type Conversation, type CustomerInput } from '../../src/model/index.js';
import { RejectedError, RetryableError, createAdapter } from '../../src/ports/index.js';
import { catchAdapterErrors } from '../helpers/adapter-errors.js';
import { until } from '../helpers/until.js';

const { events, warnings, reported } = catchAdapterErrors();

const at = '2026-11-02T08:00:00Z';
const conversation: Conversation = {
  id: 'c-err',
  channels: [channel('x-dm', 'x', false, 'X (DM)')],
  status: 'open',
  priority: 'normal',
  sla: [],
  participants: [],
  createdAt: at,
  updatedAt: at,
  customerId: 'cu-1',
};
const customer: CustomerInput = { id: 'cu-1', record: { system: 'crm', type: 'Contact', id: 42 }, name: 'Dana Kim' };
const conversations = { getConversation: async () => conversation, loadMessages: async () => ({ messages: [], nextCursor: null }) };

describe('cx-adapter-error from every element that calls the adapter', () => {
  it('<cx-conversation-thread>: a failed load, in plain words with Retry and the detail behind a disclosure', async () => {
    const adapter = createAdapter({ conversations: { ...conversations, getConversation: async () => Promise.reject(new RetryableError('Gateway timeout (test).')) } });
    const el = await fixture(html`<cx-conversation-thread .adapter=${adapter} conversation-id="c-err"></cx-conversation-thread>`);
    const event = await reported('conversations.getConversation');
    expect([event.target, event.bubbles, event.composed, event.error?.code]).to.deep.equal([el, true, true, 'retryable']);
    const error = await until(() => el.shadowRoot!.querySelector('[part~="error"]'), 'the error view');
    expect(error.querySelector('p')!.textContent).to.equal("Couldn't load the conversation just now. Try again.");
    expect(error.querySelector('[part="error-retry"]')).to.exist;
    expect(error.querySelector('[part="error-detail"] pre')!.textContent).to.contain('Gateway timeout (test).');
    expect(warnings).to.have.length(1);
  });

  it('<cx-customer-360>: a customer the boundary rejects (followers of -1) is reported with its path', async () => {
    const adapter = createAdapter({ customers: { getCustomer: async () => ({ ...customer, influence: { followers: -1, verified: true } }) } });
    const el = await fixture(html`<cx-customer-360 .adapter=${adapter} customer-id="cu-1"></cx-customer-360>`);
    const event = await reported('customers.getCustomer');
    expect([event.target, event.path, event.error?.code]).to.deep.equal([el, 'influence.followers', 'invalid-data']);
    expect(event.problem).to.contain('must be a non-negative whole number, got the number -1');
  });

  it('<cx-composer>: a send the host refused', async () => {
    const adapter = createAdapter({ conversations: { ...conversations, send: async () => Promise.reject(new RejectedError('Reply window closed (test).', { status: 422 })) } });
    const el = await fixture<CxComposer>(html`<cx-composer .adapter=${adapter} .conversation=${conversation} .messages=${[]}></cx-composer>`);
    const area = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea#text')!;
    area.value = 'Thanks, Dana: a new router is on its way.';
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    await el.send();
    const event = await reported('conversations.send');
    expect([event.target, event.error?.code]).to.deep.equal([el, 'rejected']);
    // The agent reads plain words and keeps the reply; the host's words stay with the developer.
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[part="status"]')!.textContent!;
    expect(status).to.contain('The desktop refused to send the reply.').and.contain('Your text is kept.').and.not.contain('Reply window closed');
    expect(area.value).to.equal('Thanks, Dana: a new router is on its way.');
    expect(el.shadowRoot!.querySelector('[part="error-detail"] pre')!.textContent).to.contain('Reply window closed (test).');
  });

  it('<cx-move-to-private>: a conversation that could not be loaded, reported as the port call that failed', async () => {
    const adapter = createAdapter({ conversations: { ...conversations, getConversation: async () => Promise.reject(new RetryableError('Down (test).')) } });
    const el = await fixture(html`<cx-move-to-private .adapter=${adapter} conversation-id="c-err"></cx-move-to-private>`);
    const event = await reported('conversations.getConversation');
    expect([event.target, event.error?.code]).to.deep.equal([el, 'retryable']);
    expect(events.map((e) => e.operation), 'only the call that failed').to.deep.equal(['conversations.getConversation']);
  });

  it('<cx-move-to-private>: messages that could not be loaded are reported as conversations.loadMessages, and Retry loads them', async () => {
    let failing = true;
    const loadMessages = async () => (failing ? Promise.reject(new RetryableError('Messages down (test).')) : { messages: [], nextCursor: null });
    const adapter = createAdapter({ conversations: { ...conversations, loadMessages } });
    const el = await fixture<HTMLElement & { show(): void }>(html`<cx-move-to-private .adapter=${adapter} conversation-id="c-err"></cx-move-to-private>`);
    const event = await reported('conversations.loadMessages');
    expect([event.target, event.error?.code]).to.deep.equal([el, 'retryable']);
    el.show();
    const error = await until(() => el.shadowRoot!.querySelector('[part~="error"]'), 'the load error in the dialog');
    expect(error.querySelector('p')!.textContent).to.equal("Couldn't load the conversation just now. Try again.");
    failing = false;
    error.querySelector<HTMLButtonElement>('[part="error-retry"]')!.click();
    await until(() => !el.shadowRoot!.querySelector('[part~="error"]'), 'the dialog after Retry');
  });

  it('<cx-composer> alone: a conversation that could not be loaded is reported as the port call that failed', async () => {
    const adapter = createAdapter({ conversations: { ...conversations, getConversation: async () => Promise.reject(new RetryableError('Down (test).')) } });
    const el = await fixture(html`<cx-composer .adapter=${adapter} conversation-id="c-err"></cx-composer>`);
    const event = await reported('conversations.getConversation');
    expect([event.target, event.error?.code]).to.deep.equal([el, 'retryable']);
  });

  it('<cx-composer> alone: a conversation that could not be loaded is shown in plain words with Retry, which loads it again', async () => {
    let calls = 0;
    const getConversation = async () => (++calls === 1 ? Promise.reject(new RetryableError('Gateway timeout (test).')) : conversation);
    const adapter = createAdapter({ conversations: { ...conversations, getConversation } });
    const el = await fixture<CxComposer>(html`<cx-composer .adapter=${adapter} conversation-id="c-err"></cx-composer>`);
    await reported('conversations.getConversation');
    const error = await until(() => el.shadowRoot!.querySelector('[part~="error"]'), 'the load error');
    expect(error.querySelector('p')!.textContent).to.equal("Couldn't load the conversation to reply in just now. Try again.");
    expect(error.querySelector('[part="error-detail"] pre')!.textContent).to.contain('Gateway timeout (test).');
    expect(el.shadowRoot!.textContent, 'not the line for no conversation at all').to.not.contain('No conversation to reply in');
    await expect(el).to.be.accessible();
    error.querySelector<HTMLButtonElement>('[part="error-retry"]')!.click();
    await until(() => el.shadowRoot!.querySelector('textarea#text'), 'the composer after Retry');
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(calls).to.equal(2);
    expect(events.map((e) => e.operation), 'the failure reported once').to.deep.equal(['conversations.getConversation']);
  });

  it('<cx-composer> alone: the failed load in the element’s language', async () => {
    const adapter = createAdapter({ conversations: { ...conversations, getConversation: async () => Promise.reject(new RejectedError('No access (test).')) } });
    const el = await fixture(html`<cx-composer .adapter=${adapter} locale="es" conversation-id="c-err"></cx-composer>`);
    const error = await until(() => el.shadowRoot!.querySelector('[part~="error"]'), 'the load error');
    await until(() => error.isConnected && error.querySelector('[part="error-retry"]')!.textContent === 'Reintentar', 'the Spanish words');
    expect(error.querySelector('p')!.textContent).to.equal('El escritorio se negó a cargar la conversación a la que responder. Puede que no tengas acceso; pregunta a tu administrador.');
    expect(error.querySelector('[part="error-retry"]')!.textContent).to.equal('Reintentar');
  });

  it('<cx-sentiment-badge>: the host’s sentiment service failed; the badge offers Retry', async () => {
    const adapter = createAdapter({ sentiment: { analyze: async () => Promise.reject(new RetryableError('Sentiment service down (test).')) } });
    const el = await fixture(html`<cx-sentiment-badge .adapter=${adapter} text="Still no internet."></cx-sentiment-badge>`);
    const event = await reported('sentiment.analyze');
    expect([event.target, event.error?.code]).to.deep.equal([el, 'retryable']);
    await until(() => el.shadowRoot!.querySelector('[part="retry"]'), 'Retry on the badge');
  });
});
