import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { createDemoAdapter, type DemoAdapter } from '../src/adapters/demo/index.js';
import type { CxComposer } from '../src/components/composer/composer.js';
import type { CxMoveToPrivate } from '../src/components/move-to-private/move-to-private.js';
import { StorageDraftStore } from '../src/compose/drafts.js';
import { channel, type Channel, type Consent, type Conversation, type Customer, type Message } from '../src/model/index.js';
import { createAdapter } from '../src/ports/adapter.js';
import type { Adapter } from '../src/ports/ports.js';

const HOUR = 3_600_000;

interface Scene {
  demo: DemoAdapter;
  conversation: Conversation;
  messages: Message[];
}

interface SceneOptions {
  customer?: Partial<Omit<Customer, 'consent'>> & { consent?: Partial<Consent> };
  noCustomer?: boolean;
  /** Earlier lines: [channel id, who, hours ago, text]. */
  lines?: [string, 'customer' | 'agent', number, string][];
}

const xPublic = () => channel('x-public', 'x', true, 'X (public reply)');

/** One public conversation with Tom (and his record, unless told), served by the demo adapter without latency. */
function scene(channels: Channel[], options: SceneOptions = {}): Scene {
  const at = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();
  const { consent, ...customerFields } = options.customer ?? {};
  const customer: Customer | undefined = options.noCustomer
    ? undefined
    : {
        id: 'tom',
        record: { system: 'salesforce', type: 'Contact', id: '0035g00000TomA1' },
        name: 'Tom Albright',
        email: 'tom.albright@example.com',
        phone: '+44 161 496 0732',
        identities: [],
        value: {},
        openCases: [{ id: '00048217', subject: 'Double charge', status: 'open', priority: 'high', openedAt: at(30) }],
        orders: [],
        offers: [],
        consent: { email: true, sms: false, phone: true, marketing: false, preferred: 'dm', ...consent },
        notes: [],
        ...customerFields,
      };
  const id = `story-move-${channels.map((c) => c.id).join('-')}`;
  const conversation: Conversation = {
    id, ...(customer ? { customerId: customer.id } : {}), subject: 'Charged twice', channels, status: 'open', priority: 'high', sla: [], participants: [],
    assigneeId: 'aisha', createdAt: at(200), updatedAt: at(1),
  };
  const lines = options.lines ?? [[channels[0]!.id, 'customer', 1, 'Charged twice this month AGAIN. Account 4471. Sort it out @NorthwindHelp']];
  const messages: Message[] = lines.map(([channelId, who, hours, text], i) => ({
    id: `${id}-${i}`, conversationId: id, channelId, visibility: channels.find((c) => c.id === channelId)!.public ? 'public' : 'private',
    author: who === 'customer' ? { id: 'tom', role: 'customer', displayName: customer?.name ?? 'Tom', handle: '@tomalbright_' } : { id: 'aisha', role: 'agent', displayName: 'Aisha Bello' },
    text, createdAt: at(hours), attachments: [], delivery: 'sent',
  }));
  const demo = createDemoAdapter({
    latency: 0, liveRate: 0, initialInteraction: false,
    dataset: { customers: customer ? [customer] : [], conversations: [conversation], messages, agent: { id: 'aisha', role: 'agent', displayName: 'Aisha Bello' }, colleagues: [], liveLines: [] },
  });
  return { demo, conversation, messages };
}

/** The demo adapter without some capabilities, as a host that lacks them. */
function without(demo: DemoAdapter, ...missing: ('dial' | 'secureLink' | 'move' | 'customers')[]): Adapter {
  const c = demo.conversations!;
  return createAdapter({
    name: 'host',
    conversations: {
      getConversation: (id, o) => c.getConversation(id, o),
      loadMessages: (id, o) => c.loadMessages(id, o),
      ...(missing.includes('move') ? {} : { moveToPrivate: (r, o) => c.moveToPrivate!(r, o) }),
      ...(missing.includes('secureLink') ? {} : { createSecureLink: (r, o) => c.createSecureLink!(r, o) }),
    },
    interactions: { subscribe: (l, o) => demo.interactions!.subscribe(l, o), ...(missing.includes('dial') ? {} : { dial: (r, o) => demo.interactions!.dial!(r, o) }) },
    ...(missing.includes('customers') ? {} : { customers: { getCustomer: (id, o) => demo.customers!.getCustomer(id, o) } }),
  });
}

