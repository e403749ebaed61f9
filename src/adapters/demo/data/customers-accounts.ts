import type { CaseSummary, Customer, OrderSummary } from '../../../model/index.js';
import { build, type CaseSpec, type OrderSpec } from './customer-build.js';
import type { Clock } from './time.js';

/*
 * The customers whose records are large or unusual: a tech reviewer who buys a new device most
 * weeks (hundreds of orders), a logistics firm with a fleet of 2 400 lines (thousands of cases), and
 * a customer who asked not to be contacted. Lists are generated from the index alone, so the data
 * set stays a pure function of the clock.
 */

const DEVICES = [
  ['Helix Aurora 15 Pro 512GB', 119_900],
  ['Corvid One 256GB', 89_900],
  ['Veyra Fold 3 256GB', 149_900],
  ['Helix Buds Pro 2', 22_900],
  ['Corvid Watch 2 LTE', 39_900],
  ['Northwind 5G Home router', 0],
  ['Veyra Tab 11 5G', 69_900],
  ['MagSafe-style charging stand', 3_900],
] as const;
const ORDER_STATES: OrderSummary['status'][] = ['delivered', 'delivered', 'delivered', 'returned', 'delivered', 'cancelled'];

/** A reviewer's orders: a device or accessory every week or so for six years, many returned. */
export function reviewerOrders(count = 240): OrderSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const [product, price] = DEVICES[(i * 5) % DEVICES.length]!;
    const status = ORDER_STATES[(i * 7) % ORDER_STATES.length]!;
    return [`NW-ORD-1${String(70_000 + i * 13).padStart(5, '0')}`, `${product} — review unit`, status, price, 10 + i * 9];
  });
}

const FLEET_SUBJECTS = [
  'SIM swap — driver handset',
  'Lost device — van tracker',
  'Roaming bar — EU route',
  'Data cap reached — telematics SIM',
  'Cracked screen — handheld scanner',
  'Port-in of a driver’s personal number',
  'Invoice query — line rental',
  'No signal at depot — coverage check',
] as const;
const CASE_STATES: CaseSummary['status'][] = ['open', 'pending', 'new', 'open', 'escalated', 'pending'];
const CASE_PRIORITIES: CaseSummary['priority'][] = ['normal', 'low', 'normal', 'high', 'normal', 'urgent', 'normal'];

/** A fleet account's open cases: one per line fault, spread over the last two years. */
export function fleetCases(count: number): CaseSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const line = `HV-${String((i * 37) % 2400).padStart(4, '0')}`;
    const subject = `${FLEET_SUBJECTS[i % FLEET_SUBJECTS.length]} ${line}`;
    return [String(60_000_000 + i), subject, CASE_STATES[i % CASE_STATES.length]!, CASE_PRIORITIES[i % CASE_PRIORITIES.length]!, (i * 7919) % 730];
  });
}

/** A fleet account's orders: SIMs, handsets and add-ons bought line by line. */
export function fleetOrders(count: number): OrderSpec[] {
  const products = [
    ['Business Unlimited SIM', 1_800, 'active'],
    ['Rugged handset R5', 34_900, 'delivered'],
    ['Telematics data SIM 5GB', 600, 'active'],
    ['EU Roam add-on', 500, 'active'],
    ['Handheld scanner X2', 52_000, 'delivered'],
  ] as const;
  return Array.from({ length: count }, (_, i) => {
    const [product, price, status] = products[i % products.length]!;
    return [`NW-ORD-9${String(i).padStart(5, '0')}`, product, status, price, 3 + ((i * 3) % 1800)];
  });
}

const LONDON = 'Europe/London';

export function accountCustomers(t: Clock): Customer[] {
  return [
    build(t, 'harbour', {
      sfId: '0015g00000NwHv15',
      locale: 'en-GB',
      value: ['platinum', 61_240_000, 7 * 365, 'medium'],
      identities: [['x', '@HarbourValeOps', true, ['agent-linked', 'agent-tomasz', 700, 0.95, 'Confirmed by the account’s fleet manager on a recorded call']]],
      cases: fleetCases(3_200),
      orders: fleetOrders(800),
      offers: [
        ['off-1501', 'Fleet device-as-a-service (swap in 24 h)', 'Over 400 device cases a year across 2 400 lines.', 0.81],
        ['off-1502', 'Dedicated fleet desk', 'Platinum account with churn risk medium; contract review in 3 months.', 0.7],
      ],
      consent: { email: true, sms: false, phone: true, marketing: false, preferred: 'email', timeZone: LONDON },
      notes: [['Fleet manager: Nadia Okafor. Raise device cases in bulk through the fleet portal, not one by one.', 'agent-tomasz', 90]],
    }),
    build(t, 'ingrid', {
      sfId: '0035g00000NwIs16',
      locale: 'nb-NO',
      value: ['silver', 74_300, 11 * 365, 'high'],
      identities: [['facebook', 'Ingrid Solberg', false, ['customer-stated', 'agent-priya', 6, 0.85]]],
      cases: [['00048310', 'Close a line after a bereavement', 'pending', 'normal', 6]],
      orders: [['NW-ORD-140220', 'Family SIM-only × 2', 'active', 2_400, 11 * 365]],
      offers: [],
      consent: { email: false, sms: false, phone: false, marketing: false, timeZone: 'Europe/Oslo' },
      notes: [['Asked not to be contacted: no calls, e-mails, texts or offers. Reply only where she writes to us.', 'agent-priya', 6]],
    }),
  ];
}
