/**
 * The demo agent desktop over HTTP (`npm run start:http`, or `?adapter=http&api=<base URL>`): the
 * same page and components as `npm start`, on the HTTP adapter talking to the reference server.
 * The queue's lists and the softphone's End come from the server's demo routes (a real desktop has
 * its own queue and CTI); accepting an interaction goes through the contract.
 */
import { createHttpAdapter, type HttpAdapter } from '../../src/adapters/http/index.js';
import type { Conversation, Customer, Participant } from '../../src/model/index.js';
import { mountDesktop, type Desktop, type DesktopAdapter } from '../desktop.js';
import { fill, h, region } from '../dom.js';

export interface HttpDesktop {
  desktop: Desktop;
  adapter: HttpAdapter;
  /** Stops the desktop and the list refreshes. */
  destroy(): void;
}

async function get<T>(origin: string, path: string): Promise<T> {
  const response = await fetch(`${origin}/demo${path}`);
  if (!response.ok) throw new Error(`GET /demo${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Connects to the reference server at `baseUrl` and mounts the desktop in `root`; on failure says so in the status bar, with Retry. */
export async function startHttpDesktop(root: HTMLElement, baseUrl: string, options: { refreshMs?: number } = {}): Promise<HttpDesktop | null> {
  const origin = new URL(baseUrl, location.href).origin;
  let adapter: HttpAdapter;
  let agent: Participant;
  let conversations: Conversation[];
  let customers: Customer[];
  let live: boolean;
  try {
    adapter = await createHttpAdapter({ baseUrl, name: 'http' });
    [agent, conversations, customers, { live }] = await Promise.all([
      get<Participant>(origin, '/agent'),
      get<Conversation[]>(origin, '/conversations'),
      get<Customer[]>(origin, '/customers'),
      get<{ live: boolean }>(origin, '/live'),
    ]);
  } catch (error) {
    const retry = h('button', { type: 'button', class: 'btn btn-small', onclick: () => void startHttpDesktop(root, baseUrl, options) }, 'Retry');
    fill(region(root, 'connection'), `Not connected to ${baseUrl}: ${error instanceof Error ? error.message : String(error)} `, retry);
    return null;
  }
  const lifetime = new AbortController();
  const refresh = async () => {
    [conversations, customers, { live }] = await Promise.all([get<Conversation[]>(origin, '/conversations'), get<Customer[]>(origin, '/customers'), get<{ live: boolean }>(origin, '/live')]).catch(
      () => [conversations, customers, { live }] as const,
    );
  };
  const timer = setInterval(() => void refresh(), options.refreshMs ?? 5_000);
  adapter.interactions?.subscribe(() => void refresh(), { signal: lifetime.signal });
  const desktopAdapter: DesktopAdapter = {
    ...adapter,
    has: adapter.has,
    demo: {
      agent: agent!,
      get live() {
        return live;
      },
      listConversations: () => conversations,
      listCustomers: () => customers,
      accept: (id) => void adapter.interactions?.accept?.(id).catch(() => undefined),
      end: (id) => void fetch(`${origin}/demo/interactions/${encodeURIComponent(id)}/end`, { method: 'POST' }).catch(() => undefined),
    },
  };
  const desktop = mountDesktop(root, desktopAdapter, { agentName: agent!.displayName, ...(options.refreshMs !== undefined ? { refreshMs: options.refreshMs } : {}) });
  return {
    desktop,
    adapter,
    destroy() {
      lifetime.abort();
      clearInterval(timer);
      desktop.destroy();
    },
  };
}