/** The element over a scene; its dialog open on the story's own page (never on the docs page). */
function render(make: () => Scene, adapter?: (demo: DemoAdapter) => Adapter) {
  return (_args: unknown, { viewMode }: StoryContext): TemplateResult => {
    const s = make();
    return html`<cx-move-to-private .adapter=${adapter ? adapter(s.demo) : s.demo} conversation-id=${s.conversation.id} agent-name="Aisha Bello"
      ?open=${viewMode === 'story'}></cx-move-to-private>`;
  };
}

const element = (canvas: HTMLElement) => canvas.querySelector<CxMoveToPrivate>('cx-move-to-private')!;

/** Waits (at most 5 s) for something in the element's dialog. */
async function waitFor(el: HTMLElement, selector: string): Promise<HTMLElement | null> {
  for (let i = 0; i < 250; i += 1) {
    const found = el.shadowRoot?.querySelector<HTMLElement>(selector);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  return null;
}

/** Picks a route (optional), then confirms once and waits for the outcome. */
const confirm = (route?: string) => async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
  const el = element(canvasElement);
  await waitFor(el, '[part~="confirm"]');
  if (route) (await waitFor(el, `#route-${route}`))?.click();
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLElement>('[part~="confirm"]')?.click();
  await waitFor(el, '[part~="steps"], .outcome, [part~="findings"], [part~="error"]');
};

/** Confirms with one step of the move failing in the demo host. */
function failing(step: string, fault: 'error' | 'lost-response' = 'error'): Partial<Story> {
  return {
    render: render(() => {
      const s = scene([xPublic()]);
      s.demo.demo.failNext(step === 'whole' ? 'conversations.moveToPrivate' : `conversations.moveToPrivate.${step}`, fault);
      return s;
    }),
    play: confirm('email'),
  };
}

