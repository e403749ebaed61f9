/**
 * The knowledge base and a forum thread speak the element's language: their words come from the
 * catalogue's `knowledge` and `forum` sections (es, de, ar shipped), switch at run time, and an error
 * in them is in that language too.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cx-desk.js';
import { createDemoAdapter } from '../../src/adapters/demo/index.js';
import type { CxDesk } from '../../src/components/desk/desk.js';
import type { CxKnowledge } from '../../src/components/knowledge/knowledge.js';
import { catalogueFor, isLocaleReady } from '../../src/i18n/registry.js';
import { $, button, knowledge, textOf, titles } from '../components/knowledge-harness.js';
import { mountForum, postText } from '../components/forum-harness.js';
import { until } from '../helpers/until.js';

const placeholder = (el: CxKnowledge) => $<HTMLInputElement>(el, 'input')?.placeholder;
const region = (el: CxKnowledge) => $(el, '[part="base"]')?.getAttribute('aria-label');

describe('<cx-knowledge> in other languages', () => {
  it('follows its own locale at run time (es → ar, right to left), suggestions, errors and Retry included', async () => {
    const adapter = createDemoAdapter({ latency: 0, initialInteraction: false });
    const conversation = adapter.demo.listConversations().find((c) => c.subject?.startsWith('Cobro duplicado'))!;
    adapter.demo.failNext('knowledge.suggest', 'error');
    const el = await knowledge({ adapter, conversationId: conversation.id, locale: 'es' });
    await until(() => isLocaleReady('es') && region(el) === 'Base de conocimiento', 'the knowledge base in Spanish');
    expect(placeholder(el)).to.equal('Buscar artículos…');
    await until(() => $(el, '[part="error"]'), 'the suggestions failing');
    expect(textOf(el, '[part="error"]'), 'the error in Spanish').to.contain('cargar los artículos sugeridos');
    expect(button(el, 'error-retry')!.textContent!.trim()).to.equal('Reintentar');
    button(el, 'error-retry')!.click();
    await until(() => titles(el).length > 0, 'the suggestions');
    expect(textOf(el, '[part="listing"]')).to.contain('Sugerencias para esta conversación');

    el.locale = 'ar';
    await until(() => isLocaleReady('ar') && region(el) === catalogueFor('ar').knowledge.label, 'the knowledge base in Arabic');
    expect(textOf(el, '[part="listing"]')).to.contain('مقترحات لهذه المحادثة');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(el).direction).to.equal('rtl');
  });

  it('takes the desk’s language when it has none of its own', async () => {
    const adapter = createDemoAdapter({ latency: 0, initialInteraction: false });
    const desk = await fixture<CxDesk>(html`<cx-desk .adapter=${adapter} locale="de"><cx-knowledge></cx-knowledge></cx-desk>`);
    const el = desk.querySelector('cx-knowledge')!;
    await until(() => isLocaleReady('de') && placeholder(el) === 'Artikel suchen…', 'the knowledge base in German');
    expect(region(el)).to.equal('Wissensdatenbank');
    desk.locale = 'en';
    await until(() => placeholder(el) === 'Search articles…', 'back in English');
  });
});

describe('a forum thread in other languages', () => {
  it('shows roles, ranks, kudos and badges in the thread’s language, switching at run time', async () => {
    const h = await mountForum({ conversationId: 'conv-036' });
    expect(postText(await h.show('m-036-03'))).to.include('Community advocate (volunteer, not staff)');
    h.el.locale = 'es';
    await until(() => isLocaleReady('es') && postText(h.post('m-036-03')).includes('Embajador de la comunidad'), 'the forum in Spanish');
    expect(postText(h.post('m-036-03'))).to.include('Rango: Community Champion (level 5)').and.include('Insignia: Top solution author').and.include('4 kudos');
    expect(h.post('m-036-03')!.getAttribute('aria-label')).to.include('Embajador de la comunidad');
    expect(postText(await h.show('m-036-01'))).to.include('Hizo la pregunta');

    h.el.locale = 'de';
    await h.show('m-036-05');
    await until(() => isLocaleReady('de') && postText(h.post('m-036-05')).includes('Moderation'), 'the forum in German');
    expect(postText(await h.show('m-036-01'))).to.include('Hat die Frage gestellt');
  });

  it('pins the accepted solution with its words in Arabic', async () => {
    const h = await mountForum({ conversationId: 'conv-010' });
    await h.show('m-010-01');
    h.el.locale = 'ar';
    const pinned = () => postText(h.post('m-010-01')!.querySelector('[part~="forum-pinned"]'));
    await until(() => isLocaleReady('ar') && pinned().includes('الحل المقبول'), 'the pinned solution in Arabic');
    expect(pinned()).to.include('فريق العمل').and.include('انتقل إلى الإجابة في المحادثة');
    expect(h.el.getAttribute('dir')).to.equal('rtl');
  });
});
