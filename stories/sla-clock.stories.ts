import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import type { SlaClock } from '../src/model/index.js';

interface SlaClockArgs {
  /** Minutes from now the first response is due (negative: overdue). */
  firstDueInMinutes: number;
  /** Only the most pressing clock. */
  compact: boolean;
}

const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

function show(clocks: SlaClock[], compact = false): TemplateResult {
  return html`<cx-sla-clock .clocks=${clocks} ?compact=${compact} locale="en-GB"></cx-sla-clock>`;
}

const meta = {
  title: 'Components/SLA clock',
  component: 'cx-sla-clock',
  args: { firstDueInMinutes: 42, compact: false },
  argTypes: { firstDueInMinutes: { control: { type: 'range', min: -180, max: 180, step: 1 } } },
  render: (args) =>
    show(
      [
        { kind: 'first-response', startedAt: at(-60), dueAt: at(args.firstDueInMinutes) },
        { kind: 'next-response', startedAt: at(-5), dueAt: at(25) },
        { kind: 'resolution', startedAt: at(-60), dueAt: at(48 * 60) },
      ],
      args.compact,
    ),
} satisfies Meta<SlaClockArgs>;

export default meta;
type Story = StoryObj<SlaClockArgs>;

/** Each clock running, counting down in words. */
export const Running: Story = {};

/** Due within 15 minutes: a sign, "soon" and the warning colour. */
export const DueSoon: Story = { args: { firstDueInMinutes: 9 } };

/** Past due: "overdue by …", a sign, underlined, and the danger colour. */
export const Overdue: Story = { args: { firstDueInMinutes: -75 } };

/** Paused while the conversation waits on the customer, and met. */
export const PausedAndMet: Story = {
  render: () =>
    show([
      { kind: 'first-response', startedAt: at(-90), dueAt: at(-30), metAt: at(-50) },
      { kind: 'next-response', startedAt: at(-20), dueAt: at(10), paused: true },
      { kind: 'resolution', startedAt: at(-90), dueAt: at(600), paused: true },
    ]),
};

/** Only the most pressing clock, as the queue shows it. */
export const Compact: Story = { args: { compact: true, firstDueInMinutes: -5 } };

/** No SLA on this conversation. */
export const None: Story = { render: () => show([]) };

/** Right to left. */
export const RightToLeft: Story = { globals: { dir: 'rtl' }, args: { firstDueInMinutes: -12 } };

/** The dark theme. */
export const DarkTheme: Story = { globals: { theme: 'dark' }, args: { firstDueInMinutes: 6 } };
