// A web-test-runner plugin that gives browser tests real reference servers (examples/http-server)
// on loopback, started from the test through `executeServerCommand`:
//
//   const server = await executeServerCommand('http-server:start', { token: 'secret' }); // { id, baseUrl, origin }
//   …
//   const { violations } = await executeServerCommand('http-server:stop', { id: server.id });
//
// Each test file gets servers of its own (tests run two files at a time). Every exchange is checked
// against openapi.yaml as it happens; `stop` returns what broke the contract, and each event in the
// server's log is checked too. `http-server:check` checks exchanges a test recorded itself (msw).
// The server is compiled once per run (examples/http-server/build.js), from the runner's start: CI
// starts from a clean tree. `startServer` asks `http-server:ready` until that is done, since a
// command must answer within 20 s and the compile can take longer on a loaded machine.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildReferenceServer } from '../../examples/http-server/build.js';
import { loadContract } from './conformance.js';

export function httpServerPlugin() {
  let built;
  let contract;
  const servers = new Map();
  let next = 0;

  const setUp = () => {
    built ??= (async () => {
      const { server } = buildReferenceServer({ quiet: true });
      return import(server);
    })();
    contract ??= loadContract();
    return Promise.all([built, contract]);
  };
  /**
   * { ready: true } once the server is compiled and the contract loaded, { ready: false } after 5 s of
   * waiting for it (a command must answer within 20 s; one answering null counts as unknown).
   */
  const ready = () => {
    const done = setUp().then(() => ({ ready: true }));
    return Promise.race([done, new Promise((resolve) => setTimeout(() => resolve({ ready: false }), 5_000))]);
  };

  async function start(payload = {}) {
    const [{ startReferenceServer }, rules] = await setUp();
    const violations = [];
    const pending = new Set();
    let basePath = '/api';
    const inspect = (request, response) => {
      const task = (async () => {
        const url = new URL(request.url);
        if (!url.pathname.startsWith(`${basePath}/`) || request.method === 'OPTIONS') return;
        const text = await request.text();
        const answer = await response.text();
        const parse = (value) => {
          try {
            return value === '' ? undefined : JSON.parse(value);
          } catch {
            return value;
          }
        };
        const contentType = response.headers.get('content-type');
        // Faults injected on purpose (malformed or wrong-shaped answers) break the contract by design.
        if (response.headers.get('x-injected-fault')) return;
        violations.push(
          ...rules.check({ method: request.method, path: url.pathname.slice(basePath.length), requestBody: parse(text), status: response.status, contentType, responseBody: parse(answer) }),
        );
      })();
      pending.add(task);
      void task.finally(() => pending.delete(task));
    };
    const server = await startReferenceServer({ ...payload, port: 0, inspect });
    basePath = new URL(server.baseUrl).pathname;
    const id = `s${(next += 1)}`;
    servers.set(id, { server, violations, pending, rules });
    return { id, baseUrl: server.baseUrl, origin: server.origin };
  }

  // `npm run start:http` itself, as a user runs it (free ports). `start-http:run` starts it and answers at
  // once (a command must answer within 20 s, and the script may take longer on a loaded machine);
  // `start-http:addresses` answers { addresses } once it has printed them, { addresses: null } before
  // (a command answering null counts as unknown), and fails
  // if it exited first. The test asks until it has them.
  let desktop;
  let started;
  function runStartHttp() {
    const script = fileURLToPath(new URL('../../examples/http-server/start.js', import.meta.url));
    desktop = spawn(process.execPath, [script, '--port', '0', '--desktop-port', '0', '--live', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const state = { out: '', addresses: null, exited: null };
    started = state;
    desktop.stdout.on('data', (chunk) => {
      state.out += chunk;
      const api = /API:\s+(\S+)/.exec(state.out)?.[1];
      const page = /Desktop:\s+(\S+)/.exec(state.out)?.[1];
      if (api && page) state.addresses = { api, desktop: page };
    });
    desktop.once('exit', (code) => (state.exited = code));
    return true;
  }
  function startHttpAddresses() {
    if (!started) throw new Error('start-http:run was not called');
    if (started.addresses) return { addresses: started.addresses };
    if (started.exited !== null) throw new Error(`npm run start:http exited (${started.exited}) before it printed its addresses:\n${started.out}`);
    return { addresses: null };
  }

  async function stop({ id }) {
    const entry = servers.get(id);
    if (!entry) return { violations: [`no server ${id}`] };
    servers.delete(id);
    await Promise.all([...entry.pending]);
    const { server, violations, rules } = entry;
    for (const conversation of server.api.engine.demo.listConversations()) {
      for (const event of server.api.engine.log.all(`conversation:${conversation.id}`)) violations.push(...rules.checkEvent('conversation', event.data));
    }
    for (const event of server.api.engine.log.all('interactions')) violations.push(...rules.checkEvent('interactions', event.data));
    await server.close();
    return { violations: [...new Set(violations)] };
  }

  return {
    name: 'screenpop-http-server',
    async executeCommand({ command, payload }) {
      if (command === 'http-server:ready') return ready();
      if (command === 'http-server:start') return start(payload);
      if (command === 'start-http:run') return runStartHttp();
      if (command === 'start-http:addresses') return startHttpAddresses();
      if (command === 'start-http:stop') {
        desktop?.kill('SIGTERM');
        desktop = undefined;
        return true;
      }
      if (command === 'http-server:stop') return stop(payload);
      if (command === 'http-server:check') {
        const [, rules] = await setUp();
        return { violations: [...new Set(payload.exchanges.flatMap((exchange) => rules.check(exchange)))] };
      }
      return undefined;
    },
    // Compiling the server takes a while on a loaded machine: begin as the runner starts, not in the first test.
    serverStart() {
      void setUp().catch(() => {}); // a failure is reported by the first start
    },
    async serverStop() {
      desktop?.kill('SIGTERM');
      await Promise.all([...servers.values()].map(({ server }) => server.close()));
      servers.clear();
    },
  };
}
