/**
 * `screenpop/react` in a small React 19 app: the desk, the thread, a composer and a sentiment badge on
 * the demo adapter, rendered by React (no JSX: `React.createElement`), with events received through the
 * wrappers' `onCx…` props. React is served to the page as ES modules by scripts/react-esm-plugin.js.
 */
import { expect } from '@open-wc/testing';
import React, { type ComponentProps } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { CxComposer, CxConversationThread, CxDesk, CxSentimentBadge } from '../../src/react/index.js';
import { CxComposer as ComposerElement } from '../../src/components/composer/composer.js';
import { CxSentimentBadge as BadgeElement } from '../../src/components/sentiment-badge/sentiment-badge.js';
import { CxConversationThread as ThreadElement } from '../../src/components/conversation-thread/conversation-thread.js';
import { createDemoAdapter, type DemoAdapter } from '../../src/adapters/demo/index.js';
import { loadChecks } from '../../src/compose/checks-loader.js';
import { DRAFT_KEY_PREFIX } from '../../src/compose/drafts.js';
import type { CxAfterSendEvent, CxBeforeSendEvent } from '../../src/events/send.js';
import type { CxSentimentOverrideEvent } from '../../src/events/sentiment-override.js';
import type { SentimentScore } from '../../src/model/sentiment.js';
import { threadDataset } from '../fixtures/thread-dataset.js';
import { until } from '../helpers/until.js';

// The thread's virtualizer may report a benign ResizeObserver loop as a window error (see thread-harness.ts).
window.addEventListener('error', (event) => String(event.message).includes('ResizeObserver loop') && event.stopImmediatePropagation(), true);

const sentiment: SentimentScore = { score: -0.42, label: 'negative', confidence: 0.81, source: 'built-in', drivers: [] };

interface AppProps {
  adapter: DemoAdapter;
  /** Shown as `data-mode` on <main>, so a test can tell when React committed a re-render. */
  mode: string;
  onBeforeSend: (event: CxBeforeSendEvent) => void;
  onAfterSend: (event: CxAfterSendEvent) => void;
  onOverride: (event: CxSentimentOverrideEvent) => void;
}

/** The host's app, as a React developer writes it. */
function App({ adapter, mode, onBeforeSend, onAfterSend, onOverride }: AppProps): React.ReactElement {
  const h = React.createElement;
  return h(
    CxDesk,
    { adapter },
    h('main', { 'data-mode': mode },
      h(CxSentimentBadge, { sentiment, variant: 'full', onCxSentimentOverride: onOverride }),
      h('div', { style: { height: '420px' } }, h(CxConversationThread, { conversationId: 'conv-t', pageSize: 20 })),
      h(CxComposer, { conversationId: 'conv-t', onCxBeforeSend: onBeforeSend, onCxAfterSend: onAfterSend }),
    ),
  );
}

// Compile-time checks (tsc runs over test/): the props are the elements' own, the handlers get the event classes.
const typed: ComponentProps<typeof CxSentimentBadge> = {
  // @ts-expect-error score is a number, not a word
  score: 'high',
  onCxSentimentOverride: (event) => void event.newLabel,
};
const typedComposer: ComponentProps<typeof CxComposer> = {
  onCxAfterSend: (event) => void event.message.conversationId,
  // @ts-expect-error cx-before-send carries a CxBeforeSendEvent, not a sentiment override
  onCxBeforeSend: (event: CxSentimentOverrideEvent) => void event.newLabel,
};
void typed;
void typedComposer;

// The composer's counters and checks load on first use (their own test covers that): here they are loaded up front.
before(() => loadChecks());

