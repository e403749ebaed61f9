/**
 * Personal data in a reply that is about to be posted publicly. Plain TypeScript, no DOM.
 *
 * Each detector checks what it can (Luhn for cards, mod-97 for IBANs, issuing rules for US SSNs and UK
 * National Insurance numbers), and numbers introduced as an order, reference, invoice, tracking, ticket or
 * case number are left alone, as are dates and times (they never take a phone number's shape here).
 */

export type PiiKind = 'card' | 'iban' | 'email' | 'phone' | 'national-id';

export interface PiiFinding {
  kind: PiiKind;
  /** [start, end) in the text. */
  start: number;
  end: number;
  /** The matched text as written. */
  text: string;
  /** What it is, for the agent: "Payment card number", "US Social Security number". */
  label: string;
}

/** "order 123…", "ref: …", "tracking #…": the number that follows is not personal data. */
const REFERENCE_BEFORE = /\b(?:order|ref|reference|invoice|tracking|ticket|case|confirmation|booking)\s*(?:no\.?|number|num|id|#)?\s*[:#]?\s*$/i;

const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
const EMAIL = /(?<![\w.+-])[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/gi;
const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\d-])/g;
const NINO = /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/gi;
const PHONES = [
  // International: +44 20 7946 0018, +1 (555) 123-4567.
  /(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,6}(?![\d])/g,
  // North American: (555) 123-4567, 555-123-4567, 555.123.4567.
  /(?<![\w(-])(?:\(\d{3}\) ?|\d{3}[.-])\d{3}[.-]\d{4}(?![\d-])/g,
  // National with a trunk 0: 020 7946 0018, 07700 900123, 0612345678.
  /(?<![\w-])0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}(?![\d-])/g,
];

/** Country → IBAN length, for the countries agents meet most; others are checked by mod-97 alone. */
const IBAN_LENGTHS: Record<string, number> = {
  AT: 20, BE: 16, CH: 21, CZ: 24, DE: 22, DK: 18, ES: 24, FI: 18, FR: 27, GB: 22, GR: 27, HU: 28, IE: 22,
  IT: 27, LU: 20, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SK: 24,
};

const digits = (s: string) => s.replace(/\D/g, '');

/** The Luhn checksum that every payment card number passes. */
export function luhn(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let d = number.charCodeAt(number.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 must be 1. */
export function ibanValid(compact: string): boolean {
  const iban = compact.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const known = IBAN_LENGTHS[iban.slice(0, 2)];
  if (known !== undefined && iban.length !== known) return false;
  let rest = 0;
  for (const ch of iban.slice(4) + iban.slice(0, 4)) {
    const value = ch >= 'A' ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48;
    rest = (rest * (value > 9 ? 100 : 10) + value) % 97;
  }
  return rest === 1;
}

/** Major industry identifiers of card networks (2 Mastercard 2-series, 3 Amex/Diners/JCB, 4 Visa, 5, 6). */
const cardLike = (n: string) => /^[2-6]/.test(n) && !/^(\d)\1+$/.test(n);

function isReference(text: string, start: number): boolean {
  return REFERENCE_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

function* matches(re: RegExp, text: string): Generator<{ start: number; text: string }> {
  for (const m of text.matchAll(re)) yield { start: m.index, text: m[0] };
}

function ibans(text: string): PiiFinding[] {
  const found: PiiFinding[] = [];
  for (const m of matches(IBAN, text)) {
    // The pattern may run on into the next word; try the longest valid prefix, whole groups first.
    for (let end = m.text.length; end >= 15; end--) {
      const candidate = m.text.slice(0, end).trimEnd();
      if (candidate.length !== end) continue;
      if (ibanValid(candidate.replace(/ /g, ''))) {
        found.push({ kind: 'iban', start: m.start, end: m.start + end, text: candidate, label: 'Bank account number (IBAN)' });
        break;
      }
    }
  }
  return found;
}

/** Personal data in `text`, in reading order; where two kinds overlap the stronger check wins. */
export function findPii(text: string): PiiFinding[] {
  const all: PiiFinding[] = [...ibans(text)];
  const add = (kind: PiiKind, label: string, re: RegExp, accept: (s: string, start: number) => boolean = () => true) => {
    for (const m of matches(re, text)) {
      if (accept(m.text, m.start)) all.push({ kind, start: m.start, end: m.start + m.text.length, text: m.text, label });
    }
  };
  add('card', 'Payment card number', CARD, (s, start) => {
    const n = digits(s);
    return cardLike(n) && luhn(n) && !isReference(text, start);
  });
  add('national-id', 'US Social Security number', SSN, (_, start) => !isReference(text, start));
  add('national-id', 'UK National Insurance number', NINO);
  add('email', 'Email address', EMAIL);
  for (const re of PHONES) {
    add('phone', 'Phone number', re, (s, start) => {
      const n = digits(s);
      // Part of a longer run of digit groups ("0000 0000 0000 0000") is not a phone number.
      const inRun = /\d[ -]?$/.test(text.slice(0, start)) || /^[ -]?\d/.test(text.slice(start + s.length));
      return n.length >= 9 && n.length <= 15 && !/^(\d)\1+$/.test(n) && !inRun && !isReference(text, start);
    });
  }
  // Earlier entries are the stronger checks: keep the first of any overlapping findings.
  const kept: PiiFinding[] = [];
  for (const f of all) if (!kept.some((k) => f.start < k.end && f.end > k.start)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}
