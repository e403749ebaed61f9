import { expect } from '@open-wc/testing';
import { decodeTlds } from '../../src/compose/links.js';
import { ADDED_TLDS, X_TLDS } from '../../src/compose/tlds.js';
import { loadIanaTlds, loadReference } from '../helpers/x-oracle.js';

/** The names of one of the reference's TLD patterns, `(?:(?:a|b|…)(?=…))`. */
const namesOf = (pattern: RegExp) => /^\(\?:\(\?:(.*?)\)\(\?=/.exec(pattern.source)![1]!.split('|');
const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

describe('generated TLD list (src/compose/tlds.ts)', () => {
  it('holds exactly the TLDs of X’s reference, so it is not stale (else run node scripts/x-tlds.js)', async () => {
    const { regexen } = await loadReference();
    const reference = sorted([...namesOf(regexen.validGTLD!), ...namesOf(regexen.validCCTLD!)]);
    expect(reference.length).to.be.greaterThan(1500);
    expect(sorted(decodeTlds(X_TLDS))).to.deep.equal(reference);
  });

  it('adds exactly the TLDs of today’s IANA list that the reference lacks', async () => {
    const iana = (await loadIanaTlds()).map((name) => name.toLowerCase());
    const known = new Set(decodeTlds(X_TLDS));
    expect(iana.length).to.be.greaterThan(1400);
    expect(sorted(decodeTlds(ADDED_TLDS))).to.deep.equal(sorted(iana.filter((name) => !known.has(name))));
  });

  it('decodes the front coding', () => {
    expect(decodeTlds('0aaa2rp1b0中国')).to.deep.equal(['aaa', 'aarp', 'ab', '中国']);
  });
});
