/**
 * The REST example (examples/rest-adapter) in the browser: real `fetch` calls answered by its
 * pretend back end inside msw's service worker. It passes the adapter contract, and a thread shows
 * its conversation.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/define/cx-conversation-thread.js';
import { describeAdapterContract } from '../../src/testing/index.js';
import { createRestAdapter } from '../../examples/rest-adapter/adapter.js';
import { createRestBackend } from '../../examples/rest-adapter/backend.js';
import { restContractFixture } from '../../examples/rest-adapter/contract.js';
import { until } from '../helpers/until.js';

const backend = createRestBackend({ origin: location.origin });
const requests: string[] = [];
const worker = setupWorker(
  http.all('/api/*', ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
    return backend.handle(request);
  }),
);

before(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
after(() => worker.stop());

describeAdapterContract('REST example over msw', () => restContractFixture({ backend, baseUrl: '/api' }));

describe('REST example in a thread', () => {
  it('shows the conversation the back end holds, loaded over HTTP', async () => {
    requests.length = 0;
    const adapter = createRestAdapter({ baseUrl: '/api', pollMs: 50 });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 480px; width: 640px; display: flex">
      <cx-conversation-thread .adapter=${adapter} conversation-id="T-1001"></cx-conversation-thread>
    </div>`);
    const shadow = wrapper.querySelector('cx-conversation-thread')!.shadowRoot!;
    await until(() => shadow.querySelectorAll('cx-thread-message').length > 0, 'messages from the REST back end');
    expect(requests).to.include('GET /api/conversations/T-1001');
    expect(requests.some((r) => r.startsWith('GET /api/conversations/T-1001/messages'))).to.equal(true);
    const customer = await adapter.customers!.getCustomer('501');
    expect(customer.value).to.deep.equal({ lifetimeValue: 184_000, currency: 'GBP' });
  });
});
