// A web-test-runner plugin for tests that need pages on other origins (the iframe bridge): it starts
// two small proxies on loopback, each on a port of its own, in front of the test server, so the same
// files are served on three origins: the test server's own (http://localhost:PORT), "widget" and
// "hostile" (http://127.0.0.1:P2, http://127.0.0.1:P3). `GET /__origins__.json` tells a test which.
//
// It also adds the command `cross-origin-frame`, which reads and drives a frame on another origin
// through Playwright (a page cannot reach into a cross-origin frame itself): payload
// { origin, action: 'evaluate' | 'fill' | 'click' | 'press' | 'count', selector?, value?, expression? }.
// Locators pierce open shadow roots.
import http from 'node:http';

function proxy(targetHost, targetPort) {
  const server = http.createServer((request, response) => {
    const upstream = http.request(
      { host: targetHost, port: targetPort, method: request.method, path: request.url, headers: { ...request.headers, host: `localhost:${targetPort}` } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', (error) => {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`proxy: ${error.message}`);
    });
    request.pipe(upstream);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

export function originsPlugin() {
  const servers = [];
  let origins;
  return {
    name: 'screenpop-origins',
    async serverStart({ server }) {
      const { address, port } = server.address();
      const host = address === '::' || address === '0.0.0.0' ? 'localhost' : address;
      for (let i = 0; i < 2; i += 1) servers.push(await proxy(host, port));
      const [widget, hostile] = servers.map((s) => `http://127.0.0.1:${s.address().port}`);
      origins = { widget, hostile };
    },
    async serverStop() {
      await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    },
    serve(context) {
      if (context.path !== '/__origins__.json') return undefined;
      return { body: JSON.stringify(origins), type: 'json' };
    },
    async executeCommand({ command, payload, session }) {
      if (command !== 'cross-origin-frame') return undefined;
      const page = session.browser.getPage(session.id);
      const frame = page.frames().find((f) => f.url().startsWith(`${payload.origin}/`));
      // Reading a frame that is not there (yet) answers null, so a test can wait for it.
      const read = async (run) => {
        try {
          return frame ? await run(frame) : null;
        } catch {
          return null; // detached or navigating
        }
      };
      if (!frame && !['evaluate', 'count'].includes(payload.action)) throw new Error(`No frame on ${payload.origin} (frames: ${page.frames().map((f) => f.url()).join(', ')})`);
      const locator = payload.selector && frame ? frame.locator(payload.selector).first() : undefined;
      switch (payload.action) {
        case 'evaluate':
          return read((f) => f.evaluate(payload.expression));
        case 'count':
          return read((f) => f.locator(payload.selector).count());
        case 'fill':
          await locator.fill(payload.value);
          return true;
        case 'click':
          await locator.click();
          return true;
        case 'press':
          await locator.press(payload.value);
          return true;
        default:
          throw new Error(`cross-origin-frame: no action ${payload.action}`);
      }
    },
  };
}
