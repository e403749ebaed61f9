/**
 * The reference server: Node's own `http` module in front of `createReferenceApi`. Each request is
 * turned into a web `Request`, answered, and the `Response` written back — streamed, so Server-Sent
 * Events flow as they happen. A `Response.error()` (the "lost response" fault) and a stream that
 * fails (the "drop" fault, a restart) destroy the socket, as a real network failure would.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReferenceApi, type ReferenceApi, type ReferenceApiOptions } from './engine.js';

export interface ReferenceServerOptions extends ReferenceApiOptions {
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}

export interface ReferenceServer {
  /** Where the contract is served, e.g. "http://127.0.0.1:8787/api". */
  readonly baseUrl: string;
  /** The server's own origin, e.g. "http://127.0.0.1:8787" (the /demo/ routes are under it). */
  readonly origin: string;
  readonly api: ReferenceApi;
  close(): Promise<void>;
}

async function toRequest(req: IncomingMessage, origin: string, signal: AbortSignal): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = req.method ?? 'GET';
  let body: string | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    body = Buffer.concat(chunks).toString('utf8');
  }
  return new Request(new URL(req.url ?? '/', origin), { method, headers, signal, ...(body ? { body } : {}) });
}

async function write(response: Response, res: ServerResponse): Promise<void> {
  if (response.type === 'error') {
    // The answer is lost on the way back. A few bytes go first: a browser silently sends a request
    // again when its connection closes before any byte of the answer (Chromium does, even a POST).
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1024' });
    res.flushHeaders();
    await new Promise((resolve) => res.write('{"', resolve));
    res.destroy();
    return;
  }
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (!response.body) {
    res.end();
    return;
  }
  res.flushHeaders();
  const reader = response.body.getReader();
  res.on('close', () => void reader.cancel().catch(() => {}));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await new Promise((resolve) => res.once('drain', resolve));
    }
    res.end();
  } catch {
    // The stream failed: the connection goes with it, once what was written has gone out.
    if (res.socket) res.socket.destroySoon();
    else res.destroy();
  }
}

export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const api = createReferenceApi(options);
  const host = options.host ?? '127.0.0.1';
  let origin = '';
  const server = createServer((req, res) => {
    req.socket.setNoDelay(true);
    const controller = new AbortController();
    res.on('close', () => controller.abort());
    toRequest(req, origin, controller.signal)
      .then((request) => api.handle(request))
      .then((response) => write(response, res))
      .catch(() => res.destroy());
  });
  // An idle keep-alive connection stays open longer than a browser keeps it (Node's default is 5 s): a
  // request sent on a socket the server is just closing fails as "Failed to fetch".
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host}:${port}`;
  return {
    origin,
    baseUrl: `${origin}${(options.basePath ?? '/api').replace(/\/$/, '')}`,
    api,
    close() {
      api.close();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
