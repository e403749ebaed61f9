import { expect } from '@open-wc/testing';
import { mountConnectSalesforce, type ConnectSalesforceDesk } from '../../examples/hosts/connect-salesforce.js';
import { FakeChatSession, FakeStreams } from '../adapters/hosts/fake-connect.js';
import { seededOpenCti } from '../adapters/hosts/fake-open-cti.js';
import { until } from '../helpers/until.js';

// composeAdapter(connect, salesforce) with the real elements, over the fakes of Streams, the chat
// session and Open CTI: interactions and chat from Amazon Connect, customers from Salesforce.

window.addEventListener('error', (event) => event.message.includes('ResizeObserver loop') && event.stopImmediatePropagation(), true);

let root: HTMLElement;
let desk: ConnectSalesforceDesk | undefined;

afterEach(() => {
  desk?.dispose();
  root.remove();
});

function setUp() {
  const streams = new FakeStreams();
  const opencti = seededOpenCti();
  root = document.createElement('div');
  root.style.cssText = 'width: 600px; height: 700px; display: block';
  document.body.append(root);
  desk = mountConnectSalesforce(root, { connect: streams, opencti, apex: { apexClass: 'ScreenpopRecords', methodName: 'getRecord' } });
  const chat = new FakeChatSession();
  chat.push(chat.item('CUSTOMER', 'Hi, my bill doubled this month'));
  chat.push(chat.item('AGENT', 'Let me check that for you'));
  chat.push(chat.item('CUSTOMER', 'Thank you'));
  return { streams, opencti, chat };
}

const thread = () => root.querySelector('cx-conversation-thread')!;
const shown = () => [...(thread().shadowRoot?.querySelectorAll('cx-thread-message') ?? [])].map((m) => m.message?.text);

describe('examples/hosts/connect-salesforce: composeAdapter(connect, salesforce) with the elements', () => {
  it('names both hosts and offers what each provides', () => {
    setUp();
    expect(desk!.adapter.name).to.equal('amazon-connect+salesforce');
    expect(desk!.adapter.has('interactions.subscribe') && desk!.adapter.has('conversations.send') && desk!.adapter.has('customers.logActivity')).to.equal(true);
  });

  it('pops an accepted chat in the thread and its contact in Salesforce, and reads the customer from Salesforce', async () => {
    const { streams, opencti, chat } = setUp();
    streams.add({ id: 'chat-9', type: 'chat', chat, attributes: { sfContactId: '003DANA' } }).fire('accepted');
    await until(() => shown().includes('Thank you'), 'the chat in the thread');
    expect(shown()).to.include.members(['Hi, my bill doubled this month', 'Let me check that for you', 'Thank you']);
    await until(() => opencti.calls.some(([m]) => m === 'screenPop'), 'the Salesforce screen pop');
    expect(opencti.calls.find(([m]) => m === 'screenPop')).to.deep.equal(['screenPop', { type: 'sobject', params: { recordId: '003DANA' } }]);
    expect((await desk!.adapter.customers!.getCustomer(desk!.current!.customerId!)).name).to.equal('Dana Kowalski');
  });

  it('sends the agent’s reply through the chat session and logs it on the Salesforce contact', async () => {
    const { streams, opencti, chat } = setUp();
    streams.add({ id: 'chat-10', type: 'chat', chat, attributes: { sfContactId: '003DANA' } }).fire('accepted');
    await until(() => shown().includes('Thank you'), 'the chat in the thread');
    const composer = await until(() => thread().shadowRoot?.querySelector('cx-composer'), 'the composer');
    await composer.updateComplete;
    const area = composer.shadowRoot!.querySelector('textarea')!;
    area.value = 'Your bill is corrected.';
    area.dispatchEvent(new Event('input'));
    await composer.updateComplete;
    await composer.send();
    await until(() => opencti.saved.length === 1, 'the reply logged as a Task');
    expect(chat.sent).to.deep.equal([{ contentType: 'text/plain', message: 'Your bill is corrected.' }]);
    expect(opencti.saved[0]).to.deep.include({ entityApiName: 'Task', WhoId: '003DANA', Subject: 'Reply sent', Description: 'Your bill is corrected.', Status: 'Completed' });
  });

  it('dials a number the agent clicks in Salesforce through Amazon Connect', async () => {
    const { streams, opencti } = setUp();
    await until(() => opencti.clickToDial, 'click-to-dial enabled in Salesforce');
    opencti.click({ number: '+442079460018', recordId: '003DANA', objectType: 'Contact' });
    await until(() => streams.dialled.length === 1, 'the call placed');
    expect(streams.dialled).to.deep.equal(['+442079460018']);
  });
});
