import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { createDemoAdapter, type DemoAdapter } from '../src/adapters/demo/index.js';
import type { CxComposer } from '../src/components/composer/composer.js';
import { StorageDraftStore, type Draft } from '../src/compose/drafts.js';
import { channel, type Channel, type Conversation, type ConversationStatus, type Message } from '../src/model/index.js';

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
function scene(channels: Channel[], customerText: string, hoursAgo: number, status: ConversationStatus = 'open'): Scene {
  const at = (h: number) => new Date(Date.now() - h * HOUR).toISOString();
  const conversation: Conversation = {
    id: `story-${channels.map((c) => c.id).join('-')}`,
    subject: 'Broadband outage',
    channels,
    status,
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

const noteChannel = () => channel('note', 'note', false, 'Internal note');
const xNoteScene = () => scene([channel('x-public', 'x', true, 'X (public reply)'), channel('x-dm', 'x', false, 'X (DM)'), noteChannel()], 'Great, another outage. Love paying for nothing 🙃 @NorthwindHelp', 1);

/** A composer over a scene, with `draft` already typed (the reply, or the stored drafts as given). */
function render(make: () => Scene, draft: string | Partial<Draft>): TemplateResult {
  const { adapter, conversation, messages } = make();
  const drafts = new StorageDraftStore(() => undefined);
  const startedAt = new Date(Date.now() - 60_000).toISOString();
  if (typeof draft !== 'string') drafts.set(conversation.id, { text: '', startedAt: '', ...draft });
  else if (draft) drafts.set(conversation.id, { text: draft, startedAt });
  return html`<cx-composer .adapter=${adapter} .conversation=${conversation} .messages=${messages} .drafts=${drafts}></cx-composer>`;
}

/** Clicks a button of the composer, found by its words, once it has rendered. */
const press = (words: string) => async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
  const el = canvasElement.querySelector<CxComposer>('cx-composer')!;
  await el.updateComplete;
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, input[type="radio"] + label')].find((b) => b.textContent!.includes(words))?.click();
  await el.updateComplete;
};

const NOTE = 'Note for the team: serial complainer, check with billing before replying.';

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

/** Writing an internal note: said in words beside a dashed, striped box, and the button says "Add note". */
export const InternalNote: Story = {
  render: () => render(xNoteScene, { writing: 'note', note: { text: NOTE, startedAt: new Date().toISOString(), channelId: 'note' } }),
};

/** A private reply switched to the public channel: asks first, keeping it private is the default. */
export const WideningToPublic: Story = {
  render: () => render(xNoteScene, { text: 'Your account number ends 4471; the refund went there.', startedAt: new Date().toISOString(), channelId: 'x-dm' }),
  play: press('X (public reply)'),
};

/** "Use this text in the reply" on a note: asks first, naming both audiences; keeping it a note is the default. */
export const NoteIntoReply: Story = {
  render: () => render(xNoteScene, { writing: 'note', channelId: 'x-public', note: { text: NOTE, startedAt: new Date().toISOString(), channelId: 'note' } }),
  play: press('Use this text in the reply'),
};

/** A closed conversation: nothing is sent; the composer offers to reopen it (the demo host can). */
export const ClosedConversation: Story = {
  args: { draft: 'Hi Tom, following up on the outage.' },
  render: ({ draft }) => render(() => scene([channel('x-dm', 'x', false, 'X (DM)')], 'Thanks, all fixed.', 2, 'closed'), draft),
};

/** Tone: a sarcastic reply is stopped, naming the words and the reason. */
export const ToneWarning: Story = {
  args: { draft: 'Great, another complaint. Just what we needed today.' },
  play: pressSend,
};

/** A stock reply: nothing but service clichés. */
export const StockReplyWarning: Story = {
  args: { draft: 'We apologize for any inconvenience. Please DM us.' },
  play: pressSend,
};

/** Text meant for the team, about to go to the customer. */
export const NoteLikeWarning: Story = {
  args: { draft: 'FYI team: he has had three outages, check with billing before replying.' },
  play: pressSend,
};
