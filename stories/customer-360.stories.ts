import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { builtInDataset, createDemoAdapter, type DemoAdapter, type DemoDataset } from '../src/adapters/demo/index.js';
import type { Customer } from '../src/model/index.js';
import { createAdapter } from '../src/ports/adapter.js';
import type { Adapter, Capability, CustomerDirectory } from '../src/ports/ports.js';

interface Customer360Args {
  /** Width of the element's container, px: 320 or less is the narrow sidebar, 640 or more the wide panel. */
  width: number;
}

/** The built-in data without avatars (the stories run offline; initials stand in). */
function dataset(change?: (data: DemoDataset) => void): DemoDataset {
  const data = builtInDataset(new Date());
  for (const customer of data.customers) delete customer.avatarUrl;
  change?.(data);
  return data;
}

const demo = (data: DemoDataset = dataset(), latency = 0): DemoAdapter => createDemoAdapter({ dataset: data, latency, initialInteraction: false });

interface Show {
  adapter: Adapter;
  /** The demo whose data the history and the agent come from; the adapter itself when it is one. */
  source?: DemoAdapter;
  customerId?: string;
  conversationId?: string;
  /** Whose conversations the history shows (the host lists them). */
  historyOf?: string;
  width?: number;
}

function show({ adapter, source = adapter as DemoAdapter, customerId, conversationId, historyOf, width = 720 }: Show): TemplateResult {
  const agent = source.demo?.agent;
  const whose = historyOf ?? customerId;
  const conversations = whose && source.demo ? source.demo.listConversations().filter((c) => c.customerId === whose) : undefined;
  return html`<div style="max-width: ${width}px">
    <cx-customer-360
      .adapter=${adapter}
      customer-id=${ifDefined(customerId)}
      conversation-id=${ifDefined(conversationId)}
      .conversations=${conversations}
      .agent=${agent}
      locale="en-GB"
    ></cx-customer-360>
  </div>`;
}

/** The demo's directory without one capability: the element hides what the host can't do. */
function without(capability: Capability): { adapter: Adapter; source: DemoAdapter } {
  const full = demo();
  const port = full.customers!;
  const customers: CustomerDirectory = { getCustomer: (id, o) => port.getCustomer(id, o) };
  const methods = {
    'customers.findCandidates': () => (customers.findCandidates = (q, o) => port.findCandidates!(q, o)),
    'customers.linkIdentity': () => (customers.linkIdentity = (id, i, o) => port.linkIdentity!(id, i, o)),
    'customers.unlinkIdentity': () => (customers.unlinkIdentity = (id, q, o) => port.unlinkIdentity!(id, q, o)),
    'customers.openRecord': () => (customers.openRecord = (r, o) => port.openRecord!(r, o)),
    'customers.createCase': () => (customers.createCase = (c, o) => port.createCase!(c, o)),
    'customers.logActivity': () => (customers.logActivity = (a, o) => port.logActivity!(a, o)),
  } as const;
  for (const [name, add] of Object.entries(methods)) if (name !== capability) add();
  return { adapter: createAdapter({ name: `demo without ${capability}`, conversations: full.conversations!, customers }), source: full };
}

const DANA = 'cust-01';
const meta = {
  title: 'Components/Customer 360',
  component: 'cx-customer-360',
  args: { width: 720 },
  argTypes: { width: { control: { type: 'range', min: 240, max: 1200, step: 20 } } },
  render: (args) => show({ adapter: demo(), customerId: DANA, conversationId: 'conv-001', width: args.width }),
} satisfies Meta<Customer360Args>;

export default meta;
type Story = StoryObj<Customer360Args>;

/** Dana Whitfield on her outage conversation: identities with evidence, value, cases, orders, offers and history. */
export const Default: Story = {};

/** The host is slow: a skeleton in every section (the demo answers after 10 minutes). */
export const Loading: Story = { render: () => show({ adapter: demo(dataset(), 600_000), customerId: DANA }) };

/** A record with only what the model requires: each section says what is missing. */
export const Partial: Story = {
  render: () => {
    const sparse: Customer = {
      id: 'cust-sparse',
      record: { system: 'zendesk', type: 'User', id: '9001' },
      name: 'Sam Sparse',
      identities: [],
      value: { tier: 'standard', lifetimeValue: 0, currency: 'GBP' },
      openCases: [],
      orders: [],
      offers: [],
      consent: { email: true, sms: false, phone: false, marketing: false },
      notes: [],
    };
    return show({ adapter: demo(dataset((d) => d.customers.push(sparse))), customerId: sparse.id, historyOf: 'nobody' });
  },
};

/** The record could not be loaded (the host sent malformed data): the error, naming the field, and a Retry (which succeeds). */
export const LoadError: Story = {
  name: 'Error',
  render: () => {
    const adapter = demo();
    adapter.demo.failNext('customers.getCustomer', 'junk');
    return show({ adapter, customerId: DANA });
  },
};