describe('screenpop/react', () => {
  let container: HTMLElement;
  let root: Root;
  let adapter: DemoAdapter;
  const log: string[] = [];
  const render = (props: Partial<AppProps> = {}) =>
    root.render(React.createElement(App, {
      adapter,
      mode: 'default',
      onBeforeSend: (e) => log.push(`before:${e.message.text}`),
      onAfterSend: (e) => log.push(`after:${e.message.text}`),
      onOverride: (e) => log.push(`override:${e.oldLabel}->${e.newLabel}`),
      ...props,
    }));
  const $ = <T extends Element>(selector: string) => container.querySelector<T>(selector);

  beforeEach(() => {
    log.length = 0;
    adapter = createDemoAdapter({ dataset: threadDataset({ count: 12 }), latency: 0, initialInteraction: false });
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
    for (const key of Object.keys(localStorage)) if (key.startsWith(DRAFT_KEY_PREFIX)) localStorage.removeItem(key);
  });

  async function composerReady(): Promise<ComposerElement> {
    const composer = await until(() => $<ComposerElement>('main > cx-composer'), 'React rendered the composer');
    await until(() => composer.shadowRoot?.querySelector('#channel-x-dm'), 'the composer loaded the conversation');
    return composer;
  }
  async function typeAndSend(composer: ComposerElement, text: string): Promise<void> {
    composer.shadowRoot!.querySelector<HTMLInputElement>('#channel-x-dm')!.click();
    await composer.updateComplete;
    const area = composer.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea#text')!;
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await composer.updateComplete;
    composer.shadowRoot!.querySelector<HTMLButtonElement>('[part="send"]')!.click();
  }

  it('renders the real elements with their properties set by React: the thread loads the conversation through the desk', async () => {
    render();
    const thread = await until(() => $<ThreadElement>('cx-conversation-thread'), 'React rendered the thread');
    expect(thread).to.be.instanceOf(ThreadElement);
    expect(thread.conversationId).to.equal('conv-t');
    expect(thread.pageSize, 'a number prop set as a property').to.equal(20);
    await until(() => thread.messages.length > 0, 'the thread loaded its messages from the demo adapter');
    const badge = $<BadgeElement>('cx-sentiment-badge')!;
    expect(badge).to.be.instanceOf(BadgeElement);
    expect(badge.sentiment, 'an object prop set as a property, not an attribute').to.equal(sentiment);
    await until(() => badge.shadowRoot!.textContent!.includes('Negative'), 'the badge shows the label');
    expect(await composerReady()).to.be.instanceOf(ComposerElement);
    await expect(container).to.be.accessible();
  });

  it('receives cx-before-send and cx-after-send through onCxBeforeSend / onCxAfterSend, and the thread shows the reply', async () => {
    render();
    const composer = await composerReady();
    await typeAndSend(composer, 'Thanks for waiting, Dana. Your router is on its way.');
    await until(() => log.includes('after:Thanks for waiting, Dana. Your router is on its way.'), 'onCxAfterSend was called');
    expect(log).to.deep.equal(['before:Thanks for waiting, Dana. Your router is on its way.', 'after:Thanks for waiting, Dana. Your router is on its way.']);
    const thread = $<ThreadElement>('cx-conversation-thread')!;
    await until(() => thread.messages.some((m) => m.text === 'Thanks for waiting, Dana. Your router is on its way.'), 'the thread shows the sent reply (live watch)');
  });

  it('a handler that cancels cx-before-send keeps the text; a new handler given by a re-render replaces it', async () => {
    render({ mode: 'cancelling', onBeforeSend: (e) => (log.push(`cancelled:${e.message.text}`), e.preventDefault()) });
    const composer = await composerReady();
    await typeAndSend(composer, 'Thanks, Dana. A new router is on its way.');
    await until(() => log.includes('cancelled:Thanks, Dana. A new router is on its way.'), 'the cancelling handler was called');
    await composer.updateComplete;
    expect(composer.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea#text')!.value, 'the text is kept').to.equal('Thanks, Dana. A new router is on its way.');
    render(); // the default handlers: onCxBeforeSend no longer cancels
    await until(() => $<HTMLElement>('main')?.dataset.mode === 'default', 'React committed the re-render');
    expect(composer.isConnected, 'the same element, updated in place').to.equal(true);
    composer.shadowRoot!.querySelector<HTMLButtonElement>('[part="send"]')!.click();
    await until(() => log.includes('after:Thanks, Dana. A new router is on its way.'), 'the send went through with the new handler');
    expect(log).to.deep.equal(['cancelled:Thanks, Dana. A new router is on its way.', 'before:Thanks, Dana. A new router is on its way.', 'after:Thanks, Dana. A new router is on its way.']);
    const stored = (await adapter.conversations!.loadMessages('conv-t', { limit: 1000 })).messages.filter((m) => m.text === 'Thanks, Dana. A new router is on its way.');
    expect(stored, 'the cancelled attempt sent nothing').to.have.length(1);
  });

  it('receives cx-sentiment-override through onCxSentimentOverride, with the event class’s fields', async () => {
    const overrides: CxSentimentOverrideEvent[] = [];
    render({ onOverride: (e) => overrides.push(e) });
    const badge = await until(() => $<BadgeElement>('cx-sentiment-badge'), 'React rendered the badge');
    await badge.updateComplete;
    badge.shadowRoot!.querySelector<HTMLButtonElement>('[part~="base"]')!.click();
    await badge.updateComplete;
    const panel = badge.shadowRoot!.querySelector<HTMLElement>('[part~="explanation"]')!;
    // The explanation is downloaded on first opening.
    const select = await until(() => panel.querySelector('select'), 'the explanation loaded');
    select.value = 'positive';
    panel.querySelector<HTMLButtonElement>('[part="override"] button')!.click();
    await until(() => overrides.length === 1, 'onCxSentimentOverride was called');
    expect([overrides[0]!.oldLabel, overrides[0]!.newLabel]).to.deep.equal(['negative', 'positive']);
    expect(overrides[0]!.target).to.equal(badge);
    await until(() => badge.getAttribute('label') === 'positive', 'the badge shows the agent’s label');
    panel.hidePopover?.();
  });
});
