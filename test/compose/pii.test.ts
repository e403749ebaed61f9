import { expect } from '@open-wc/testing';
import { findPii, ibanValid, luhn } from '../../src/compose/pii.js';

const kinds = (text: string) => findPii(text).map((f) => [f.kind, f.text]);

describe('findPii', () => {
  it('finds card numbers that pass Luhn, spaced or dashed, and ignores digit runs that fail it', () => {
    expect(luhn('4111111111111111')).to.equal(true);
    expect(luhn('4111111111111112')).to.equal(false);
    expect(kinds('my card is 4111 1111 1111 1111 exp 09/27')).to.deep.equal([['card', '4111 1111 1111 1111']]);
    expect(kinds('5500-0000-0000-0004')).to.deep.equal([['card', '5500-0000-0000-0004']]);
    expect(kinds('4111 1111 1111 1112')).to.deep.equal([]);
    expect(kinds('0000 0000 0000 0000')).to.deep.equal([]);
  });

  it('leaves order, reference and tracking numbers alone even when they pass Luhn', () => {
    expect(kinds('Your order number 4539 1488 0343 6467 has shipped')).to.deep.equal([]);
    expect(kinds('Order #4539148803436467')).to.deep.equal([]);
    expect(kinds('ticket 1234567890123')).to.deep.equal([]);
  });

  it('finds IBANs that pass mod-97 and rejects ones that do not', () => {
    expect(ibanValid('GB82WEST12345698765432')).to.equal(true);
    expect(ibanValid('GB82WEST12345698765433')).to.equal(false);
    expect(ibanValid('DE89370400440532013000')).to.equal(true);
    expect(kinds('IBAN GB82 WEST 1234 5698 7654 32 OK')).to.deep.equal([['iban', 'GB82 WEST 1234 5698 7654 32']]);
    expect(kinds('pay to DE89 3704 0044 0532 0130 00')).to.deep.equal([['iban', 'DE89 3704 0044 0532 0130 00']]);
    expect(kinds('GB82 WEST 1234 5698 7654 33')).to.deep.equal([]);
  });

  it('finds email addresses', () => {
    expect(kinds('email dana.k@example.co.uk please')).to.deep.equal([['email', 'dana.k@example.co.uk']]);
    expect(kinds('@NorthwindHelp thanks')).to.deep.equal([]);
  });

  it('finds phone numbers, international and national', () => {
    const found = kinds('call +44 20 7946 0018, 020 7946 0018, (555) 123-4567, 555-123-4567 or 07700 900123');
    expect(found.map(([k]) => k)).to.deep.equal(['phone', 'phone', 'phone', 'phone', 'phone']);
    expect(found.map(([, t]) => t)).to.deep.equal(['+44 20 7946 0018', '020 7946 0018', '(555) 123-4567', '555-123-4567', '07700 900123']);
  });

  it('does not take dates, times, amounts or references for phone numbers', () => {
    expect(kinds('On 2024-05-01 at 10:30, 01/05/2024, 12.05.2024, 1,234,567 orders')).to.deep.equal([]);
    expect(kinds('Ref: 020 7946 0018')).to.deep.equal([]);
  });

  it('finds US Social Security and UK National Insurance numbers, only in valid ranges', () => {
    expect(kinds('ssn 123-45-6789')).to.deep.equal([['national-id', '123-45-6789']]);
    expect(kinds('000-12-3456 666-12-3456 900-12-3456 123-00-4567')).to.deep.equal([]);
    expect(kinds('NI AB 12 34 56 C')).to.deep.equal([['national-id', 'AB 12 34 56 C']]);
    expect(kinds('NI AB123456C')).to.deep.equal([['national-id', 'AB123456C']]);
    expect(kinds('QQ 12 34 56 C and GB 12 34 56 A')).to.deep.equal([]);
  });

  it('gives spans into the text and labels for the agent', () => {
    const text = 'mail me at dana@example.com';
    const [finding] = findPii(text);
    expect(text.slice(finding!.start, finding!.end)).to.equal('dana@example.com');
    expect(finding!.label).to.equal('Email address');
  });
});
