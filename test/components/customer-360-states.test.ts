import { expect } from '@open-wc/testing';
import { builtInDataset, createDemoAdapter } from '../../src/adapters/demo/index.js';
import type { Customer } from '../../src/model/index.js';
import type { ConversationSource, LoadMessagesOptions } from '../../src/ports/ports.js';
import { until } from '../helpers/until.js';
import { $, $$, DANA, MARCUS, NOW, UNKNOWN_CONVERSATION, button, clock, conversationsOf, demo, mount, part, shown, textOf } from './customer-360-harness.js';

/** Every element in `root`, inside shadow roots too. */
function deepAll(root: ParentNode): Element[] {
  const found = [...root.querySelectorAll('*')];
  for (const element of [...found]) if (element.shadowRoot) found.push(...deepAll(element.shadowRoot));
  return found;
}

describe('<cx-customer-360> states', () => {
  it('shows skeletons in every section while loading', async () => {
    const adapter = demo({ latency: 600_000 });
    const el = await mount(adapter, { customerId: DANA });
    const sections = $$(el, '[part~="section"]');
    expect(sections.map((s) => s.getAttribute('part'))).to.deep.equal(['section identities', 'section value', 'section cases', 'section orders']);
    for (const section of sections) {
      expect(section.getAttribute('aria-busy')).to.equal('true');
      expect(section.querySelector('[part~="skeleton"]')).to.not.equal(null);
    }
    expect(textOf(part(el, 'header'))).to.include('Loading the customer record');
    await expect(el).to.be.accessible();
  });

  it('shows an error with Retry in the section that failed, and Retry loads it', async () => {
    const adapter = demo();
    adapter.demo.failNext('customers.getCustomer', 'junk');
    const el = await mount(adapter, { customerId: DANA });
    const error = await until(() => $(el, '[part~="record"] [part~="error"]'), 'the record error');
    expect(error.getAttribute('role')).to.equal('alert');
    // Plain words for the agent; the developer's detail behind a disclosure.
    expect(textOf(error.querySelector('p'))).to.equal("Couldn't load the customer record: the desktop sent it in a form Screenpop can't read. Try again, and tell your administrator if it keeps happening.");
    expect(textOf(error.querySelector('[part="error-detail"] pre'))).to.include('customers.getCustomer returned invalid data');
    await expect(el).to.be.accessible();
    error.querySelector('button')!.click();
    await shown(el);
    expect(part(el, 'error')).to.equal(null);

    // Candidates fail on their own; the rest of the view stays.
    adapter.demo.failNext('customers.findCandidates', 'error');
    el.customerId = undefined;
    el.conversationId = UNKNOWN_CONVERSATION;
    const candidates = await until(() => $(el, '[part~="unknown"] [part~="error"]'), 'the candidates error');
    expect(textOf(candidates.querySelector('p'))).to.match(/couldn't find possible customers/i);
    expect(button(el, 'Ask the customer')).to.not.equal(undefined);
    candidates.querySelector('button')!.click();
    await until(() => $$(el, '[part~="candidate"]').length === 2, 'the candidates after Retry');
  });

  it('the history says which sentiment could not be loaded, and Retry loads it; the record is unaffected', async () => {
    const adapter = demo();
    const port = adapter.conversations as ConversationSource;
    const original = port.loadMessages;
    let failing = true;
    port.loadMessages = (id: string, options?: LoadMessagesOptions) => {
      if (failing) return Promise.reject(Object.assign(new Error('The sentiment host is down (test).'), { retryable: true }));
      return original(id, options);
    };
    const el = await mount(adapter, { customerId: DANA, conversations: conversationsOf(adapter, DANA) });
    await shown(el);
    const error = await until(() => $(el, '[part~="history"] [part~="error"]'), 'the history error');
    expect(textOf(error.querySelector('p'))).to.equal("Couldn't load the sentiment of 2 conversations just now. Try again.");
    expect(textOf(error.querySelector('[part="error-detail"] pre'))).to.include('The sentiment host is down (test).');
    expect(textOf(part(el, 'channels'))).to.include('X').and.include('conversations');
    expect(textOf(part(el, 'identities'))).to.include('@dana_whit');
    failing = false;
    error.querySelector('button')!.click();
    await until(() => !$(el, '[part~="history"] [part~="error"]') && textOf(part(el, 'trend')).includes('last 2 conversations'), 'the trend after Retry');
  });

  it('says what a partial record lacks, section by section', async () => {
    const dataset = builtInDataset(NOW);
    const sparse: Customer = {
      id: 'cust-sparse',
      record: { system: 'zendesk', type: 'User', id: '9001' },
      name: 'Sam Sparse',
      identities: [],
      value: {}, // no tier, no lifetime value: the host has none
      openCases: [],
      orders: [],
      offers: [],
      consent: { email: true, sms: false, phone: false, marketing: false },
      notes: [],
    };
    dataset.customers.push(sparse);
    const adapter = createDemoAdapter({ dataset, latency: 0, now: clock, initialInteraction: false });
    const el = await mount(adapter, { customerId: sparse.id, conversations: [] });
    await shown(el);
    expect(textOf(part(el, 'header'))).to.include('Local time not known').and.include('Language not known').and.include('No preferred route');
    expect(textOf(part(el, 'identities'))).to.include('No identities linked.');
    const value = textOf(part(el, 'value'));
    expect(value).to.include('Customer since Not known').and.include('Churn risk Not known').and.include('No social reach data from the desktop.');
    expect(value).to.include('No followers or reach score from the desktop: reach not known.');
    expect(value).to.include('Lifetime value Not known').and.include('Tier Not known').and.include('No tier from the desktop');
    expect(textOf(part(el, 'cases'))).to.include('No open cases.');
    expect(textOf(part(el, 'orders'))).to.include('No orders on record.');
    expect(textOf(part(el, 'offers'))).to.include('No offers for this customer.');
    expect(textOf(part(el, 'history'))).to.include('No conversations on record.');
    await expect(el).to.be.accessible();
  });

  it('lays out as a narrow sidebar at 320 px and below and as a wide panel from 40rem, without overflowing', async () => {
    const adapter = demo();
    const columns = (el: Element) => getComputedStyle($(el as never, '.grid')!).gridTemplateColumns.split(' ').length;
    const narrow = await mount(adapter, { customerId: MARCUS }, 300);
    await shown(narrow);
    expect(columns(narrow)).to.equal(1);
    expect(getComputedStyle($(narrow, '.consent')!).flexDirection).to.equal('column');
    expect(narrow.scrollWidth).to.be.at.most(narrow.clientWidth);
    const wide = await mount(adapter, { customerId: MARCUS }, 900);
    await shown(wide);
    expect(columns(wide)).to.equal(2);
    expect(getComputedStyle($(wide, '.consent')!).flexDirection).to.equal('row');
    expect(wide.scrollWidth).to.be.at.most(wide.clientWidth);
    await expect(narrow).to.be.accessible();
  });

  it('finds the customer from an interaction, and another id aborts what was loading', async () => {
    const adapter = demo({ latency: 50 });
    const el = await mount(adapter, {});
    el.interaction = { id: 'i-1', channel: 'x', direction: 'inbound', customerAddress: '@MarcusTechTalk', customerId: MARCUS, attributes: {}, receivedAt: NOW.toISOString(), state: 'offered' };
    el.customerId = DANA; // wins over the interaction's customer
    await shown(el);
    expect(el.customer!.id).to.equal(DANA);
    el.customerId = undefined;
    await until(() => el.customer?.id === MARCUS, 'the interaction’s customer');
    el.interaction = { ...el.interaction!, id: 'i-2', customerId: undefined, customerAddress: '@brennanstudio', channel: 'instagram' };
    await until(() => part(el, 'candidate'), 'the candidates for the address');
    expect(textOf(part(el, 'candidate'))).to.include('Olivia Brennan').and.include('78% confidence');
  });

  it('keeps hostile strings and URLs inert, absurd numbers readable, and 5 000 cases paged', async () => {
    const dataset = builtInDataset(NOW);
    const evil = '<img src=x onerror="window.__pwned=1">\u202Egnp.exe\u202C Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359a\u035A\u035B\u035C\u035D\u035E\u035F\u0360lgo';
    const hostile: Customer = {
      ...dataset.customers[0]!,
      id: 'cust-hostile',
      name: `${evil} ${'W'.repeat(10_000)}`,
      avatarUrl: 'javascript:window.__pwned=1',
      record: { system: '<b>crm</b>', type: 'Contact', id: '"><script>window.__pwned=1</script>', url: 'javascript:window.__pwned=1' },
      value: { tier: 'vip', lifetimeValue: 1e15, currency: 'GBP', since: '2019-01-01T00:00:00Z' },
      // Followers of -1 never reach it: the boundary rejects them (test/adapters/boundary-numbers.test.ts).
      influence: { followers: Number.MAX_SAFE_INTEGER, verified: true },
      identities: [{ channel: 'x', handle: evil, verified: false, evidence: { method: 'inferred', source: '<i>matcher</i>', linkedAt: NOW.toISOString(), confidence: 0.4, note: evil } }],
      openCases: Array.from({ length: 5_000 }, (_, i) => ({ id: `C${i}`, subject: i % 2 ? evil : `Case ${i}`, status: 'open' as const, priority: 'normal' as const, openedAt: NOW.toISOString(), url: 'javascript:window.__pwned=1' })),
      offers: [{ id: 'o1', title: evil, reason: evil }],
    };
    dataset.customers.push(hostile);
    const adapter = createDemoAdapter({ dataset, latency: 0, now: clock, initialInteraction: false });
    const el = await mount(adapter, { customerId: hostile.id }, 300);
    await shown(el);
    const all = deepAll(el.shadowRoot!);
    expect(all.filter((e) => e.localName === 'img' || e.localName === 'script' || e.localName === 'b' || e.localName === 'i')).to.deep.equal([]);
    expect(all.filter((e) => e.hasAttribute('onerror'))).to.deep.equal([]);
    expect(all.filter((e) => /javascript:/i.test(e.getAttribute('href') ?? '') || /javascript:/i.test(e.getAttribute('src') ?? ''))).to.deep.equal([]);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(part(el, 'name')!.textContent).to.include('<img src=x onerror=');
    expect(part(el, 'name')!.getAttribute('dir')).to.equal('auto');
    expect(part(el, 'name')!.getBoundingClientRect().height, 'the long name is clamped').to.be.below(120);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(textOf(part(el, 'value'))).to.include('£10,000,000,000,000.00');
    expect(textOf(part(el, 'standing')), 'an absurd follower count stays readable').to.include('followers');
    expect(textOf(part(el, 'cases'))).to.include('Open cases (5,000)').and.include('1–10 of 5,000');
    expect($$(el, '[part~="case"]')).to.have.length(10);
    await expect(el).to.be.accessible();
  });
});
