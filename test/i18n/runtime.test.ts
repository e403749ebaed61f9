/**
 * The locale runtime's `wordsFor`: an element gets, in its locale, only the English words it passed
 * (whole sections or some keys of one), so it never needs the whole catalogue.
 */
import { expect } from '@open-wc/testing';
import { composerEn } from '../../src/i18n/composer-terms.js';
import { movedEn } from '../../src/i18n/moved-terms.js';
import { catalogueFor, loadLocale, registerLocale } from '../../src/i18n/registry.js';
import { slaEn } from '../../src/i18n/sla-terms.js';
import { wordsFor } from '../../src/i18n/runtime.js';

describe('wordsFor: an element’s own words in a locale', () => {
  it('gives back only the sections and keys passed, translated once the locale has loaded', async () => {
    const english = { composer: composerEn, move: movedEn, pop: { sla: slaEn } };
    expect(wordsFor('es', english).composer.send, 'English until Spanish has loaded').to.equal(composerEn.send);
    await loadLocale('es');
    const words = wordsFor('es', english);
    expect(Object.keys(words).sort()).to.deep.equal(['composer', 'move', 'pop']);
    expect(Object.keys(words.move).sort(), 'three keys of move, not the dialog’s words').to.deep.equal(['continuesPrivately', 'openPrivate', 'openPublic']);
    expect(Object.keys(words.pop), 'only the SLA clock’s words of pop').to.deep.equal(['sla']);
    expect(words.move.openPrivate).to.equal(catalogueFor('es').move.openPrivate);
    expect(words.move.openPrivate).not.to.equal(movedEn.openPrivate);
    expect(words.pop.sla.kind.resolution).to.equal(catalogueFor('es').pop.sla.kind.resolution);
    expect(words.pop.sla.kind.resolution).not.to.equal(slaEn.kind.resolution);
    expect(words.composer.send).to.equal(catalogueFor('es').composer.send);
  });

  it('returns the same object until a catalogue changes, and the host’s words win per key', async () => {
    const english = { move: movedEn };
    await loadLocale('de');
    const first = wordsFor('de', english);
    expect(wordsFor('de', english), 'the same object while nothing changed').to.equal(first);
    registerLocale('de', { move: { openPublic: 'Zur öffentlichen Unterhaltung' }, composer: { send: 'Los' } });
    await loadLocale('de');
    const after = wordsFor('de', english);
    expect(after).not.to.equal(first);
    expect(after.move.openPublic).to.equal('Zur öffentlichen Unterhaltung');
    expect(after.move.openPrivate, 'the rest from Screenpop’s German').to.equal(first.move.openPrivate);
    expect(after, 'a section the element did not pass stays out').not.to.have.property('composer');
  });
});
