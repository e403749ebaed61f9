import { expect } from '@open-wc/testing';
import { createOpenCtiBridge, createSalesforceBridge, type DialRequest, type SalesforceTelephony } from '../../../src/adapters/hosts/salesforce/index.js';
import { createAdapter, RejectedError } from '../../../src/ports/index.js';
import { describeAdapterContract, type ContractFixture } from '../../../src/testing/index.js';
import { until } from '../../helpers/until.js';
import { seededOpenCti } from './fake-open-cti.js';

function desk(options: { apex?: boolean } = {}) {
  const cti = seededOpenCti();
  const bridge = createOpenCtiBridge(cti, { instanceUrl: 'https://acme.my.salesforce.com', ...(options.apex ? { apex: { apexClass: 'ScreenpopRecords', methodName: 'getRecord' } } : {}) });
  return { cti, bridge, adapter: createAdapter(bridge, { timeoutMs: 500 }) };
}

describe('Salesforce (Open CTI): the record host', () => {
  it('finds candidates with a search that pops nothing, best first, customers only', async () => {
    const { adapter, cti } = desk();
    const candidates = await adapter.customers!.findCandidates!({ channel: 'email', handle: 'dana@example.com' });
    expect(cti.calls[0]).to.deep.equal(['searchAndScreenPop', { searchParams: 'dana@example.com', callType: 'outbound', deferred: true }]);
    expect(candidates.map((c) => [c.customer.id, c.confidence, c.reason])).to.deep.equal([['003DANA', 0.9, 'Salesforce Contact with dana@example.com']]);
    expect(candidates[0]!.customer).to.deep.include({ name: 'Dana Kowalski', email: 'dana@example.com', phone: '+44 20 7946 0018' });
    expect(candidates[0]!.customer.record).to.deep.equal({ system: 'salesforce', type: 'Contact', id: '003DANA', url: 'https://acme.my.salesforce.com/lightning/r/Contact/003DANA/view' });
    // A phone number written another way still matches exactly; a case is no customer.
    const byPhone = await adapter.customers!.findCandidates!({ channel: 'voice', handle: '+442079460018' });
    expect(byPhone.map((c) => [c.customer.id, c.confidence])).to.deep.equal([['003DANA', 0.9]]);
    expect((await adapter.customers!.findCandidates!({ channel: 'email', handle: '00012345' })).length).to.equal(0);
  });

  it('reads a record by id through Apex, or knows what its searches found', async () => {
    const withApex = desk({ apex: true });
    expect((await withApex.adapter.customers!.getCustomer('003DAN2')).name).to.equal('Dan Kowal');
    expect(withApex.cti.calls[0]).to.deep.equal(['runApex', { apexClass: 'ScreenpopRecords', methodName: 'getRecord', methodParams: 'id=003DAN2' }]);
    expect(await withApex.adapter.customers!.getCustomer('003NONE').catch((e: Error) => e.name)).to.equal('NotFoundError');
    const searchOnly = desk();
    const missing = (await searchOnly.adapter.customers!.getCustomer('003DANA').catch((e: unknown) => e)) as Error;
    expect(missing.name).to.equal('NotFoundError');
    expect(missing.message).to.contain('Apex');
    await searchOnly.adapter.customers!.findCandidates!({ channel: 'email', handle: 'dana@example.com' });
    expect((await searchOnly.adapter.customers!.getCustomer('003DANA')).name).to.equal('Dana Kowalski');
  });

  it('opens records with screenPop and logs activities as Tasks with saveLog', async () => {
    const { adapter, cti } = desk();
    await adapter.customers!.openRecord!({ system: 'salesforce', type: 'Contact', id: '003DANA' });
    await adapter.customers!.logActivity!({ customerId: '003DANA', conversationId: 'chat-1', type: 'move-to-private', summary: 'Moved from X to a DM', at: '2025-11-30T10:15:00Z' });
    expect(cti.calls).to.deep.equal([
      ['screenPop', { type: 'sobject', params: { recordId: '003DANA' } }],
      ['saveLog', { value: { entityApiName: 'Task', WhoId: '003DANA', Subject: 'Moved to private', Description: 'Moved from X to a DM', Status: 'Completed', ActivityDate: '2025-11-30' } }],
    ]);
  });

  it('pops the record for an interaction: by its customer id, else a search for the caller', async () => {
    const { bridge, cti } = desk();
    expect(await bridge.pop({ customerId: '003DANA', customerAddress: '+442079460018' })).to.equal('003DANA');
    expect(await bridge.pop({ customerAddress: '+1 555 0100' })).to.equal('003DAN2');
    expect(cti.calls).to.deep.equal([
      ['screenPop', { type: 'sobject', params: { recordId: '003DANA' } }],
      ['searchAndScreenPop', { searchParams: '+1 555 0100', callType: 'inbound' }],
    ]);
  });

  it('turns Open CTI failures into typed errors: errors refused, a callback that never comes timed out', async () => {
    const { adapter, cti } = desk();
    cti.failNext('screenPop', 'error');
    const refused = await adapter.customers!.openRecord!({ system: 'salesforce', type: 'Contact', id: '003DANA' }).catch((e: unknown) => e);
    expect(refused).to.be.instanceOf(RejectedError);
    expect((refused as Error).message).to.contain('Softphone is not connected to Salesforce');
    cti.failNext('saveLog', 'silent');
    const silent = (await adapter.customers!.logActivity!({ customerId: '003DANA', type: 'note', summary: 'x', at: '2025-11-30T10:15:00Z' }).catch((e: unknown) => e)) as Error;
    expect(silent).to.include({ code: 'retryable' });
    expect(silent.message).to.match(/timed out/);
  });

  it('exposes click-to-dial: enables it, passes each click on, drops clicks without a number, disables it when done', async () => {
    const { bridge, cti } = desk();
    const requests: DialRequest[] = [];
    const controller = new AbortController();
    bridge.onClickToDial((r) => requests.push(r), { signal: controller.signal });
    await until(() => cti.clickToDial, 'click-to-dial to be enabled');
    cti.click({ number: 4402079460018, recordId: '003DANA', recordName: 'Dana Kowalski', objectType: 'Contact' });
    cti.click({ recordId: '003DANA' });
    expect(requests).to.deep.equal([{ number: '4402079460018', recordId: '003DANA', recordName: 'Dana Kowalski', objectType: 'Contact' }]);
    const errors: unknown[] = [];
    const thrower = new AbortController();
    bridge.onClickToDial(() => {
      throw new Error('dialler down');
    }, { signal: thrower.signal, onError: (e) => errors.push(e) });
    expect(() => cti.click({ number: '+15550100' })).not.to.throw();
    expect(requests.map((r) => r.number)).to.deep.equal(['4402079460018', '+15550100']);
    expect(errors.map((e) => (e as Error).message)).to.deep.equal(['dialler down']);
    thrower.abort();
    controller.abort();
    await until(() => !cti.clickToDial, 'click-to-dial to be disabled');
  });

  it('runs on any SalesforceTelephony: a successor to Open CTI implements the same interface', async () => {
    const calls: string[] = [];
    const successor: SalesforceTelephony = {
      search: async (text) => (calls.push(`search ${text}`), [{ Id: '003NEW', RecordType: 'Contact', Name: 'Nia Ewe', Email: text }]),
      screenPop: async (id) => void calls.push(`pop ${id}`),
      searchAndScreenPop: async () => [],
      saveLog: async () => 'task-1',
      setClickToDial: async () => undefined,
      onClickToDial: () => undefined,
    };
    const adapter = createAdapter(createSalesforceBridge({ telephony: successor }));
    const [best] = await adapter.customers!.findCandidates!({ channel: 'email', handle: 'nia@example.com' });
    await adapter.customers!.openRecord!(best!.customer.record);
    expect(calls).to.deep.equal(['search nia@example.com', 'pop 003NEW']);
  });
});

// The shared contract, on the Salesforce bridge's one port (customers).
describeAdapterContract('Salesforce (Open CTI, fake)', (): ContractFixture => {
  const { adapter } = desk({ apex: true });
  return { adapter, conversationId: 'no-conversations-here', customerId: '003DANA', identity: { channel: 'email', handle: 'dana@example.com' } };
});
