import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { createDemoAdapter } from '../src/adapters/demo/index.js';
import type { Conversation } from '../src/model/index.js';

interface DeskArgs {
  /** Seed of the demo data's random choices. */
  seed: number;
  /** How many conversations to list. */
  count: number;
}

const row = (conversation: Conversation): TemplateResult => html`<li style="display: grid; gap: 0.25rem; padding: 0.5rem 0; border-block-end: 1px solid var(--cx-color-border, #c5cbd6)">
  <strong>${conversation.subject ?? 'No subject'}</strong>
  <span>${conversation.channels.map((channel) => channel.name).join(' · ')}</span>
  <span>
    Priority ${conversation.priority}, ${conversation.status}
    ${conversation.sentiment
      ? html`<cx-sentiment-badge .sentiment=${conversation.sentiment}></cx-sentiment-badge>`
      : html`<cx-sentiment-badge></cx-sentiment-badge>`}
  </span>
</li>`;

const meta = {
  title: 'Components/Desk',
  component: 'cx-desk',
  args: { seed: 1, count: 5 },
  argTypes: {
    seed: { control: { type: 'number', min: 1, step: 1 } },
    count: { control: { type: 'range', min: 1, max: 20, step: 1 } },
  },
  render: ({ seed, count }) => {
    // No latency and no live stream: the story renders the same every time.
    const adapter = createDemoAdapter({ seed, latency: 0, liveRate: 0 });
    const conversations = adapter.demo.listConversations().slice(0, count);
    return html`<cx-desk .adapter=${adapter}>
      <section aria-labelledby="desk-heading">
        <h2 id="desk-heading" style="margin: 0 0 0.5rem; font-size: 1rem">Conversations</h2>
        ${conversations.length
          ? html`<ul style="list-style: none; margin: 0; padding: 0">${conversations.map(row)}</ul>`
          : nothing}
      </section>
    </cx-desk>`;
  },
} satisfies Meta<DeskArgs>;

export default meta;
type Story = StoryObj<DeskArgs>;

/** A desk over the demo adapter's built-in data: the most recent conversations with their sentiment. */
export const WithDemoAdapter: Story = {};

/** A desk with no adapter yet: its content still renders; elements that need data wait for one. */
export const WithoutAdapter: Story = {
  render: () => html`<cx-desk>
    <p>No adapter is set. <cx-sentiment-badge label="neutral"></cx-sentiment-badge></p>
  </cx-desk>`,
};