/** @bexh_88 on X is linked to nobody: the directory's candidates, best first, with evidence; Link, Not this person, Ask the customer. */
export const UnknownHandle: Story = { render: () => show({ adapter: demo(), conversationId: 'conv-011' }) };

/** @brennanstudio on Instagram: one strong candidate (the profile links the domain of her e-mail and quotes her case). */
export const UnknownHandleStrongMatch: Story = { render: () => show({ adapter: demo(), conversationId: 'conv-034' }) };

/** Marcus Oyelaran: VIP, verified, 248.6k followers, hundreds of orders. */
export const Vip: Story = { render: () => show({ adapter: demo(), customerId: 'cust-02' }) };

/** High reach without VIP: 210k followers and verified on a Gold customer of 9 years, each factor explained. */
export const HighReach: Story = {
  render: () =>
    show({
      adapter: demo(dataset((d) => (d.customers.find((c) => c.id === DANA)!.influence = { followers: 210_000, verified: true }))),
      customerId: DANA,
    }),
};

/** Ingrid Solberg asked not to be contacted: the warning in words and a sign, every route refused. */
export const DoNotContact: Story = { render: () => show({ adapter: demo(), customerId: 'cust-16', conversationId: 'conv-033' }) };

/** A fleet account with 3 200 open cases and 800 orders, paged. */
export const ThousandsOfCases: Story = { render: () => show({ adapter: demo(), customerId: 'cust-15' }) };

/** Without `findCandidates`: the unknown sender, with "Ask the customer" only. */
export const WithoutFindCandidates: Story = { render: () => show({ ...without('customers.findCandidates'), conversationId: 'conv-011' }) };
/** Without `linkIdentity`: candidates show, but no Link. */
export const WithoutLinkIdentity: Story = { render: () => show({ ...without('customers.linkIdentity'), conversationId: 'conv-011' }) };
/** Without `unlinkIdentity`: no Unlink on identities. */
export const WithoutUnlinkIdentity: Story = { render: () => show({ ...without('customers.unlinkIdentity'), customerId: DANA }) };
/** Without `openRecord`: no "Open in …"; cases link to their http(s) page instead. */
export const WithoutOpenRecord: Story = { render: () => show({ ...without('customers.openRecord'), customerId: DANA }) };
/** Without `createCase`: no "Create case". */
export const WithoutCreateCase: Story = { render: () => show({ ...without('customers.createCase'), customerId: DANA, conversationId: 'conv-001' }) };
/** Without `logActivity`: no "Log activity". */
export const WithoutLogActivity: Story = { render: () => show({ ...without('customers.logActivity'), customerId: DANA }) };
/** No customer directory at all. */
export const WithoutDirectory: Story = {
  render: () => show({ adapter: createAdapter({ name: 'conversations only', conversations: demo().conversations! }), customerId: DANA }),
};

/** A narrow sidebar (300 px): one column, flags and consent stacked. */
export const Narrow: Story = { args: { width: 300 } };

/** A wide panel (1 000 px): two columns. */
export const Wide: Story = { args: { width: 1000 } };

/** Right to left, on Layla Haddad (Arabic). */
export const RightToLeft: Story = { globals: { dir: 'rtl' }, render: () => show({ adapter: demo(), customerId: 'cust-05' }) };

/** The dark theme, which only sets public `--cx-*` tokens. */
export const DarkTheme: Story = { globals: { theme: 'dark' }, render: () => show({ adapter: demo(), customerId: 'cust-16' }) };

/** Hostile data: HTML, bidi overrides, zalgo, a 10 000-character name, javascript: URLs, −1 followers, 10^15 in value, 5 000 cases. */
export const HostileInput: Story = {
  args: { width: 320 },
  render: (args) => {
    const evil = '<img src=x onerror=alert(1)> \u202Egnp.exe\u202C Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357a\u035A\u035B\u035C\u035Dlgo';
    const data = dataset((d) => {
      const base = d.customers[0]!;
      d.customers.push({
        ...base,
        id: 'cust-hostile',
        name: `${evil} ${'W'.repeat(10_000)}`,
        avatarUrl: 'javascript:alert(1)',
        record: { ...base.record, id: '"><script>alert(1)</script>', url: 'javascript:alert(1)' },
        value: { tier: 'vip', lifetimeValue: 1e15, currency: 'GBP' },
        influence: { followers: Number.MAX_SAFE_INTEGER, verified: true },
        openCases: Array.from({ length: 5_000 }, (_, i) => ({ id: `C${i}`, subject: i % 2 ? evil : `Case ${i}`, status: 'open', priority: 'normal', openedAt: new Date().toISOString(), url: 'javascript:alert(1)' })),
        offers: [{ id: 'o1', title: evil, reason: evil }],
      });
    });
    return show({ adapter: demo(data), customerId: 'cust-hostile', width: args.width });
  },
};
