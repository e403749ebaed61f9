import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { builtInDataset, createDemoAdapter } from '../src/adapters/demo/index.js';
import type { Message, SlaClock } from '../src/model/index.js';

interface LocaleArgs {
  /** The desk's language (BCP 47): every element inside speaks it; Arabic turns them right to left. */
  locale: string;
}

const NOW = new Date('2026-11-20T15:00:00Z');
const now = () => NOW;
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
const CLOCKS: SlaClock[] = [
  { kind: 'first-response', startedAt: at(-60), dueAt: at(-20) },
  { kind: 'next-response', startedAt: at(-5), dueAt: at(10) },
  { kind: 'resolution', startedAt: at(-60), dueAt: at(125) },
];
const MESSAGE: Message = {
  id: 'm-1',
  conversationId: 'conv-003',
  channelId: 'x-public',
  author: { id: 'cust-03', displayName: 'Tom Albright', role: 'customer' },
  visibility: 'public',
  text: 'Third time since March. The router is a very expensive night light.',
  createdAt: at(-90),
  attachments: [],
  delivery: 'sent',
  sentiment: { score: -0.62, label: 'very-negative', confidence: 0.8, source: 'built-in', drivers: [] },
};
const frame = 'display: block; padding: 0.75rem; border: 1px solid var(--cx-color-border, #c5cbd6); margin-block-end: 0.75rem';

function everyElement({ locale }: LocaleArgs): TemplateResult {
  // The built-in data without avatars: the stories run offline (initials stand in).
  const dataset = builtInDataset(now());
  for (const customer of dataset.customers) delete customer.avatarUrl;
  const adapter = createDemoAdapter({ dataset, latency: 0, liveRate: 0, now, initialInteraction: false });
  adapter.demo.offer('conv-003');
  adapter.demo.offer('conv-004');
  return html`<cx-desk .adapter=${adapter} locale=${locale}>
    <div style=${frame}>
      <cx-sentiment-badge score="-0.5" trend="worsening"></cx-sentiment-badge>
      <cx-sentiment-badge score="0.8" variant="compact" trend="improving"></cx-sentiment-badge>
      <cx-sla-clock .clocks=${CLOCKS} .now=${now}></cx-sla-clock>
    </div>
    <cx-thread-message style=${frame} .message=${MESSAGE} .now=${NOW.getTime()}></cx-thread-message>
    <cx-composer style=${frame} conversation-id="conv-003" .now=${now}></cx-composer>
    <cx-customer-360 style=${frame} conversation-id="conv-003" .now=${now}></cx-customer-360>
    <cx-move-to-private style=${frame} conversation-id="conv-003" agent-name="Aisha Bello" .now=${now}></cx-move-to-private>
    <cx-conversation-thread style="${frame}; block-size: 480px" conversation-id="conv-003"></cx-conversation-thread>
    <cx-screen-pop style=${frame} .now=${now}></cx-screen-pop>
  </cx-desk>`;
}

const meta = {
  title: 'Locales/Every element',
  component: 'cx-desk',
  args: { locale: 'ar' },
  argTypes: { locale: { control: { type: 'select' }, options: ['en', 'es', 'de', 'ar'] } },
  render: everyElement,
} satisfies Meta<LocaleArgs>;

export default meta;
type Story = StoryObj<LocaleArgs>;

/** Arabic: every element right to left (logical CSS, mirrored arrows), counters and caret on the right, six plural forms. */
export const ArabicRightToLeft: Story = { args: { locale: 'ar' } };

/** English, left to right: the same page, for comparison. */
export const EnglishLeftToRight: Story = { args: { locale: 'en' } };

/** Spanish, loaded on first use from its own chunk. */
export const Spanish: Story = { args: { locale: 'es' } };

/** German: the longest words of the four, to see that nothing is cut. */
export const German: Story = { args: { locale: 'de' } };
