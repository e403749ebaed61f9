/**
 * The adapter contract (screenpop/testing) against the HTTP adapter talking to the reference
 * server (examples/http-server), a real Node server on loopback started by the test runner's
 * plugin. Every exchange is checked against openapi.yaml on the server's side.
 */
import { expect } from '@open-wc/testing';
import { describeAdapterContract } from '../../src/testing/index.js';
import { httpContractFixture, startServer, stopServer, type RunningServer } from './fixtures.js';

let server: RunningServer;

before(async () => {
  server = await startServer();
});
after(async () => {
  const violations = await stopServer(server);
  expect(violations, violations.join('\n')).to.deep.equal([]);
});

describeAdapterContract('HTTP adapter over the reference server', () => httpContractFixture(server));
