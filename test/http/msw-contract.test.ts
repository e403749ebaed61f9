/**
 * The adapter contract against the HTTP adapter talking to msw handlers in the page's service
 * worker (examples/http-server/msw.ts): the reference server's engine, without a Node server.
 * Every exchange is recorded and checked against openapi.yaml in Node at the end.
 */
import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { executeServerCommand } from '@web/test-runner-commands';
import { referenceHandlers } from '../../examples/http-server/msw.js';
import { describeAdapterContract } from '../../src/testing/index.js';
import { httpContractFixture } from './fixtures.js';

const exchanges: Promise<unknown>[] = [];
const basePath = '/msw-api';
const { handlers, api } = referenceHandlers({
  origin: location.origin,
  basePath,
  inspect: (request, response) => {
    exchanges.push(
      (async () => {
        const parse = (text: string) => {
          try {
            return text === '' ? undefined : JSON.parse(text);
          } catch {
            return text;
          }
        };
        if (response.headers.get('x-injected-fault')) return null;
        const path = new URL(request.url).pathname;
        if (!path.startsWith(`${basePath}/`) || request.method === 'OPTIONS') return null;
        return {
          method: request.method,
          path: path.slice(basePath.length),
          requestBody: parse(await request.text()),
          status: response.status,
          contentType: response.headers.get('content-type'),
          responseBody: parse(await response.text()),
        };
      })(),
    );
  },
});
const worker = setupWorker(...handlers);
const server = { id: 'msw', baseUrl: `${location.origin}${basePath}`, origin: location.origin };

before(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
after(async () => {
  const recorded = (await Promise.all(exchanges)).filter(Boolean);
  worker.stop();
  api.close();
  const { violations } = await executeServerCommand<{ violations: string[] }, { exchanges: unknown[] }>('http-server:check', { exchanges: recorded });
  expect(recorded.length).to.be.greaterThan(50);
  expect(violations, violations.join('\n')).to.deep.equal([]);
});

describeAdapterContract('HTTP adapter over msw', () => httpContractFixture(server));
