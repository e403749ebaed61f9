/**
 * A host's HTTP record service, mocked with msw's service worker, composed with the demo's
 * conversations: shows composeAdapter, the boundary's validation of junk JSON and Retry-After.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { createDemoAdapter } from '../../src/adapters/demo/index.js';
import { composeAdapter, InvalidDataError, NotFoundError, RetryableError, type CustomerDirectory } from '../../src/ports/index.js';

const demo = createDemoAdapter({ latency: 0 });
const known = demo.demo.listCustomers()[0]!;

const worker = setupWorker(
  http.get('/crm/customers/:id', ({ params }) => {
    if (params.id === known.id) return HttpResponse.json(known);
    if (params.id === 'junk') return HttpResponse.json({ ...known, id: 'junk', value: { tier: 'diamond' } });
    if (params.id === 'busy') return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '3' } });
    return new HttpResponse(null, { status: 404 });
  }),
);

/** How a host's directory over HTTP maps statuses onto the typed errors. */
const crm: CustomerDirectory = {
  async getCustomer(id, options) {
    const response = await fetch(`/crm/customers/${encodeURIComponent(id)}`, options?.signal ? { signal: options.signal } : {});
    if (response.status === 404) throw new NotFoundError('customer', id);
    if (response.status === 429) throw new RetryableError('The CRM is busy.', { retryAfterMs: Number(response.headers.get('Retry-After')) * 1000 });
    return response.json();
  },
};

describe('composeAdapter over an HTTP host (msw)', () => {
  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  });
  after(() => worker.stop());

  const adapter = composeAdapter({ name: 'crm', customers: crm }, demo);

  it('takes each port from the first source that has it', async () => {
    expect(adapter.name).to.equal('crm+demo');
    expect(adapter.has('customers.get')).to.equal(true);
    expect(adapter.has('customers.createCase')).to.equal(false);
    expect(adapter.has('conversations.send')).to.equal(true);
    const customer = await adapter.customers!.getCustomer(known.id);
    expect(customer.name).to.equal(known.name);
  });

  it('rejects junk JSON from the host with an error naming the field', async () => {
    const error = (await adapter.customers!.getCustomer('junk').catch((e: unknown) => e)) as InvalidDataError;
    expect(error).to.be.instanceOf(InvalidDataError);
    expect(error.path).to.equal('value.tier');
    expect(error.message).to.contain('customers.getCustomer returned invalid data: value.tier must be one of');
  });

  it('keeps Retry-After on a retryable error, and not-found as not-found', async () => {
    const busy = (await adapter.customers!.getCustomer('busy').catch((e: unknown) => e)) as RetryableError;
    expect(busy).to.be.instanceOf(RetryableError);
    expect(busy.retryAfterMs).to.equal(3000);
    const missing = (await adapter.customers!.getCustomer('nobody').catch((e: unknown) => e)) as NotFoundError;
    expect(missing.code).to.equal('not-found');
  });

  it('cancels the HTTP request when the signal aborts', async () => {
    const controller = new AbortController();
    const call = adapter.customers!.getCustomer(known.id, { signal: controller.signal });
    controller.abort();
    const error = (await call.catch((e: unknown) => e)) as Error;
    expect(error.name).to.equal('AbortError');
  });
});
