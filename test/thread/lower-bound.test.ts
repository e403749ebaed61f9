import { expect } from '@open-wc/testing';
import { lowerBound } from '../../src/internal/lower-bound.js';

describe('lowerBound', () => {
  const sorted = [1, 3, 3, 3, 7, 9];
  const at = (key: number) => lowerBound(sorted, (n) => n < key);

  it('finds the first item not before the key, equal ones included', () => {
    expect([0, 1, 2, 3, 4, 7, 8, 9, 10].map(at)).to.deep.equal([0, 0, 1, 1, 4, 4, 5, 5, 6]);
  });

  it('with "at or before" finds the first item after the key', () => {
    expect(lowerBound(sorted, (n) => n <= 3)).to.equal(4);
  });

  it('searches only inside [from, to)', () => {
    expect(lowerBound(sorted, (n) => n < 3, 2, 5)).to.equal(2);
    expect(lowerBound(sorted, (n) => n < 100, 1, 4)).to.equal(4);
    expect(lowerBound([], () => true)).to.equal(0);
  });

  it('agrees with a linear scan on every key of a long list', () => {
    const long = Array.from({ length: 500 }, (_, i) => Math.floor(i / 3));
    for (let key = -1; key <= 170; key += 1) {
      expect(lowerBound(long, (n) => n < key), `key ${key}`).to.equal(long.findIndex((n) => n >= key) === -1 ? long.length : long.findIndex((n) => n >= key));
    }
  });
});
