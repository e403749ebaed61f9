/**
 * Personal data in a reply that is about to be posted publicly. Plain TypeScript, no DOM.
 *
 * Each detector checks what it can (Luhn for cards, mod-97 for IBANs, issuing rules for US SSNs and UK
 * National Insurance numbers). What is not the customer's is left alone: anything inside a link; numbers
 * introduced as an order, reference, invoice, tracking, ticket or case number or by a carrier's name; dates
 * and times (they never take a phone number's shape here); the brand's own numbers (`serviceNumbers`,
 * toll-free and non-geographic service formats, and numbers the reply gives as "call us on …"); and the
 * brand's addresses (`serviceDomains`, and role accounts such as support@, abuse@ or reportphish@).
 */
import { findUrls } from './length.js';

export type PiiKind = 'card' | 'iban' | 'email' | 'phone' | 'national-id';

/** The rule that found it: the kind, with national ids told apart. */
export type PiiRule = Exclude<PiiKind, 'national-id'> | 'national-id-us' | 'national-id-uk';

export interface PiiOptions {
  /** The brand's own phone numbers, in any format. */
  serviceNumbers?: readonly string[] | undefined;
  /** The brand's e-mail domains, e.g. `northwind.example.com`. */
  serviceDomains?: readonly string[] | undefined;
  /**
   * Where phone numbers may be ([start, end) spans); the hand-written patterns by default. Every candidate
   * then goes through the same rules (references, service numbers, links). The bench plugs a library in here.
   */
  findPhones?: ((text: string) => { start: number; end: number }[]) | undefined;
}

export interface PiiFinding {
  kind: PiiKind;
  rule: PiiRule;
  /** [start, end) in the text. */
  start: number;
  end: number;
  /** The matched text as written. */
  text: string;
  /** What it is, for the agent: "Payment card number", "US Social Security number". */
  label: string;
}

/** "order 123…", "ref: …", "tracking #…", "UPS 1Z…", "#123…": the number that follows is not personal data. */
const REFERENCE_BEFORE =
  /(?:\b(?:order|ref|reference|invoice|receipt|tracking|parcel|package|shipment|consignment|waybill|awb|ticket|case|incident|claim|request|req|confirmation|booking|transaction|serial|model|item|sku|ups|usps|fedex|dhl|dpd|evri|hermes|gls|tnt|royal mail|parcelforce)\s*(?:no\.?|number|num|id|#)?\s*[:#]?|#)\s*$/i;

/** "call us on …", "our helpline: …": a number the brand gives as its own. */
const BRAND_BEFORE =
  /(?:\b(?:call|ring|phone|text|contact|reach|dial|message)\s+us\b|\bour\s+(?:[\p{L}-]+\s+){0,3}(?:number|numbers|line|lines|helpline|hotline|team|desk|office|store|shop|branch|centre|center)\b)[^.!?\n]{0,24}$/iu;

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
  // International with 00: 0044 7911 123456.
  /(?<![\w+])00[1-9]\d{0,2}(?:[ .-]?\d{2,5}){2,5}(?![\d])/g,
  // National with a trunk 0: 020 7946 0018, 07700 900123, 0612345678, 098765 43210.
  /(?<![\w-])0\d{2,5}[ -]?\d{3,5}(?:[ -]?\d{3,4})?(?![\d-])/g,
  // National in pairs (France and others): 06 12 34 56 78.
  /(?<![\w-])0\d(?:[ .]\d{2}){4}(?![\d-])/g,
];

/** Country → IBAN length, for the countries agents meet most; others are checked by mod-97 alone. */
const IBAN_LENGTHS: Record<string, number> = {
  AT: 20, BE: 16, CH: 21, CZ: 24, DE: 22, DK: 18, ES: 24, FI: 18, FR: 27, GB: 22, GR: 27, HU: 28, IE: 22,
  IT: 27, LU: 20, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SK: 24,
};

const digits = (s: string) => s.replace(/\D/g, '');

/**
 * Toll-free and non-geographic service numbers, which only businesses have: North American 8xx toll-free,
 * international freephone (+800), UK 0800/0808, 03, 084x and 087x, Irish 1800/1850/1890, Australian 1800,
 * 1300 and 13 xx xx, Indian 1800, French 080x, German 0800/0180x, Dutch, Spanish and Italian freephone.
 */
export function isServiceNumber(written: string): boolean {
  const n = digits(written);
  const intl = written.trim().startsWith('+');
  if (intl && n.startsWith('800')) return true;
  const nanp = n.length === 11 && n.startsWith('1') ? n.slice(1) : n;
  if (nanp.length === 10 && /^8(?:00|33|44|55|66|77|88)/.test(nanp)) return true;
  const uk = intl ? (n.startsWith('44') ? n.slice(2) : undefined) : n.startsWith('0') ? n.slice(1) : undefined;
  if (uk !== undefined && /^(?:80[08]|3\d|84[345]|87[0-3])/.test(uk) && (intl || n.startsWith('0'))) return true;
  if (!intl && /^(?:1[38]00|18[59]0)\d{6}$|^13\d{4}$/.test(n)) return true;
  if (!intl && /^0(?:80[0-9]|180\d|900)/.test(n)) return true;
  if (!intl && /^(?:90[012]|80[03])\d{6}$/.test(n)) return true;
  return false;
}

/** Words an e-mail role account is made of ("support", "reportphish", "no-reply", "customerservice"). */
const ROLE_WORDS = new Set(
  'abuse account accounts admin alerts billing care careers complaint complaints contact customer customers desk do dpo enquiries feedback fraud gdpr hello help helpdesk host hr info inquiries jobs legal mail master media news newsletter no not notifications office orders phish phishing post press privacy reply report returns sales security service services spam spoof support team us web'.split(' '),
);

/** Whether a token is made entirely of role words ("reportphish" = report + phish). */
function roleToken(token: string, from = 0): boolean {
  if (from === token.length) return true;
  for (let end = token.length; end > from + 1; end--) if (ROLE_WORDS.has(token.slice(from, end)) && roleToken(token, end)) return true;
  return false;
}

/** A brand's address rather than a person's: a role account, or one of the brand's domains. */
function isServiceAddress(address: string, domains: readonly string[]): boolean {
  const [local = '', domain = ''] = address.toLowerCase().split('@');
  if (domains.some((d) => domain === d.toLowerCase() || domain.endsWith(`.${d.toLowerCase()}`))) return true;
  const tokens = local.split(/[._+-]+/).filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => roleToken(t));
}

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

