/**
 * One JSON call over fetch, as the HTTP adapter makes it: auth headers asked for on every attempt,
 * a timeout per attempt, RFC 9457 problems turned into the typed errors, and retries of what is safe
 * to repeat (GET, PUT, DELETE, and POSTs that carry a client id), with backoff, jitter and
 * Retry-After. No DOM: it runs wherever `fetch` does.
 */
import { describeValue } from '../../ports/describe.js';
import { AbortedError, AdapterError, InvalidDataError, RetryableError, errorForStatus, type CallSubject } from '../../ports/errors.js';

export type HeadersSource = Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);

export interface RetryOptions {
  /** Tries in all, the first included. Default 3; 1 never retries. */
  attempts?: number;
  /** The first backoff, ms; it doubles each time (with full jitter). Default 250. */
  baseDelayMs?: number;
  /** The longest backoff, ms. Default 4 000. */
  maxDelayMs?: number;
  /** A Retry-After longer than this is not waited for: the call fails and says when to try again. Default 10 000. */
  maxRetryAfterMs?: number;
}

export interface ClientOptions {
  baseUrl: string;
  headers?: HeadersSource;
  fetch?: typeof fetch;
  timeoutMs: number;
  retry: Required<RetryOptions>;
  /** 0 ≤ n < 1, for the jitter; Math.random by default. */
  random?: () => number;
}

export interface CallSpec {
  /** The port operation, for error messages: "conversations.send". */
  operation: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path under the base URL, already encoded: "/conversations/T-1/messages". */
  path: string;
  query?: Record<string, string | number | undefined | null>;
  body?: unknown;
  /** Safe to send again (GET, PUT, DELETE, or a POST carrying a client id). Default: true except for POST. */
  idempotent?: boolean;
  subject?: CallSubject;
  signal: AbortSignal;
}

export const DEFAULT_RETRY: Required<RetryOptions> = { attempts: 3, baseDelayMs: 250, maxDelayMs: 4_000, maxRetryAfterMs: 10_000 };

/** Waits `ms`, or rejects with AbortedError when the signal aborts first. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new AbortedError(signal.reason));
    const done = () => {
      clearTimeout(timer);
      reject(new AbortedError(signal.reason));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', done);
      resolve();
    }, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Backoff before try number `attempt` (1 = the first retry): full jitter under base·2^(attempt−1), at least Retry-After. */
export function backoff(attempt: number, retry: Required<RetryOptions>, random: () => number, retryAfter?: number): number {
  const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.round(ceiling * (0.5 + random() / 2));
  return retryAfter === undefined ? jittered : Math.max(retryAfter, Math.min(jittered, retryAfter + retry.baseDelayMs));
}

export async function resolveHeaders(source: HeadersSource | undefined): Promise<Record<string, string>> {
  if (!source) return {};
  return typeof source === 'function' ? await source() : source;
}

/** What a failed response says: its problem's detail (RFC 9457) or title, or the start of its text. */
async function problemDetail(response: Response): Promise<string | undefined> {
  try {
    const text = await response.text();
    if (!text) return undefined;
    if (/json/.test(response.headers.get('content-type') ?? '')) {
      const problem = JSON.parse(text) as { detail?: unknown; title?: unknown };
      const said = typeof problem.detail === 'string' ? problem.detail : typeof problem.title === 'string' ? problem.title : undefined;
      if (said) return said.slice(0, 300);
    }
    return text.slice(0, 120);
  } catch {
    return undefined;
  }
}

/** A non-2xx response as the typed error its status stands for. */
export async function errorForResponse(response: Response, operation: string, subject?: CallSubject): Promise<AdapterError> {
  const detail = await problemDetail(response);
  return errorForStatus(response.status, response, operation, subject, detail) ?? new AdapterError('retryable', `${operation} failed: the host answered HTTP ${response.status}.`, { retryable: true });
}

/** The answer's JSON; an `InvalidDataError` that shows what came when it is not JSON. */
async function readJson(response: Response, operation: string): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    const problem = `must be JSON, got ${describeValue(text)} (${(error as Error).message})`;
    throw InvalidDataError.of(operation, [{ path: '', problem, value: text }], text);
  }
}

export class HttpClient {
  readonly #options: ClientOptions;
  readonly #fetch: typeof fetch;
  readonly #random: () => number;

  constructor(options: ClientOptions) {
    this.#options = options;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#random = options.random ?? Math.random;
  }

  get options(): ClientOptions {
    return this.#options;
  }

  url(path: string, query?: CallSpec['query']): string {
    const url = new URL(`${this.#options.baseUrl.replace(/\/$/, '')}${path}`, globalThis.location?.href);
    for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
    return url.href;
  }

  /** Calls and returns the answer's JSON (undefined for 204), retrying what is safe; throws typed errors only. */
  async call(spec: CallSpec): Promise<unknown> {
    const { retry } = this.#options;
    const idempotent = spec.idempotent ?? spec.method !== 'POST';
    const attempts = idempotent ? Math.max(1, retry.attempts) : 1;
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.#attempt(spec);
      } catch (error) {
        if (spec.signal.aborted) throw new AbortedError(spec.signal.reason);
        if (!(error instanceof AdapterError) || !error.retryable || attempt >= attempts) throw error;
        const wait = error instanceof RetryableError ? error.retryAfterMs : undefined;
        if (wait !== undefined && wait > retry.maxRetryAfterMs) throw error;
        await pause(backoff(attempt, retry, this.#random, wait), spec.signal);
      }
    }
  }

  async #attempt(spec: CallSpec): Promise<unknown> {
    const { timeoutMs } = this.#options;
    const controller = new AbortController();
    const forward = () => controller.abort(spec.signal.reason);
    spec.signal.addEventListener('abort', forward, { once: true });
    let timedOut = false;
    const timer = timeoutMs > 0 ? setTimeout(() => ((timedOut = true), controller.abort(new DOMException('Timed out', 'TimeoutError'))), timeoutMs) : undefined;
    try {
      const headers: Record<string, string> = { accept: 'application/json', ...(await resolveHeaders(this.#options.headers)) };
      if (spec.body !== undefined) headers['content-type'] = 'application/json';
      const response = await this.#fetch(this.url(spec.path, spec.query), {
        method: spec.method,
        headers,
        signal: controller.signal,
        ...(spec.body !== undefined ? { body: JSON.stringify(spec.body) } : {}),
      });
      if (!response.ok) throw await errorForResponse(response, spec.operation, spec.subject);
      return await readJson(response, spec.operation);
    } catch (error) {
      if (error instanceof AdapterError) throw error;
      if (spec.signal.aborted) throw new AbortedError(spec.signal.reason);
      if (timedOut) throw new RetryableError(`${spec.operation} timed out after ${timeoutMs / 1000} s.`, { cause: error });
      const text = error instanceof Error ? error.message : String(error);
      throw new RetryableError(`${spec.operation} failed: the network failed (${text}).`, { cause: error });
    } finally {
      clearTimeout(timer);
      spec.signal.removeEventListener('abort', forward);
    }
  }
}

