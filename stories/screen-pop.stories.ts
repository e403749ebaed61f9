import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { builtInDataset, createDemoAdapter, type DemoAdapter } from '../src/adapters/demo/index.js';
import type { InteractionSource } from '../src/ports/ports.js';

interface ScreenPopArgs {
  /** Width of the element's container, px: below 768 one column, from 768 the thread beside the customer, from 1152 the queue beside the pop. */
  width: number;
}

/** The built-in data without avatars (the stories run offline; initials stand in), answering at once. */
function demo(initialInteraction = false): DemoAdapter {
  const data = builtInDataset(new Date());
  for (const customer of data.customers) delete customer.avatarUrl;
  return createDemoAdapter({ dataset: data, latency: 0, initialInteraction });
}

/** The demo, with `then` run as soon as the pop subscribes (a CTI announcing what arrives after the desktop opened). */
function after(adapter: DemoAdapter, then: (controls: DemoAdapter['demo']) => void): DemoAdapter {
  const port = adapter.interactions!;
  let started = false;
  const interactions: InteractionSource = {
    ...port,
    subscribe(listener, options) {
      const stop = port.subscribe(listener, options);
      if (!started) {
        started = true;
        queueMicrotask(() => then(adapter.demo));
      }
      return stop;
    },
  };
  return Object.freeze({ ...adapter, has: adapter.has, interactions });
}

function show(adapter: DemoAdapter, width = 1280): TemplateResult {
  return html`<div style="max-width: ${width}px">
    <cx-screen-pop
      .adapter=${adapter}
      .agent=${adapter.demo.agent}
      .conversationsOf=${(id: string) => adapter.demo.listConversations().filter((c) => c.customerId === id)}
      .priorityOptions=${{ ignoreWords: ['northwind', 'northwindhelp'] }}
      .notifications=${{ title: false }}
      locale="en-GB"
    ></cx-screen-pop>
  </div>`;
}

/** The agent on Olivia's business outage (the interaction `current()` reports), with three more customers waiting. */
const queue = () =>
  after(demo(true), (d) => {
    for (const id of ['conv-002', 'conv-003', 'conv-011']) d.offer(id);
  });

const meta = {
  title: 'Components/Screen pop',
  component: 'cx-screen-pop',
  args: { width: 1280 },
  argTypes: { width: { control: { type: 'range', min: 320, max: 1600, step: 20 } } },
  render: (args) => show(queue(), args.width),
} satisfies Meta<ScreenPopArgs>;

export default meta;
type Story = StoryObj<ScreenPopArgs>;

/** A pop and a queue: header with SLA clocks, sentiment and reasons; thread beside the customer; the queue beside the pop. */
export const Default: Story = {};

/** Nothing has arrived yet. */
export const Idle: Story = { render: (args) => show(demo(), args.width) };

/** One pop: the interaction the agent is on, accepted. */
export const OnePop: Story = { render: (args) => show(demo(true), args.width) };

/** An offered interaction pops before it is accepted: Accept, Dismiss, Snooze. */
export const Offered: Story = { render: (args) => show(after(demo(), (d) => void d.offer('conv-003')), args.width) };

/** An outage flood: 40 customers about one thing within seconds are one urgent incident; two known customers who wrote three times each are counted once. */
export const FloodIncident: Story = {
  render: (args) => show(after(demo(true), (d) => void d.flood({ count: 40, overMs: 0 })), args.width),
};

/** One customer writing again and again: one row, raised, counted. */
export const RepeatCustomer: Story = {
  render: (args) =>
    show(
      after(demo(true), (d) => {
        for (let i = 0; i < 4; i += 1) d.offer('conv-012');
        d.offer('conv-004');
      }),
      args.width,
    ),
};

/** The customer hung up: the pop stays, marked ended, until the agent closes it. */
export const Ended: Story = {
  render: (args) =>
    show(
      after(demo(), (d) => {
        const id = d.offer('conv-003');
        d.accept(id);
        d.end(id);
      }),
      args.width,
    ),
};

/** A side panel (360 px): one column, sections fold; the queue after the pop. */
export const Narrow: Story = { args: { width: 360 } };

/** A full pane (1 600 px): the queue, the thread and the customer side by side. */
export const Wide: Story = { args: { width: 1600 } };

/** Right to left, on Layla Haddad's Arabic conversation. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  render: (args) => show(after(demo(), (d) => void d.accept(d.offer('conv-005'))), args.width),
};

/** The dark theme, which only sets public `--cx-*` tokens. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };
