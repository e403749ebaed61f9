// The demo desktop's move to private: in the screen pop, and the marker opening the private conversation it made.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define/index.js';
import { createDemoAdapter, type DemoAdapter } from '../../src/adapters/demo/index.js';
import { mountDesktop, type Desktop } from '../../examples/desktop.js';
import { until } from '../helpers/until.js';

window.addEventListener(
  'error',
  (event) => {
    if (String(event.message).includes('ResizeObserver loop')) event.stopImmediatePropagation();
  },
  true,
);

let root: HTMLElement;
let desktop: Desktop;

before(async () => {
  await setViewport({ width: 1400, height: 900 });
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/examples/desktop.css' });
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
  document.head.append(link);
  await loaded;
});

afterEach(() => {
  desktop?.destroy();
  root?.remove();
});

/** The pop shown in the desktop's `<cx-screen-pop>`. */
const shownPop = () => root.querySelector('cx-screen-pop')?.shadowRoot?.querySelector<HTMLElement>('[part~="pop-shown"]') ?? null;

async function mount(demo: DemoAdapter): Promise<void> {
  const html = await (await fetch('/examples/index.html')).text();
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll('script').forEach((script) => script.remove());
  root = document.createElement('div');
  root.append(document.importNode(parsed.querySelector('[data-desktop]')!, true));
  document.body.append(root);
  desktop = mountDesktop(root, demo, { refreshMs: 0 });
}

describe('demo agent desktop: move to private', () => {
  it('moves the popped public conversation from the pop, and the thread’s marker opens the private conversation', async () => {
    const demo = createDemoAdapter({ latency: 0, initialInteraction: false });
    await mount(demo);
    // A public post on X whose customer is on record, not moved yet.
    const target = demo.demo.listConversations().find((c) => c.customerId && c.channels.length === 1 && c.channels[0]!.kind === 'x' && c.channels[0]!.public)!;
    expect(target, 'a public X conversation in the demo data').to.not.equal(undefined);
    desktop.pop(target.id);
    // The pop's own move (not the composer's), for the popped conversation.
    const move = await until(() => shownPop()?.querySelector<HTMLElementTagNameMap['cx-move-to-private']>('cx-move-to-private[part~="move"]'), 'the move in the pop');
    expect(move.getAttribute('conversation-id')).to.equal(target.id);
    move.shadowRoot!.querySelector<HTMLButtonElement>('[part~="trigger"]')!.click();
    const email = await until(() => move.shadowRoot!.querySelector<HTMLInputElement>('#route-email'), 'e-mail offered');
    email.click();
    await move.updateComplete;
    const moved = new Promise<string>((resolve) => root.addEventListener('cx-moved-to-private', (e) => resolve(e.privateConversationId!), { once: true }));
    move.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm"]')!.click();
    const privateId = await moved;
    move.close();
    const thread = shownPop()!.querySelector('cx-conversation-thread')!;
    const marker = await until(
      () => [...thread.shadowRoot!.querySelectorAll('cx-thread-message')].find((m) => m.message?.event?.details?.['privateConversationId'] === privateId),
      'the marker in the thread',
    );
    await marker.updateComplete;
    marker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="continuation"]')!.click();
    await until(() => desktop.openConversationId === privateId, 'the desktop pops the private conversation');
    await until(() => shownPop()?.querySelector('cx-conversation-thread')?.getAttribute('conversation-id') === privateId, 'the pop shown has its thread');
  });
});
