/**
 * The contract in a service worker: msw handlers that answer with the reference server's own
 * engine (`createReferenceApi`), over the demo data, in the page. For Storybook's "over HTTP"
 * stories and browser tests that need no Node server.
 *
 * ```ts
 * const { handlers } = referenceHandlers({ origin: location.origin, basePath: '/api' });
 * await setupWorker(...handlers).start();
 * const adapter = await createHttpAdapter({ baseUrl: '/api' });
 * ```
 */
import { http, type HttpHandler } from 'msw';
import { createReferenceApi, type ReferenceApi, type ReferenceApiOptions } from './engine.js';

export interface ReferenceHandlers {
  handlers: HttpHandler[];
  /** The engine behind them: demo controls, the event log, faults. */
  api: ReferenceApi;
}

/** Handlers for the contract under `origin + basePath` and the demo controls under `origin + "/demo/"`. */
export function referenceHandlers(options: ReferenceApiOptions & { origin: string }): ReferenceHandlers {
  const { origin, ...rest } = options;
  const api = createReferenceApi(rest);
  const basePath = (rest.basePath ?? '/api').replace(/\/$/, '');
  const answer = ({ request }: { request: Request }) => api.handle(request);
  return { api, handlers: [http.all(`${origin}${basePath}/*`, answer), http.all(`${origin}/demo/*`, answer)] };
}
