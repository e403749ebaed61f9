/** The port boundary's numbers with a meaning: counts, money, lengths of time. */
import { expect } from '@open-wc/testing';
import type { CustomerInput } from '../../src/model/index.js';
import { InvalidDataError, createAdapter } from '../../src/ports/index.js';

const base: CustomerInput = { id: 'cu-1', record: { system: 'crm', type: 'Contact', id: 42 }, name: 'Dana Kim' };
const order = (amount: unknown) => ({ id: 'o-1', product: 'Router', status: 'shipped', amount, currency: 'GBP', date: '2026-11-02T08:00:00Z' });

/** The problems the boundary finds in a customer, as "path problem" lines; [] when it is accepted. */
async function problems(customer: Record<string, unknown>): Promise<string[]> {
  const adapter = createAdapter({ customers: { getCustomer: async () => ({ ...base, ...customer }) as CustomerInput } });
  try {
    await adapter.customers!.getCustomer('cu-1');
    return [];
  } catch (error) {
    if (!(error instanceof InvalidDataError)) throw error;
    return error.issues.map((issue) => `${issue.path} ${issue.problem}`);
  }
}

describe('port boundary: counts and money', () => {
  it('takes followers as a non-negative whole number, and says what else came', async () => {
    expect(await problems({ influence: { followers: 248_600, verified: true } })).to.deep.equal([]);
    expect(await problems({ influence: { followers: 0, verified: false } })).to.deep.equal([]);
    expect(await problems({ influence: { followers: -1, verified: true } })).to.deep.equal([
      'influence.followers must be a non-negative whole number, got the number -1 (not known? leave it out rather than send a negative number)',
    ]);
    expect(await problems({ influence: { followers: 2.5, verified: true } })).to.deep.equal(['influence.followers must be a non-negative whole number, got the number 2.5']);
    expect(await problems({ influence: { followers: Number.NaN, verified: true } })).to.deep.equal([
      'influence.followers must be a non-negative whole number, got the number NaN (NaN: a calculation went wrong, or a value could not be parsed)',
    ]);
    expect(await problems({ influence: { followers: Infinity, verified: true } })).to.deep.equal(['influence.followers must be a non-negative whole number, got the number Infinity (too large to be exact)']);
    expect(await problems({ influence: { followers: 2 ** 53, verified: true } })).to.deep.equal([
      'influence.followers must be a non-negative whole number, got the number 9007199254740992 (too large to be exact)',
    ]);
    expect(await problems({ influence: { followers: '1200', verified: true } })).to.deep.equal([
      'influence.followers must be a non-negative whole number, got the string "1200" (a number in a string: send the number itself)',
    ]);
  });

  it('takes lifetime value and order totals as whole minor units from 0, and reports every bad one together', async () => {
    expect(await problems({ value: { lifetimeValue: 184_000, currency: 'GBP' }, orders: [order(0), order(1800)] })).to.deep.equal([]);
    expect(await problems({ value: { lifetimeValue: 1e15, currency: 'GBP' } }), 'absurd but exact').to.deep.equal([]);
    const money = 'must be an amount in minor units of its currency (pence, cents): a non-negative whole number, got the number';
    expect(await problems({ value: { lifetimeValue: Number.NaN, currency: 'GBP' }, orders: [order(12.5), order(-300), order(Infinity)] })).to.deep.equal([
      `value.lifetimeValue ${money} NaN (NaN: a calculation went wrong, or a value could not be parsed)`,
      `orders[0].amount ${money} 12.5 (major units? send 1250 for 12.5 in a currency with two decimals)`,
      `orders[1].amount ${money} -300 (not known? leave it out rather than send a negative number)`,
      `orders[2].amount ${money} Infinity (too large to be exact)`,
    ]);
  });

  it('takes channel limits as counts and reply windows as non-negative numbers', async () => {
    const adapter = createAdapter({
      conversations: {
        getConversation: async () => ({
          id: 'c-1',
          status: 'open',
          createdAt: '2026-11-02T08:00:00Z',
          updatedAt: '2026-11-02T08:00:00Z',
          channels: [{ id: 'x', kind: 'x', public: true, capabilities: { maxLength: -280, replyWindow: { hours: Number.NaN, reason: 'x' }, attachments: { allowed: true, maxCount: 1.5, types: [] } } }],
        }),
        loadMessages: async () => ({ messages: [], nextCursor: null }),
      },
    });
    const error = await adapter.conversations!.getConversation('c-1').then(
      () => undefined,
      (e: unknown) => e as InvalidDataError,
    );
    expect(error?.issues.map((issue) => issue.path)).to.deep.equal(['channels[0].capabilities.maxLength', 'channels[0].capabilities.replyWindow.hours', 'channels[0].capabilities.attachments.maxCount']);
  });
});