const meta = {
  title: 'Components/Move to private',
  component: 'cx-move-to-private',
  render: render(() => scene([xPublic()])),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A public post on X: every route is open; a DM is the customer's preferred one. */
export const DirectMessage: Story = {};

/** E-mail to the address on record, with consent. */
export const Email: Story = { render: render(() => scene([xPublic()], { customer: { consent: { preferred: 'email' } } })) };

/** A callback placed by the host's phone (click-to-dial); a call has no private message. */
export const PhoneCallback: Story = { render: render(() => scene([xPublic()], { customer: { consent: { preferred: 'phone' } } })), play: confirm() };

/** Missing capability: no click-to-dial, so the callback is a `tel:` link. */
export const PhoneCallbackWithoutClickToDial: Story = {
  render: render(() => scene([xPublic()], { customer: { consent: { preferred: 'phone' } } }), (demo) => without(demo, 'dial')),
  play: confirm(),
};

/** A forum post from someone the CRM doesn't know: a secure one-time link in the public reply. */
export const SecureLink: Story = { render: render(() => scene([channel('forum', 'forum', true, 'Community forum')], { noCustomer: true })) };

/** Unavailable: the customer takes no DMs and gave no consent to e-mail or calls. */
export const NoConsent: Story = { render: render(() => scene([xPublic()], { customer: { consent: { dm: false, email: false, phone: false } } })) };

/** Unavailable: an Instagram comment 8 days old, past the 7 days a private reply is allowed. */
export const WindowClosed: Story = {
  render: render(() => scene([channel('ig', 'instagram', true, 'Instagram (comment)')], { lines: [['ig', 'customer', 8 * 24, 'Still waiting for my refund.']] })),
};

/** Unavailable: the one private reply to this Facebook comment was already sent. */
export const PrivateReplyUsed: Story = {
  render: render(() =>
    scene([channel('fb', 'facebook', true, 'Facebook (comment)'), channel('fb-m', 'facebook', false, 'Messenger')], {
      lines: [['fb', 'customer', 30, 'Charged twice. Again.'], ['fb-m', 'agent', 29, 'Hi Tom, sorry about this, looking now.']],
    }),
  ),
};

/** Unavailable: no e-mail or phone on record. */
export const NoAddress: Story = { render: render(() => scene([xPublic()], { customer: { email: undefined, phone: undefined } })) };

/** Missing capability: the host can't make secure links. */
export const HostCannotMakeSecureLinks: Story = { render: render(() => scene([xPublic()]), (demo) => without(demo, 'secureLink')) };

/** Missing capability: no customer directory — the move works without the customer (no e-mail or phone). */
export const WithoutCustomerDirectory: Story = { render: render(() => scene([xPublic()]), (demo) => without(demo, 'customers')) };

/** Missing capability: no `moveToPrivate` — confirming says the desktop can't (unless the host takes the request). */
export const WithoutMoveToPrivate: Story = { render: render(() => scene([xPublic()]), (demo) => without(demo, 'move')), play: confirm() };

/** Done: each step, and a way to the private conversation the e-mail opened. */
export const Done: Story = { play: confirm('email') };

/** Partial failure: the public acknowledgement failed; Retry posts it once. */
export const AcknowledgementFailed: Story = failing('public-acknowledgement');
/** Partial failure: the private message failed after the acknowledgement was posted. */
export const PrivateMessageFailed: Story = failing('private-channel');
/** Partial failure: the conversations could not be linked. */
export const LinkFailed: Story = failing('link');
/** Partial failure: the activity could not be logged. */
export const ActivityLogFailed: Story = failing('audit');
/** The answer was lost after the host did the work: Retry finds it done and sends nothing twice. */
export const LostResponse: Story = failing('whole', 'lost-response');

/** Personal data in the public text: blocked, with no way to post it anyway. */
export const PersonalDataBlocked: Story = {
  play: async (context) => {
    const el = element(context.canvasElement);
    const area = (await waitFor(el, 'textarea#acknowledgement')) as HTMLTextAreaElement;
    area.value = 'Hi {firstName}, the refund went back to card 4111 1111 1111 1111.';
    area.dispatchEvent(new Event('input'));
    await confirm()(context);
  },
};

/** A template with an unknown variable and one with no value: errors before anything is sent. */
export const TemplateProblems: Story = {
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    const area = (await waitFor(el, 'textarea#acknowledgement')) as HTMLTextAreaElement;
    area.value = 'Hi {customerNmae}, about {dmLink}';
    area.dispatchEvent(new Event('input'));
  },
};

/** Hostile names and handles are inserted as text: no HTML, no bidi tricks, cut to length. */
export const HostileCustomerName: Story = {
  render: render(() => scene([xPublic()], { customer: { name: '<img src=x onerror=alert(1)> \u202Emoc.live ' + 'Ẓ̴̡̛͉'.repeat(40) + 'x'.repeat(2000) } })),
};

/** A conversation with no public channel: nothing to move. */
export const AlreadyPrivate: Story = {
  render: render(() => scene([channel('x-dm', 'x', false, 'X (DM)')], { lines: [['x-dm', 'customer', 1, 'Hi, charged twice']] })),
};

/** In the composer: the review's "Move to private…" opens the same element, the reply carried over as the private message. */
export const InTheComposer: Story = {
  render: () => {
    const s = scene([xPublic(), channel('x-dm', 'x', false, 'X (DM)')]);
    const drafts = new StorageDraftStore(() => undefined);
    drafts.set(s.conversation.id, { text: 'Tom, the refund went to the card ending 4471 — call 020 7946 0018 if not.', startedAt: new Date().toISOString() });
    return html`<cx-composer .adapter=${s.demo} .conversation=${s.conversation} .messages=${s.messages} .drafts=${drafts}></cx-composer>`;
  },
  play: async ({ canvasElement }) => {
    const composer = canvasElement.querySelector<CxComposer>('cx-composer')!;
    await composer.updateComplete;
    await composer.send();
    [...composer.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Move to private'))?.click();
    const move = composer.shadowRoot!.querySelector<CxMoveToPrivate>('cx-move-to-private')!;
    await waitFor(move, 'textarea#opening');
  },
};
