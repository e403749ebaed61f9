import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { createDemoAdapter, type DemoAdapter } from '../src/adapters/demo/index.js';
import type { CxComposer } from '../src/components/composer/composer.js';
import { StorageDraftStore } from '../src/compose/drafts.js';
import { channel, type Channel, type Conversation, type Message } from '../src/model/index.js';

interface ComposerArgs {
  /** The reply already typed (kept in memory, so stories never touch localStorage). */
  draft: string;
}

const HOUR = 3_600_000;

interface Scene {
  adapter: DemoAdapter;
  conversation: Conversation;
  messages: Message[];
}

/** One conversation on the given channels, the customer's last message `hoursAgo` on the first of them. */
function scene(channels: Channel[], customerText: string, hoursAgo: number): Scene {
  const at = (h: number) => new Date(Date.now() - h * HOUR).toISOString();
  const conversation: Conversation = {
    id: `story-${channels.map((c) => c.id).join('-')}`,
    subject: 'Broadband outage',
    channels,
    status: 'open',
    priority: 'high',
    sla: [],
    participants: [],
    createdAt: at(hoursAgo + 1),
    updatedAt: at(hoursAgo),
  };
  const messages: Message[] = [
    {
      id: `${conversation.id}-1`,
      conversationId: conversation.id,
      channelId: channels[0]!.id,
      visibility: channels[0]!.public ? 'public' : 'private',
      author: { id: 'tom', role: 'customer', displayName: 'Tom Albright', handle: '@tomalbright_' },
      text: customerText,
      createdAt: at(hoursAgo),
      attachments: [],
      delivery: 'sent',
    },
  ];
  // No latency and no live stream: the story renders the same every time.
  const adapter = createDemoAdapter({ latency: 0, liveRate: 0, initialInteraction: false, dataset: { customers: [], conversations: [conversation], messages } as never });
  return { adapter, conversation, messages };
}

const xScene = () => scene([channel('x-public', 'x', true, 'X (public reply)'), channel('x-dm', 'x', false, 'X (DM)')], 'Great, another outage. Love paying for nothing 🙃 @NorthwindHelp', 1);

/** A composer over a scene, with `draft` already typed. */
function render(make: () => Scene, draft: string): TemplateResult {
  const { adapter, conversation, messages } = make();
  const drafts = new StorageDraftStore(() => undefined);
  if (draft) drafts.set(conversation.id, { text: draft, startedAt: new Date(Date.now() - 60_000).toISOString() });
  return html`<cx-composer .adapter=${adapter} .conversation=${conversation} .messages=${messages} .drafts=${drafts}></cx-composer>`;
}

/** Presses Send once the composer has rendered (for stories that show what a send leads to). */
const pressSend = async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
  const el = canvasElement.querySelector<CxComposer>('cx-composer')!;
  await el.updateComplete;
  await el.send();
};

const meta = {
  title: 'Components/Composer',
  component: 'cx-composer',
  args: { draft: '' },
  argTypes: { draft: { control: 'text' } },
  render: ({ draft }) => render(xScene, draft),
} satisfies Meta<ComposerArgs>;

export default meta;
type Story = StoryObj<ComposerArgs>;

/** A public reply on X: the counter uses X's weights (every link 23, emoji and CJK 2). */
export const XPublicReplyWithCounter: Story = {
  args: { draft: "Hi Tom, sorry about this 🙏 We're on it — live updates at https://status.northwind.example.com/incidents/m20" },
};

/** Over X's 280: the counter says by how much, in words and with a sign; Send is disabled. */
export const OverLimit: Story = {
  args: {
    draft:
      "Hi Tom, we're really sorry for the trouble. An engineering team is working on the fault affecting M20 right now, and we expect service to be restored this evening. We'll credit your account for the days without service automatically, and a follow-up message will confirm the amount once the fault is fixed. 🙏",
  },
};

/** WhatsApp 30 hours after the customer's last message: the window has closed, and the composer says why. */
export const ReplyWindowClosed: Story = {
  args: { draft: 'Hi Tom, following up on the outage.' },
  render: ({ draft }) => render(() => scene([channel('whatsapp', 'whatsapp', false, 'WhatsApp')], 'Is it fixed yet?', 30), draft),
};

/** Personal data in a public reply: a warning before posting, with the private routes. */
export const PersonalDataWarning: Story = {
  args: { draft: 'Tom, we have sent the refund to GB82 WEST 1234 5698 7654 32 — call us on 020 7946 0018 if it has not arrived.' },
  play: pressSend,
};

/** The host fails the send: the text stays and Retry sends it once, with the same client id. */
export const SendFailure: Story = {
  args: { draft: 'Hi Tom, an engineer is booked for Tuesday morning.' },
  render: ({ draft }) =>
    render(() => {
      const s = scene([channel('x-dm', 'x', false, 'X (DM)')], 'When can someone come out?', 1);
      s.adapter.demo.failNext('conversations.send', 'error');
      return s;
    }, draft),
  play: pressSend,
};
