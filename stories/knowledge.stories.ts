import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { createDemoAdapter, KNOWLEDGE_ARTICLES, type DemoAdapter } from '../src/adapters/demo/index.js';
import type { KnowledgeArticleInput } from '../src/model/index.js';
import type { Adapter } from '../src/ports/ports.js';

interface KnowledgeArgs {
  /** Width of the panel, px. */
  width: number;
}

const demo = (options: { latency?: number; knowledge?: false } = {}): DemoAdapter =>
  createDemoAdapter({ latency: options.latency ?? 0, initialInteraction: false, ...(options.knowledge === false ? { knowledge: false } : {}) });

const conversationAbout = (adapter: DemoAdapter, subject: string) => adapter.demo.listConversations().find((c) => c.subject?.startsWith(subject))?.id;

interface Show {
  adapter?: Adapter;
  conversationId?: string | undefined;
  articles?: readonly KnowledgeArticleInput[];
  /** Typed into the search box once the element is on the page. */
  query?: string;
  width?: number;
  dir?: 'ltr' | 'rtl';
}

/** Types `query` as the agent would, once the element has rendered. */
function typed(query: string | undefined) {
  return (el: Element | undefined) => {
    if (!el || !query) return;
    void (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete.then(() => {
      const input = el.shadowRoot?.querySelector('input');
      if (!input || input.value) return;
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
  };
}

function show({ adapter, conversationId, articles, query, width = 380, dir = 'ltr' }: Show): TemplateResult {
  return html`<div style="max-width: ${width}px" dir=${dir}>
    <cx-knowledge .adapter=${adapter} .articles=${articles} conversation-id=${ifDefined(conversationId)} locale="en-GB" ${ref(typed(query))}></cx-knowledge>
  </div>`;
}

const meta = {
  title: 'Components/Knowledge',
  component: 'cx-knowledge',
  args: { width: 380 },
  argTypes: { width: { control: { type: 'range', min: 240, max: 900, step: 20 } } },
  render: (args) => {
    const adapter = demo();
    return show({ adapter, conversationId: conversationAbout(adapter, 'Cobro duplicado'), width: args.width });
  },
} satisfies Meta<KnowledgeArgs>;

export default meta;
type Story = StoryObj<KnowledgeArgs>;

/** Suggestions for a Spanish double-charge conversation: articles (Spanish first) and answers that resolved similar ones. */
export const Suggestions: Story = {};

/** The agent searched: results as they typed. */
export const SearchResults: Story = {
  render: () => {
    const adapter = demo();
    return show({ adapter, conversationId: conversationAbout(adapter, 'Hub 4 drops'), query: 'hub wifi' });
  },
};

/** A search with no results says so and suggests other words. */
export const NoResults: Story = {
  render: () => show({ adapter: demo(), query: 'carrier pigeon' }),
};

/** The knowledge source fails: the suggestions show the error with Retry (which succeeds). */
export const SourceFailing: Story = {
  render: () => {
    const adapter = demo();
    adapter.demo.failNext('knowledge.suggest', 'error');
    return show({ adapter, conversationId: conversationAbout(adapter, 'Another outage') });
  },
};

/** No KnowledgeSource: the element searches the host's own list in the browser (MiniSearch, loaded on first use). */
export const LocalList: Story = {
  render: () => {
    const adapter = demo({ knowledge: false });
    return show({ adapter, conversationId: conversationAbout(adapter, 'Moving an eSIM'), articles: KNOWLEDGE_ARTICLES });
  },
};

/** The host is slow: the suggestions are loading (the demo answers after 10 minutes). */
export const Loading: Story = {
  render: () => {
    const adapter = demo({ latency: 600_000 });
    return show({ adapter, conversationId: adapter.demo.listConversations()[0]?.id });
  },
};

/** Articles with markup, a `javascript:` link and bidi controls: shown as text, the bad link left out. */
export const HostileArticles: Story = {
  render: () =>
    show({
      articles: [
        { id: 'h1', title: '<img src=x onerror=alert(1)> Refunds', url: 'https://help.example.com/refunds', snippet: '<script>alert(2)</script> \u202Eevil', updatedAt: '2026-11-01T09:00:00Z' },
        { id: 'h2', title: 'Refunds (bad link)', url: 'javascript:alert(3)', updatedAt: '2026-11-01T09:00:00Z' },
      ],
      query: 'refunds',
    }),
};

/** Right to left: the panel mirrors. */
export const RightToLeft: Story = {
  render: () => show({ adapter: demo(), query: 'roaming', dir: 'rtl' }),
};
