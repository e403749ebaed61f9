import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { createDemoAdapter, type DemoAdapter } from '../src/adapters/demo/index.js';
import { createAdapter } from '../src/ports/adapter.js';
import type { Adapter } from '../src/ports/ports.js';

interface ForumArgs {
  customerView: boolean;
}

const demo = (): DemoAdapter => createDemoAdapter({ latency: 0, initialInteraction: false });

const frame = (adapter: Adapter, id: string, args: Partial<ForumArgs> = {}): TemplateResult =>
  html`<div style="height: 640px; max-width: 860px; display: flex">
    <cx-conversation-thread .adapter=${adapter} conversation-id=${id} ?customer-view=${args.customerView ?? false}></cx-conversation-thread>
  </div>`;

const meta = {
  title: 'Components/Conversation thread/Forum',
  component: 'cx-conversation-thread',
  args: { customerView: false },
  argTypes: { customerView: { control: 'boolean' } },
  render: (args) => frame(demo(), 'conv-010', args),
} satisfies Meta<ForumArgs>;

export default meta;
type Story = StoryObj<ForumArgs>;

/** A community thread: the question, the accepted staff solution pinned under it, nested replies, advocates' ranks and badges, kudos, an endorsement. */
export const AcceptedAnswer: Story = {};

/** Two advocates of different ranks, a moderator, a hostile post (markup and a `javascript:` address, inert); every action offered. */
export const AdvocateEndorsement: Story = {
  render: (args) => frame(demo(), 'conv-036', args),
};

/** A question unanswered for more than a day: the thread says for how long; make it a case or take it private. */
export const UnansweredStale: Story = {
  render: (args) => frame(demo(), 'conv-035', args),
};

/** Every action fails once (the answer is lost on the way back): each shows the error with Retry, which acts once. */
export const ActionFailing: Story = {
  render: (args) => {
    const adapter = demo();
    for (const op of ['accept', 'endorse', 'thank', 'hide']) adapter.demo.failNext(`community.${op}`, 'lost-response', 3);
    return frame(adapter, 'conv-036', args);
  },
};

/** A host with no community port: the forum reads the same, with no actions on posts. */
export const NoCommunityPort: Story = {
  render: (args) => {
    const base = demo();
    return frame(createAdapter({ name: 'read-only', conversations: base.conversations!, customers: base.customers! }), 'conv-036', args);
  },
};
