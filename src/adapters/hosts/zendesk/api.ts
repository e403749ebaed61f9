/**
 * The ZAF client (Zendesk Apps Framework SDK 2.0, `ZAFClient.init()`) as far as the bridge uses it,
 * written from the ZAF Client API reference and the SDK's `lib/client.js` (the SDK ships no
 * typings), and the Support REST API's shapes the bridge reads.
 */

/** What `client.request` takes (a jQuery-style options object). */
export interface ZafRequest {
  url: string;
  type?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  contentType?: string;
  data?: string;
  headers?: Record<string, string>;
}

/** `ZAFClient.init()`'s client. */
export interface ZafClient {
  /** `{ [path]: value, errors: { [path]: error } }`. */
  get(paths: string | string[]): Promise<Record<string, unknown>>;
  on(name: string, handler: (...args: unknown[]) => void): void;
  off(name: string, handler: (...args: unknown[]) => void): void;
  /** Resolves with the response body; rejects with `{ status, statusText, responseText, responseJSON }`. */
  request(options: ZafRequest): Promise<unknown>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
}

export interface ZendeskUser {
  id: number;
  name: string;
  email?: string | null;
  phone?: string | null;
  role?: 'end-user' | 'agent' | 'admin' | string;
  locale?: string | null;
  photo?: { content_url?: string | null } | null;
  created_at?: string;
}

export interface ZendeskIdentity {
  id: number;
  user_id: number;
  /** "email", "twitter", "facebook", "phone_number", "google", "agent_forwarding", "sdk", "messaging", … */
  type: string;
  value: string;
  verified?: boolean;
  primary?: boolean;
  created_at?: string;
}

export interface ZendeskTicket {
  id: number;
  subject?: string | null;
  /** "new", "open", "pending", "hold", "solved", "closed". */
  status: string;
  priority?: string | null;
  requester_id?: number | null;
  assignee_id?: number | null;
  created_at: string;
  updated_at: string;
  tags?: string[];
  via?: { channel?: string; source?: { rel?: string | null } | null } | null;
}

export interface ZendeskComment {
  id: number;
  author_id: number;
  body?: string;
  plain_body?: string;
  public: boolean;
  created_at: string;
  attachments?: { id: number; file_name?: string; content_url: string; content_type: string; size?: number }[];
}

/** A GET through the ZAF client's proxy, the answer parsed when it came as text. */
export async function zafGet<T>(client: ZafClient, url: string): Promise<T> {
  const answer = await client.request({ url, type: 'GET', contentType: 'application/json' });
  return (typeof answer === 'string' ? JSON.parse(answer) : answer) as T;
}

/** A write (POST, PUT) with a JSON body. */
export async function zafSend<T>(client: ZafClient, type: 'POST' | 'PUT', url: string, body: unknown): Promise<T> {
  const answer = await client.request({ url, type, contentType: 'application/json', data: JSON.stringify(body) });
  return (typeof answer === 'string' ? JSON.parse(answer) : answer) as T;
}

/** The numeric id Zendesk's URLs take; anything else is refused before a request is made. */
export function zendeskId(id: string, what: string): string {
  if (!/^\d{1,20}$/.test(id)) throw Object.assign(new Error(`Zendesk ${what} ids are numbers, got ${JSON.stringify(id)}`), { status: 404 });
  return id;
}
