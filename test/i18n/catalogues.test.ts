import { expect } from '@open-wc/testing';
import { enCatalogue, mergeCatalogue, type PartialCatalogue } from '../../src/i18n/catalogue.js';
import ar from '../../src/i18n/locales/ar.js';
import de from '../../src/i18n/locales/de.js';
import es from '../../src/i18n/locales/es.js';
import { formatDuration, plural } from '../../src/i18n/plural.js';

const SHIPPED: Record<string, PartialCatalogue> = { es, de, ar };

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const kind = (v: unknown) => (typeof v === 'function' ? 'function' : Array.isArray(v) ? 'array' : isPlainObject(v) ? 'object' : typeof v);

/**
 * Every key of `reference` missing from `other`, every key `other` has that `reference` lacks, and every
 * key whose kind differs (a string where English has a function…), as dotted paths.
 */
function compare(reference: unknown, other: unknown, path = ''): { missing: string[]; extra: string[]; wrongKind: string[] } {
  const out = { missing: [] as string[], extra: [] as string[], wrongKind: [] as string[] };
  if (!isPlainObject(reference) || !isPlainObject(other)) return out;
  for (const [key, value] of Object.entries(reference)) {
    const at = path ? `${path}.${key}` : key;
    if (!(key in other) || other[key] === undefined) out.missing.push(at);
    else if (kind(value) !== kind(other[key])) out.wrongKind.push(`${at} (${kind(other[key])}, English has ${kind(value)})`);
    else {
      const inner = compare(value, other[key], at);
      out.missing.push(...inner.missing);
      out.extra.push(...inner.extra);
      out.wrongKind.push(...inner.wrongKind);
    }
  }
  for (const key of Object.keys(other)) if (!(key in reference)) out.extra.push(path ? `${path}.${key}` : key);
  return out;
}

describe('catalogues', () => {
  for (const [tag, catalogue] of Object.entries(SHIPPED)) {
    it(`${tag} has exactly the keys English has, each of the same kind (a missing key is named here: translate it in src/i18n/locales/${tag}.ts)`, () => {
      const { missing, extra, wrongKind } = compare(enCatalogue, catalogue);
      expect(missing, `${tag}: missing keys`).to.deep.equal([]);
      expect(extra, `${tag}: keys English does not have`).to.deep.equal([]);
      expect(wrongKind, `${tag}: keys of another kind`).to.deep.equal([]);
    });

    it(`${tag} translates: no string is left in English where English is a sentence`, () => {
      const same: string[] = [];
      const walk = (reference: unknown, other: unknown, path: string) => {
        if (typeof reference === 'string' && reference === other && /[a-z]{3,} [a-z]{3,}/.test(reference)) same.push(path);
        if (isPlainObject(reference) && isPlainObject(other)) for (const key of Object.keys(reference)) walk(reference[key], other[key], `${path}.${key}`);
      };
      walk(enCatalogue, catalogue, tag);
      expect(same).to.deep.equal([]);
    });
  }

  it('the comparison names what is missing and what is extra (so a new English key shows up as missing everywhere)', () => {
    const english = { thread: { forum: { reply: 'Reply', topic: 'Topic' }, retry: 'Retry' } };
    const other = { thread: { forum: { reply: 'Responder' }, retry: 'Reintentar', extraKey: 'x' } };
    expect(compare(english, other)).to.deep.equal({ missing: ['thread.forum.topic'], extra: ['thread.extraKey'], wrongKind: [] });
    expect(compare({ a: () => 'x' }, { a: 'x' }).wrongKind).to.deep.equal(['a (string, English has function)']);
  });

  it('Arabic plurals use all six Intl.PluralRules categories: zero, one, two, few, many, other', () => {
    const rules = new Intl.PluralRules('ar');
    const samples = [0, 1, 2, 3, 11, 100];
    expect(samples.map((n) => rules.select(n))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
    const words = samples.map((n) => ar.thread!.newMessages!(n));
    expect(new Set(words).size, words.join(' | ')).to.equal(6);
    expect(ar.thread!.newMessages!(2)).to.equal('رسالتان جديدتان');
    expect(ar.thread!.newMessages!(1)).to.equal('رسالة جديدة');
    const conversations = samples.map((n) => ar.customer!.conversations!(n));
    expect(new Set(conversations).size).to.equal(6);
  });

  it('Spanish and German plurals follow Intl.PluralRules (one / other), numbers grouped the locale’s way', () => {
    expect(es.thread!.newMessages!(1)).to.equal('1 mensaje nuevo');
    expect(es.thread!.newMessages!(3)).to.equal('3 mensajes nuevos');
    expect(de.composer!.staleCount!(1)).to.equal('Eine neue Nachricht');
    expect(de.composer!.staleCount!(12_000)).to.equal('12.000 neue Nachrichten');
    expect(es.composer!.charactersLeft!(1500, 25_000)).to.equal('Quedan 1500 de 25.000 caracteres');
    expect(plural('en')(1, { one: '# item', other: '# items' })).to.equal('1 item');
    expect(plural('en')(1234, { one: '# item', other: '# items' })).to.equal('1,234 items');
  });

  it('durations go through Intl in every locale but English', () => {
    const ms = (2 * 60 + 5) * 60_000;
    expect(formatDuration(ms, 'de')).to.equal(new Intl.ListFormat('de', { type: 'unit', style: 'narrow' }).format([
      new Intl.NumberFormat('de', { style: 'unit', unit: 'hour', unitDisplay: 'short' }).format(2),
      new Intl.NumberFormat('de', { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(5),
    ]));
    expect(formatDuration(45_000, 'es')).to.equal(new Intl.NumberFormat('es', { style: 'unit', unit: 'second', unitDisplay: 'short' }).format(45));
    expect(formatDuration(3 * 3_600_000, 'ar')).to.equal(new Intl.NumberFormat('ar', { style: 'unit', unit: 'hour', unitDisplay: 'short' }).format(3));
  });

  it('the reply rules say why a channel is closed in the composer’s language, with Intl durations', () => {
    expect(es.composer!.rules!.lastWrote!(es.composer!.rules!.duration!(45 * 60_000))).to.equal('El cliente escribió aquí por última vez hace 45 minutos.');
    expect(de.composer!.rules!.duration!(26 * 3_600_000)).to.equal('26 Stunden');
    expect(enCatalogue.composer.rules.duration(9 * 86_400_000)).to.equal('9 days');
    expect(ar.composer!.rules!.privateExpired!(7, ar.composer!.rules!.duration!(9 * 86_400_000))).to.match(/^لا يُسمح بالرد الخاص/);
  });

  it('merging a partial catalogue keeps English for every key it leaves out', () => {
    const merged = mergeCatalogue(enCatalogue, { composer: { send: 'Envoyer', announce: { sent: 'Réponse envoyée.' } } });
    expect(merged.composer.send).to.equal('Envoyer');
    expect(merged.composer.announce.sent).to.equal('Réponse envoyée.');
    expect(merged.composer.announce.sending).to.equal(enCatalogue.composer.announce.sending);
    expect(merged.composer.replyOn).to.equal('Reply on');
    expect(merged.thread).to.equal(enCatalogue.thread);
    expect(enCatalogue.composer.send).to.equal('Send');
  });
});
