/**
 * Small HTTP helpers of the reference server, over the web's own Request and Response (so the same
 * code answers in Node and in a service worker): JSON and problem+json answers, errors as statuses,
 * and a route table.
 */
import { AdapterError, NotFoundError, RetryableError } from '../../src/ports/errors.js';
import type { DataIssue } from '../../src/model/index.js';

export const json = (value: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json', ...headers } });

export const noContent = (): Response => new Response(null, { status: 204 });

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** An RFC 9457 problem details answer. */
export function problem(status: number, detail: string, extra: { errors?: readonly DataIssue[]; retryAfter?: string } = {}): Response {
  const body: Record<string, unknown> = { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail };
  if (extra.errors) body.errors = extra.errors.map(({ path, problem }) => ({ path, problem }));
  const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
  if (extra.retryAfter !== undefined) headers['retry-after'] = extra.retryAfter;
  return new Response(JSON.stringify(body), { status, headers });
}

/** A failure of the engine as the status it stands for. */
export function problemFor(error: unknown): Response {
  if (error instanceof HttpError) return problem(error.status, error.message, error.errors ? { errors: error.errors } : {});
  if (error instanceof NotFoundError) return problem(404, error.message);
  if (error instanceof RetryableError) return problem(503, error.message, error.retryAfterMs === undefined ? {} : { retryAfter: String(Math.ceil(error.retryAfterMs / 1000)) });
  if (error instanceof RangeError) return problem(404, error.message);
  if (error instanceof AdapterError) return problem(error.code === 'not-found' ? 404 : error.retryable ? 503 : 422, error.message);
  return problem(500, error instanceof Error ? error.message : 'Unexpected failure.');
}

/** Thrown by a handler to answer with a status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: readonly DataIssue[],
  ) {
    super(message);
  }
}

export interface Route<C> {
  method: string;
  /** "/conversations/:conversationId/messages" */
  pattern: string;
  /** The port operation it serves ("conversations.loadMessages"), for fault injection; none for demo routes. */
  operation?: string;
  handle(context: C, params: Record<string, string>, request: Request, url: URL): Promise<Response> | Response;
}

/** The route and its path parameters for a request; `allowed` lists the methods of a path that matched otherwise. */
export function match<C>(routes: readonly Route<C>[], method: string, path: string): { route?: Route<C>; params: Record<string, string>; allowed: string[] } {
  const parts = path.split('/').filter(Boolean);
  const allowed: string[] = [];
  for (const route of routes) {
    const pattern = route.pattern.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((segment, i) => {
      if (segment.startsWith(':')) {
        try {
          params[segment.slice(1)] = decodeURIComponent(parts[i]!);
        } catch {
          return false;
        }
        return true;
      }
      return segment === parts[i];
    });
    if (!ok) continue;
    if (route.method === method) return { route, params, allowed };
    allowed.push(route.method);
  }
  return { params: {}, allowed };
}

/** The request's JSON body; a 400 problem when it is not JSON. */
export async function body(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body must be JSON.');
  }
}
