/**
 * `npm run start:http`: the script itself is started (as a user runs it, on free ports); the page it
 * serves is the demo desktop set to the HTTP adapter, and that desktop, mounted here from the same
 * markup, works over HTTP against the server the script started: the queue, the popped
 * conversation, live messages, and accepting an interaction through the contract.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/define/index.js';
import { startHttpDesktop, type HttpDesktop } from '../../examples/http-server/desktop.js';
import type { Conversation, Interaction } from '../../src/model/index.js';
import { until } from '../helpers/until.js';

window.addEventListener('error', (event) => String(event.message).includes('ResizeObserver loop') && event.stopImmediatePropagation(), true);

let addresses: { api: string; desktop: string };
let running: HttpDesktop | null = null;
const origin = () => new URL(addresses.api).origin;
const demo = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
  const response = await fetch(`${origin()}/demo${path}`, { method, ...(body ? { body: JSON.stringify(body) } : {}) });
  return (response.status === 204 ? undefined : await response.json()) as T;
};

before(async () => {
  await setViewport({ width: 1400, height: 900 });
  await executeServerCommand('start-http:run');
  // The script's start is slow on a loaded machine: ask for its addresses until it has printed them.
  const deadline = performance.now() + 120_000;
  let printed: typeof addresses | null = null;
  while (!printed) {
    if (performance.now() > deadline) throw new Error('Timed out after 120 s waiting for npm run start:http to print its addresses');
    printed = (await executeServerCommand<{ addresses: typeof addresses | null }, undefined>('start-http:addresses')).addresses;
  }
  addresses = printed;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/examples/desktop.css';
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
  document.head.append(link);
  await loaded;
});
after(async () => {
  running?.destroy();
  await executeServerCommand('start-http:stop');
});

describe('npm run start:http', () => {
  it('serves the demo desktop set to the HTTP adapter, and the desktop works over HTTP against its server', async () => {
    const page = new URL(addresses.desktop);
    expect([page.searchParams.get('adapter'), page.searchParams.get('api')]).to.deep.equal(['http', addresses.api]);
    const html = await (await fetch(page)).text();
    expect(html).to.contain('data-desktop').and.to.contain('main.ts');
    const main = await (await fetch(new URL('/main.ts', page))).text();
    expect(main).to.contain('startHttpDesktop');

    const markup = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-desktop]')!;
    const root = document.createElement('div');
    root.append(document.importNode(markup, true));
    document.body.append(root);
    running = await startHttpDesktop(root, addresses.api, { refreshMs: 0 });
    expect(running).to.not.equal(null);

    const conversations = await demo<Conversation[]>('GET', '/conversations');
    await until(() => root.querySelectorAll('[data-region="queue"] tbody tr').length === conversations.length, 'the queue from the server');
    expect(root.querySelector('[data-region="connection"]')!.textContent).to.contain('http adapter');

    const current = await (await fetch(`${addresses.api}/interactions/current`)).json() as Interaction;
    // The thread of the pop shown in the desktop's <cx-screen-pop>.
    const thread = () => root.querySelector('cx-screen-pop')?.shadowRoot?.querySelector<HTMLElementTagNameMap['cx-conversation-thread']>('[part~="pop-shown"] cx-conversation-thread') ?? null;
    await until(() => thread()?.getAttribute('conversation-id') === current.conversationId && thread()!.messages.length > 0, 'the current interaction’s conversation, loaded over HTTP');
    const { ids } = await demo<{ ids: string[] }>('POST', '/write', { conversationId: current.conversationId, text: 'Is anyone there?' });
    await until(() => thread()!.messages.some((m) => m.id === ids[0]), 'a live message in the thread');

    const next = conversations.find((c) => c.id !== current.conversationId && c.status === 'open')!;
    const { id } = await demo<{ id: string }>('POST', '/interactions', { conversationId: next.id });
    const accept = await until(() => [...root.querySelectorAll<HTMLButtonElement>('.offer .btn-accept')].find(Boolean), 'the offered interaction with Accept');
    accept.click();
    await until(() => thread()?.getAttribute('conversation-id') === next.id, 'the accepted conversation popped');
    const now = await (await fetch(`${addresses.api}/interactions/current`)).json() as Interaction;
    expect([now.id, now.state]).to.deep.equal([id, 'accepted']);
  });
});