/** Phone-number candidates by the hand-written patterns (international, North American, national with a trunk 0). */
export function phoneCandidates(text: string): { start: number; end: number }[] {
  return PHONES.flatMap((re) => [...matches(re, text)].map((m) => ({ start: m.start, end: m.start + m.text.length })));
}

function ibans(text: string): PiiFinding[] {
  const found: PiiFinding[] = [];
  for (const m of matches(IBAN, text)) {
    // The pattern may run on into the next word; try the longest valid prefix, whole groups first.
    for (let end = m.text.length; end >= 15; end--) {
      const candidate = m.text.slice(0, end).trimEnd();
      if (candidate.length !== end) continue;
      if (ibanValid(candidate.replace(/ /g, ''))) {
        found.push({ kind: 'iban', rule: 'iban', start: m.start, end: m.start + end, text: candidate, label: 'Bank account number (IBAN)' });
        break;
      }
    }
  }
  return found;
}

/** Whether `n` is one of the brand's numbers: the same digits, or the same last nine (one written with a country code). */
function isBrandNumber(n: string, serviceNumbers: readonly string[]): boolean {
  return serviceNumbers.some((s) => {
    const d = digits(s);
    return d === n || (d.length >= 9 && n.length >= 9 && d.slice(-9) === n.slice(-9));
  });
}

/** Personal data in `text`, in reading order; where two kinds overlap the stronger check wins. */
export function findPii(text: string, options: PiiOptions = {}): PiiFinding[] {
  const services = options.serviceNumbers ?? [];
  const all: PiiFinding[] = [...ibans(text)];
  const add = (rule: PiiRule, label: string, re: RegExp, accept: (s: string, start: number) => boolean = () => true) => {
    const kind: PiiKind = rule.startsWith('national-id') ? 'national-id' : (rule as PiiKind);
    for (const m of matches(re, text)) {
      if (accept(m.text, m.start)) all.push({ kind, rule, start: m.start, end: m.start + m.text.length, text: m.text, label });
    }
  };
  add('card', 'Payment card number', CARD, (s, start) => {
    const n = digits(s);
    return cardLike(n) && luhn(n) && !isReference(text, start);
  });
  add('national-id-us', 'US Social Security number', SSN, (_, start) => !isReference(text, start));
  add('national-id-uk', 'UK National Insurance number', NINO);
  add('email', 'Email address', EMAIL, (s) => !isServiceAddress(s, options.serviceDomains ?? []));
  for (const { start, end } of (options.findPhones ?? phoneCandidates)(text)) {
    const s = text.slice(start, end);
    const n = digits(s);
    // Part of a longer run of digit groups ("0000 0000 0000 0000") is not a phone number.
    const inRun = /\d[ -]?$/.test(text.slice(0, start)) || /^[ -]?\d/.test(text.slice(end));
    if (n.length < 9 || n.length > 15 || /^(\d)\1+$/.test(n) || inRun || isReference(text, start)) continue;
    if (isServiceNumber(s) || isBrandNumber(n, services) || BRAND_BEFORE.test(text.slice(Math.max(0, start - 60), start))) continue;
    all.push({ kind: 'phone', rule: 'phone', start, end, text: s, label: 'Phone number' });
  }
  // Nothing inside a link is the customer's data (archive timestamps, ids in paths, addresses in queries).
  const links = findUrls(text);
  const outside = all.filter((f) => !links.some((l) => f.start < l.end && f.end > l.start));
  // Earlier entries are the stronger checks: keep the first of any overlapping findings.
  const kept: PiiFinding[] = [];
  for (const f of outside) if (!kept.some((k) => f.start < k.end && f.end > k.start)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}
