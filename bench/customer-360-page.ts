// The page `npm run bench:customer-360` drives: mounts <cx-customer-360> over an in-memory record host
// (through the real validating port boundary, zero latency) for a customer with 5 000 open cases and
// 10 000 orders, and reports figures to bench/customer-360.bench.js.
import '../src/define/cx-customer-360.js';
import type { CxCustomer360 } from '../src/components/customer-360/customer-360.js';
import { builtInDataset } from '../src/adapters/demo/index.js';
import type { Customer } from '../src/model/index.js';
import { createAdapter } from '../src/ports/adapter.js';
import { LongTasks, frame, sleep } from './lib/long-tasks.js';

const longTasks = new LongTasks();
const settle = async () => {
  await sleep(200);
  await frame();
};
const longestSince = (t0: number) => longTasks.longestSince(t0);

const NOW = new Date();
const iso = (daysAgo: number) => new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString();
const STATUSES = ['new', 'open', 'pending', 'escalated'] as const;
const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
const ORDER_STATES = ['placed', 'shipped', 'delivered', 'delayed', 'returned', 'cancelled', 'active'] as const;

/** A real demo customer, made huge. */
function bigCustomer(cases: number, orders: number): Customer {
  const base = builtInDataset(NOW).customers[0]!;
  const { avatarUrl: _offline, ...rest } = base; // the bench runs offline
  return {
    ...rest,
    id: 'big',
    openCases: Array.from({ length: cases }, (_, i) => ({
      id: String(70_000_000 + i),
      subject: `Fleet line HV-${i % 2400} — ${i % 3 ? 'SIM swap' : 'device fault'}`,
      status: STATUSES[i % STATUSES.length]!,
      priority: PRIORITIES[i % PRIORITIES.length]!,
      openedAt: iso((i * 7) % 700),
      url: `https://crm.example.com/Case/${i}`,
    })),
    orders: Array.from({ length: orders }, (_, i) => ({
      id: `ORD-${i}`,
      product: `Business Unlimited SIM ${i}`,
      status: ORDER_STATES[i % ORDER_STATES.length]!,
      amount: 1800 + (i % 50) * 100,
      currency: 'GBP',
      date: iso((i * 3) % 1800),
    })),
  };
}

let current: CxCustomer360 | undefined;

/** Mounts the element, sets `customer-id`, and measures until the record is painted. */
async function mount(cases: number, orders: number) {
  current?.remove();
  const customer = bigCustomer(cases, orders);
  const adapter = createAdapter({ name: 'bench', customers: { getCustomer: async () => customer, openRecord: async () => {}, createCase: async () => customer.openCases[0]! } }, { timeoutMs: 0 });
  // The port boundary alone: validating the record.
  let t = performance.now();
  await adapter.customers!.getCustomer('big');
  const validate = performance.now() - t;
  await settle();

  const el = document.createElement('cx-customer-360');
  el.adapter = adapter;
  el.locale = 'en-GB';
  document.querySelector('#stage')!.append(el);
  current = el;
  await el.updateComplete;
  await settle();
  const t0 = performance.now();
  el.customerId = 'big';
  while (!el.shadowRoot?.querySelector('[part~="case"]')) await frame();
  await frame(); // painted
  const painted = performance.now() - t0;
  await settle();
  const mountTask = longestSince(t0);

  // Paging: the next page of cases, then of orders.
  t = performance.now();
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cases"] [part~="pager"] button:last-of-type')!.click();
  await el.updateComplete;
  await frame();
  const pageCases = performance.now() - t;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="orders"] [part~="pager"] button:last-of-type')!.click();
  await el.updateComplete;
  await frame();
  await settle();
  const pageTask = longestSince(t);

  const elements = el.shadowRoot!.querySelectorAll('*').length;
  return { cases, orders, validate, painted, mountTask, pageCases, pageTask, elements };
}

declare global {
  interface Window {
    bench: { mount: typeof mount };
  }
}
window.bench = { mount };
document.title = 'ready';
