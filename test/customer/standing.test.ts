import { expect } from '@open-wc/testing';
import { assessStanding, describeStanding, standingPriorityReason, STANDING_RULES } from '../../src/customer/standing.js';
import type { Customer } from '../../src/model/index.js';

const NOW = new Date('2026-11-20T15:00:00Z');
const yearsAgo = (years: number) => new Date(NOW.getTime() - years * 365.25 * 86_400_000).toISOString();
const customer = (value: Partial<Customer['value']>, influence?: Customer['influence']): Pick<Customer, 'value' | 'influence'> => ({
  value: { tier: 'standard', lifetimeValue: 0, currency: 'GBP', ...value },
  ...(influence ? { influence } : {}),
});

describe('the reach / risk indicator', () => {
  it('bands followers and the host’s reach score, takes the higher, and a verified account raises it one level', () => {
    expect(assessStanding(customer({}, { followers: 99_999, verified: false }), NOW).reach).to.equal('medium');
    expect(assessStanding(customer({}, { followers: STANDING_RULES.followers.high, verified: false }), NOW).reach).to.equal('high');
    expect(assessStanding(customer({}, { followers: 9_999, verified: false }), NOW).reach).to.equal('low');
    expect(assessStanding(customer({}, { followers: 500, verified: false, reach: 72 }), NOW).reach).to.equal('high');
    expect(assessStanding(customer({}, { followers: 12_000, verified: true }), NOW).reach).to.equal('high');
    expect(assessStanding(customer({}), NOW).reach).to.equal('unknown');
  });

  it('does not count followers that cannot be right, and says so', () => {
    const standing = assessStanding(customer({}, { followers: -1, verified: true }), NOW);
    expect(standing.reach).to.equal('unknown');
    expect(standing.factors.map((f) => f.kind)).to.deep.equal(['followers-invalid', 'no-reach-data', 'tier']);
    expect(describeStanding(standing, 'en-GB').factors[0]).to.equal('Followers not known (the desktop sent -1); not counted.');
  });

  it('takes a missing tier as standard value and says the desktop gave none', () => {
    const standing = assessStanding({ value: {} }, NOW);
    expect(standing.value).to.equal('standard');
    expect(standing.tier).to.equal(undefined);
    const words = describeStanding(standing, 'en-GB');
    expect(words.headline).to.include('Tier not known');
    expect(words.factors).to.include('No tier from the desktop: standard value.');
  });

  it('values the tier, raised one level by 5 years or more', () => {
    expect(assessStanding(customer({ tier: 'gold', since: yearsAgo(9) }), NOW).value).to.equal('high');
    expect(assessStanding(customer({ tier: 'gold', since: yearsAgo(2) }), NOW).value).to.equal('medium');
    expect(assessStanding(customer({ tier: 'vip' }), NOW).value).to.equal('high');
    expect(assessStanding(customer({ tier: 'silver', since: '2999-01-01T00:00:00Z' }), NOW).years, 'a future date is not known').to.equal(undefined);
  });

  it('explains every factor it used and sums them up in one line', () => {
    const words = describeStanding(assessStanding(customer({ tier: 'gold', since: yearsAgo(9), churnRisk: 'high' }, { followers: 210_000, verified: true }), NOW), 'en-GB');
    expect(words.headline).to.equal('High reach: 210k followers, verified; Gold, 9 years; churn risk high');
    expect(words.factors).to.deep.equal([
      '210,000 followers: high reach (100,000 or more).',
      'Verified account: reach is already high.',
      'Gold tier: medium value.',
      'Customer for 9 years: 5 years or more raises value one level.',
      'Churn risk high: stands out.',
    ]);
  });

  it('offers a priority reason only when something stands out', () => {
    expect(standingPriorityReason(customer({ tier: 'standard', churnRisk: 'low' }, { followers: 120, verified: false }), { now: NOW })).to.equal(null);
    expect(standingPriorityReason(customer({ tier: 'silver' }, { followers: 48_000, verified: false }), { now: NOW, locale: 'en-GB' })).to.deep.equal({
      kind: 'reach',
      text: 'Medium reach: 48k followers; Silver',
    });
    expect(standingPriorityReason(customer({ tier: 'platinum' }), { now: NOW })?.kind).to.equal('value');
  });
});
