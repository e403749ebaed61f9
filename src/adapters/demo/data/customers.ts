import type { Customer } from '../../../model/index.js';
import { build } from './customer-build.js';
import { accountCustomers, reviewerOrders } from './customers-accounts.js';
import type { Clock } from './time.js';

const LONDON = 'Europe/London';

export function customers(t: Clock): Customer[] {
  return [
    build(t, 'dana', {
      sfId: '0035g00000NwDa01',
      locale: 'en-GB',
      value: ['gold', 412_350, 9 * 365, 'medium'],
      identities: [
        ['x', '@dana_whit', false, ['agent-linked', 'agent-sam', 410, 0.9, 'Confirmed account postcode in DM']],
        ['facebook', 'Dana Whitfield', false, ['matched-email', 'matcher', 700, 0.8]],
        ['chat', 'dana.whitfield@example.com', true, ['verified-login', 'web-chat', 1, 1]],
      ],
      cases: [['00048217', 'Broadband outage — line fault LS6', 'escalated', 'high', 4]],
      orders: [
        ['NW-ORD-310552', 'Full Fibre 500 — 24 months', 'active', 3_800, 410],
        ['NW-ORD-310553', 'Northwind Hub 4 router', 'delivered', 0, 410],
        ['NW-ORD-402218', '4G backup dongle (loan)', 'delivered', 0, 3],
      ],
      offers: [
        ['off-0101', 'Service credit: 4 days outage (£40)', 'Line fault confirmed by engineer; policy allows up to £10/day.', 0.94],
        ['off-0102', 'Hub 4 Mesh Booster, free for 12 months', 'Two-storey home, Wi-Fi complaints in last 90 days, churn risk medium.', 0.71],
      ],
      consent: { email: true, sms: true, phone: true, marketing: false, preferred: 'dm', timeZone: LONDON },
      notes: [['Works from home; prefers DMs before 9am or after 3pm.', 'agent-priya', 120]],
    }),
    build(t, 'marcus', {
      sfId: '0035g00000NwMo02',
      locale: 'en-GB',
      value: ['vip', 1_284_900, 6 * 365, 'low'],
      followers: [248_600, true, 91],
      identities: [
        ['x', '@MarcusTechTalk', true, ['verified-login', 'social-connect', 300, 1]],
        ['instagram', '@marcustechtalk', true, ['agent-linked', 'agent-aisha', 200, 0.95]],
      ],
      cases: [['00048302', 'Pre-order Helix Aurora 15 Pro not dispatched', 'open', 'urgent', 1]],
      orders: [
        ['NW-ORD-419001', 'Helix Aurora 15 Pro 512GB — Titanium Grey', 'delayed', 119_900, 6],
        ['NW-ORD-280114', 'Unlimited Max SIM-only', 'active', 3_500, 6 * 365],
        ['NW-ORD-290877', 'Full Fibre 900', 'active', 6_200, 800],
        ...reviewerOrders(),
      ],
      offers: [
        ['off-0201', 'Courier upgrade to next-day named-time delivery', 'Pre-order delayed past promised date; high reach.', 0.88],
        ['off-0202', 'Early access: Northwind 5G Home beta', 'Tech reviewer with engaged audience; has opted into beta programmes before.', 0.62],
      ],
      consent: { email: true, sms: false, phone: false, marketing: true, preferred: 'dm', timeZone: LONDON },
      notes: [['Verified creator (~250k). Public replies are watched closely — loop in social lead for anything sensitive.', 'agent-aisha', 200]],
    }),
    build(t, 'elena', {
      sfId: '0035g00000NwEm03',
      locale: 'es-ES',
      value: ['silver', 96_400, 2 * 365, 'high'],
      identities: [['instagram', '@elena.mruiz', false, ['customer-stated', 'agent-priya', 30, 0.85]]],
      cases: [['00048288', 'Duplicate direct debit — March bill', 'open', 'high', 2]],
      orders: [['NW-ORD-377410', '5G Flex 30GB + Corvid One Mini', 'active', 2_900, 2 * 365]],
      offers: [['off-0301', 'Refund duplicate payment + £10 goodwill', 'Billing error confirmed; churn risk high.', 0.9], ['off-0302', 'EU Roam Pass (Spain, 30 days)', 'Frequent roaming in Spain over the last 6 months.', 0.55]],
      consent: { email: true, sms: true, phone: false, marketing: false, preferred: 'dm', timeZone: LONDON },
      notes: [['Prefers Spanish in writing.', 'agent-priya', 30]],
    }),
    build(t, 'jonas', {
      sfId: '0035g00000NwJb04',
      locale: 'de-DE',
      value: ['silver', 158_700, 3 * 365, 'low'],
      identities: [
        ['forum', 'jbecker_dev', true, ['verified-login', 'community-sso', 500, 1]],
        ['x', '@jonasbckr', false, ['inferred', 'matcher', 60, 0.55, 'Same display name and city as forum profile']],
      ],
      cases: [['00048190', 'Moving home — transfer Full Fibre 500', 'pending', 'normal', 6]],
      orders: [
        ['NW-ORD-301200', 'Full Fibre 500', 'active', 3_800, 3 * 365],
        ['NW-ORD-301201', 'Northwind Hub 4 router', 'delivered', 0, 3 * 365],
      ],
      offers: [['off-0401', 'Home move: keep price, no setup fee', 'Customer asked about moving; address is in a Full Fibre area.', 0.8]],
      consent: { email: true, sms: false, phone: false, marketing: false, preferred: 'email', timeZone: LONDON },
    }),
    build(t, 'layla', {
      sfId: '0035g00000NwLh05',
      locale: 'ar',
      value: ['standard', 41_250, 1 * 365, 'medium'],
      identities: [['facebook', 'Layla Haddad', false, ['matched-email', 'matcher', 10, 0.7]]],
      cases: [['00048251', 'Lost parcel — Veyra Fold 3', 'open', 'high', 3]],
      orders: [['NW-ORD-418832', 'Veyra Fold 3 256GB — Sage', 'delayed', 149_900, 8]],
      offers: [['off-0501', 'Replacement handset by named-day courier', 'Courier confirmed parcel lost in network.', 0.92]],
      consent: { email: true, sms: true, phone: true, marketing: false, preferred: 'sms', timeZone: LONDON },
      notes: [['Prefers Arabic; interpreter line used on last call.', 'agent-tomasz', 3]],
    }),
    build(t, 'olivia', {
      sfId: '0035g00000NwOb06',
      locale: 'en-GB',
      value: ['platinum', 2_215_000, 5 * 365, 'high'],
      identities: [['chat', 'olivia@brennan-studio.example.com', true, ['verified-login', 'web-chat', 0, 1]]],
      cases: [['00048330', 'Business Fibre Pro down — studio offline', 'escalated', 'urgent', 0.2]],
      orders: [
        ['NW-ORD-250900', 'Business Fibre Pro 1Gb + static IP', 'active', 8_900, 5 * 365],
        ['NW-ORD-250901', '6 × Business Unlimited SIMs', 'active', 13_200, 5 * 365],
      ],
      offers: [
        ['off-0601', 'Business 4G failover router (same day)', 'Single point of failure; two outages this quarter.', 0.86],
        ['off-0602', 'Named account manager', 'Platinum business account with churn risk high.', 0.74],
      ],
      consent: { email: true, sms: true, phone: true, marketing: true, preferred: 'phone', timeZone: LONDON },
      notes: [['Design studio, 6 staff. Contract renewal in 7 weeks.', 'agent-tomasz', 40]],
    }),
    build(t, 'tom', {
      sfId: '0035g00000NwTa07',
      locale: 'en-GB',
      value: ['standard', 52_100, 2 * 365, 'high'],
      identities: [
        ['x', '@tomalbright_', false, ['agent-linked', 'agent-aisha', 90, 0.9]],
        ['forum', 'tom_a', true, ['verified-login', 'community-sso', 400, 1]],
      ],
      orders: [['NW-ORD-350021', 'Fibre Essentials 67', 'active', 2_600, 2 * 365]],
      offers: [['off-0701', 'Upgrade to Full Fibre 500 for £4 more', 'Frequent speed complaints; Full Fibre now available at address.', 0.67]],
      consent: { email: true, sms: false, phone: false, marketing: false, preferred: 'email', timeZone: LONDON },
      notes: [['Third outage complaint in 3 months. Sarcastic but fair — be straight with him.', 'agent-aisha', 90]],
    }),
    build(t, 'grace', {
      sfId: '0035g00000NwGn08',
      locale: 'en-GB',
      value: ['silver', 133_800, 4 * 365, 'low'],
      identities: [
        ['x', '@gracenak', false, ['customer-stated', 'agent-sam', 1, 0.85]],
        ['instagram', '@grace.nakamura', false, ['inferred', 'matcher', 40, 0.6]],
      ],
      orders: [['NW-ORD-366104', 'Unlimited Max + Helix Aurora 14', 'active', 5_400, 400]],
      offers: [['off-0801', 'Set up card payment via secure link', 'Payment failed online twice today.', 0.83]],
      consent: { email: true, sms: true, phone: false, marketing: true, preferred: 'dm', timeZone: LONDON },
      notes: [['Posted full card number publicly on X — advised to cancel card; post deleted.', 'agent-sam', 1]],
    }),
    build(t, 'chloe', {
      sfId: '0035g00000NwCl09',
      locale: 'fr-FR',
      value: ['standard', 18_900, 120, 'medium'],
      identities: [['instagram', '@chloe_lfv', false, ['agent-linked', 'agent-priya', 2, 0.8]]],
      cases: [['00048275', 'Installation appointment cancelled twice', 'open', 'high', 5]],
      orders: [['NW-ORD-412270', 'Full Fibre 500 — installation', 'delayed', 3_800, 14]],
      offers: [['off-0901', 'Priority install slot + first month free', 'Two cancelled appointments; new customer still in cooling-off period.', 0.89]],
      consent: { email: true, sms: true, phone: false, marketing: false, preferred: 'email', timeZone: 'Europe/Paris' },
    }),
    build(t, 'kwame', {
      sfId: '0035g00000NwKm10',
      locale: 'en-GB',
      value: ['gold', 388_000, 8 * 365, 'low'],
      followers: [3_420, false, 22],
      identities: [
        ['facebook', 'Kwame Mensah', false, ['matched-email', 'matcher', 900, 0.8]],
        ['forum', 'kwame_m', true, ['verified-login', 'community-sso', 1500, 1]],
        ['x', '@kwamem', false, ['customer-stated', 'agent-tomasz', 15, 0.85]],
      ],
      cases: [['00048244', 'Callback requested — international add-on', 'pending', 'normal', 2]],
      orders: [
        ['NW-ORD-298810', 'Full Fibre 900', 'active', 6_200, 900],
        ['NW-ORD-298811', 'Family Unlimited × 4', 'active', 11_000, 8 * 365],
      ],
      offers: [['off-1001', 'World Calling 500 add-on, first month free', 'Calls to Ghana every week; currently paying per minute.', 0.77]],
      consent: { email: true, sms: true, phone: true, marketing: true, preferred: 'phone', timeZone: LONDON },
    }),
    build(t, 'harriet', {
      sfId: '0035g00000NwHc11',
      locale: 'en-GB',
      value: ['gold', 297_500, 15 * 365, 'low'],
      identities: [['facebook', 'Harriet Cole', false, ['agent-linked', 'agent-tomasz', 5, 0.75, 'Confirmed by phone; daughter sometimes posts for her']]],
      cases: [['00048199', 'Change of bank for direct debit', 'pending', 'normal', 5]],
      orders: [
        ['NW-ORD-120044', 'Home Phone & Fibre Essentials 36', 'active', 3_200, 15 * 365],
        ['NW-ORD-120045', 'Big-button handset rental', 'active', 300, 6 * 365],
      ],
      offers: [['off-1101', 'Social tariff check (Essentials Support)', 'Pension-age customer paying full price for a basic plan.', 0.6]],
      consent: { email: false, sms: false, phone: true, marketing: false, preferred: 'phone', timeZone: LONDON },
      notes: [
        ['Hard of hearing — speak slowly, confirm details twice. Happy for daughter (Ruth) to help on her behalf.', 'agent-tomasz', 300],
        ['Vulnerable customer flag reviewed.', 'crm-import', 60],
      ],
    }),
    build(t, 'ravi', {
      sfId: '0035g00000NwRc12',
      locale: 'en-GB',
      value: ['gold', 301_600, 4 * 365, 'low'],
      followers: [12_800, false, 38],
      identities: [
        ['x', '@ravichandran_dev', false, ['agent-linked', 'agent-sam', 30, 0.9]],
        ['instagram', '@ravi.c', false, ['customer-stated', 'agent-aisha', 2, 0.85]],
        ['chat', 'ravi.chandran@example.com', true, ['verified-login', 'web-chat', 0, 1]],
      ],
      cases: [['00048322', 'Handset delivered with cracked screen', 'new', 'normal', 1]],
      orders: [
        ['NW-ORD-420150', 'Corvid One 256GB — Midnight', 'delivered', 89_900, 2],
        ['NW-ORD-260300', 'Unlimited Max SIM-only', 'active', 3_500, 4 * 365],
      ],
      offers: [
        ['off-1201', 'Upgrade to Unlimited Max + 5G Home bundle', 'Upgrade eligible from this month; heavy data user.', 0.73],
        ['off-1202', 'Device care (screen cover) — 3 months free', 'Recent handset delivered damaged.', 0.58],
      ],
      consent: { email: true, sms: true, phone: false, marketing: true, preferred: 'email', timeZone: LONDON },
    }),
    build(t, 'bex', {
      sfId: '0035g00000NwBh13',
      locale: 'en-GB',
      value: ['standard', 9_600, 45, 'medium'],
      identities: [
        ['instagram', '@bex.holloway', false, ['matched-email', 'matcher', 40, 0.7]],
      ],
      cases: [['00048301', 'Engineer did not attend', 'open', 'normal', 2]],
      orders: [['NW-ORD-409900', 'Full Fibre 150 — installation', 'delayed', 2_800, 20]],
      offers: [['off-1301', 'Rebook install with 2-hour arrival window', 'Missed appointment on record.', 0.7]],
      consent: { email: true, sms: true, phone: false, marketing: false, preferred: 'email', timeZone: LONDON },
    }),
    build(t, 'beth', {
      sfId: '0035g00000NwBh14',
      locale: 'en-GB',
      value: ['standard', 27_400, 300, 'low'],
      identities: [
        ['facebook', 'Beth Hollins', false, ['customer-stated', 'agent-aisha', 0.5, 0.8]],
      ],
      orders: [['NW-ORD-388120', '5G Flex 30GB SIM-only', 'active', 1_500, 300]],
      offers: [['off-1401', 'Add Full Fibre and save £5/month on mobile', 'Mobile-only customer in a Full Fibre area.', 0.45]],
      consent: { email: true, sms: true, phone: true, marketing: true, preferred: 'dm', timeZone: LONDON },
    }),
    ...accountCustomers(t),
  ];
}
