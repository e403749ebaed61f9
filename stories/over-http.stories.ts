import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { setupWorker } from 'msw/browser';
import { html, type TemplateResult } from 'lit';
import { createHttpAdapter, type HttpAdapter } from '../src/adapters/http/index.js';
import { referenceHandlers } from '../examples/http-server/msw.js';
import type { ReferenceApi } from '../examples/http-server/engine.js';

const BASE_PATH = '/story-api';
/** The conversation shown: generated, with no pictures from outside. */
const CONVERSATION_LENGTH = 60;
const CONVERSATION_ID = `LONG-${CONVERSATION_LENGTH}`;

let started: Promise<ReferenceApi> | undefined;

/** The reference server's engine in msw's service worker, once per preview: the contract under /story-api. */
function backEnd(): Promise<ReferenceApi> {
  started ??= (async () => {
    const { handlers, api } = referenceHandlers({ origin: location.origin, basePath: BASE_PATH, longConversation: CONVERSATION_LENGTH });
    await setupWorker(...handlers).start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: './mockServiceWorker.js' } });
    return api;
  })();
  return started;
}

interface Loaded {
  adapter: HttpAdapter;
  conversationId: string;
}

const frame = ({ adapter, conversationId }: Loaded): TemplateResult =>
  html`<div style="height: 640px; max-width: 860px; display: flex">
    <cx-conversation-thread .adapter=${adapter} conversation-id=${conversationId}></cx-conversation-thread>
  </div>`;

/** A fresh HTTP adapter over the worker, and the conversation to show; `prepare` may inject faults first. */
const over =
  (prepare?: (api: ReferenceApi) => void) =>
  async (): Promise<Loaded> => {
    const api = await backEnd();
    api.engine.faults.clear();
    prepare?.(api);
    const adapter = await createHttpAdapter({ baseUrl: BASE_PATH, retry: { attempts: 2, baseDelayMs: 50 } });
    return { adapter, conversationId: CONVERSATION_ID };
  };

/**
 * The components on the HTTP adapter (`screenpop/adapters/http`), answered by msw handlers that
 * serve the contract (openapi.yaml) over the demo data: every call is a real `fetch`, the live
 * events a Server-Sent Event stream.
 */
const meta = {
  title: 'Adapters/Over HTTP',
  // One story per page: a docs page would mount them all and abort each one's streams as it goes.
  tags: ['!autodocs'],
  component: 'cx-conversation-thread',
  render: (_args, { loaded }) => frame(loaded as Loaded),
} satisfies Meta;

export default meta;
type Story = StoryObj;

let writing: ReturnType<typeof setInterval> | undefined;

/** The thread loaded over HTTP; the customer writes every five seconds, through the live stream. */
export const Thread: Story = {
  loaders: [
    over((api) => {
      writing ??= setInterval(() => api.engine.demo.write(CONVERSATION_ID, 'Still no signal here, any news?'), 5_000);
    }),
  ],
};

/** A slow server (2 s per answer): the thread's loading state, then the conversation. */
export const SlowServer: Story = {
  loaders: [
    over((api) => {
      api.engine.faults.add('conversations.getConversation', { kind: 'slow', ms: 2_000 });
      api.engine.faults.add('conversations.loadMessages', { kind: 'slow', ms: 2_000 });
    }),
  ],
};

// No story of a failing server: the browser logs every failed response as a console error, and a
// thread that fails cancels its requests under way; the Storybook smoke run rightly counts both.
// test/http/faults.test.ts shows each failure in the thread instead.
