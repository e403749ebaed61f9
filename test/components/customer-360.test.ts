import { expect } from '@open-wc/testing';
import { $$, DANA, HARBOUR, INGRID, MARCUS, button, conversationsOf, demo, mount, part, shown, textOf } from './customer-360-harness.js';
import { until } from '../helpers/until.js';

describe('<cx-customer-360>', () => {
  it('shows the record: header, identities with evidence in words, value, cases, orders, offers, history', async () => {
    const adapter = demo();
    const el = await mount(adapter, { customerId: DANA, conversations: conversationsOf(adapter, DANA), agent: adapter.demo.agent });
    await shown(el);
    const header = textOf(part(el, 'header'));
    expect(header).to.include('Dana Whitfield');
    expect(header).to.include('Gold tier');
    expect(header).to.match(/Local time \w{3} \d\d:\d\d/);
    expect(header).to.include('Language: British English');
    expect(header).to.include('Prefers direct message');
    expect(header).to.include('Marketing not allowed');
    expect(header).to.include('E-mail allowed');
    const identities = $$(el, '[part~="identity"]').map(textOf);
    expect(identities.find((i) => i.includes('@dana_whit'))).to.include('Linked by an agent: Sam Rivera').and.include('90% confidence');
    expect(identities.find((i) => i.includes('dana.whitfield@example.com') && i.includes('Web chat'))).to.include('Verified login (web-chat)');
    expect(textOf(part(el, 'standing'))).to.include('Gold, 9 years');
    expect(textOf(part(el, 'cases'))).to.include('Broadband outage').and.include('Escalated').and.include('High priority');
    expect(textOf(part(el, 'orders'))).to.include('Full Fibre 500');
    expect(textOf(part(el, 'offers'))).to.include('Why: Line fault confirmed');
    await until(() => part(el, 'trend') && !textOf(part(el, 'trend')).includes('Loading'), 'the sentiment trend');
    expect(textOf(part(el, 'trend'))).to.include('Sentiment of the last 2 conversations').and.not.include('could not be loaded');
    expect(textOf(part(el, 'channels'))).to.include('X');
    await expect(el).to.be.accessible();
  });

  it('shows the reach indicator with every factor, and never reorders by it', async () => {
    const adapter = demo();
    const el = await mount(adapter, { customerId: MARCUS });
    await shown(el);
    const standing = textOf(part(el, 'standing'));
    expect(standing).to.include('High reach: 248.6k followers, verified; VIP, 6 years');
    expect(standing).to.include('248,600 followers: high reach (100,000 or more)');
    expect(standing).to.include('Reach score 91 of 100');
    expect(standing).to.include('Verified account');
    expect(standing).to.include('VIP tier: high value');
    expect(standing).to.include('Customer for 6 years');
    expect(standing).to.include('Churn risk low');
    expect($$(el, '[part~="vip"]')).to.have.length(1);
    expect(el.standing?.reach).to.equal('high');
  });

  it('flags a customer who may not be contacted, in words and a sign', async () => {
    const adapter = demo();
    const el = await mount(adapter, { customerId: INGRID });
    await shown(el);
    const flag = part(el, 'do-not-contact')!;
    expect(textOf(flag)).to.include('Do not contact').and.include('Reply only where the customer wrote');
    expect(flag.querySelector('.sign')!.textContent).to.equal('⊘');
    expect(textOf(part(el, 'consent'))).to.include('E-mail not allowed').and.include('Calls not allowed');
    await expect(el).to.be.accessible();
  });

  it('pages thousands of cases and orders', async () => {
    const adapter = demo();
    const el = await mount(adapter, { customerId: HARBOUR });
    await shown(el);
    expect(textOf(part(el, 'cases'))).to.include('Open cases (3,200)').and.include('1–10 of 3,200');
    expect($$(el, '[part~="case"]')).to.have.length(10);
    expect($$(el, '[part~="order"]')).to.have.length(10);
    button(el, 'Next', 'cases')!.click();
    await el.updateComplete;
    expect(textOf(part(el, 'cases'))).to.include('11–20 of 3,200');
  });
});
