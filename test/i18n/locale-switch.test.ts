import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/index.js';
import { createDemoAdapter } from '../../src/adapters/demo/index.js';
import type { CxDesk } from '../../src/components/desk/desk.js';
import { catalogueFor, isLocaleReady, registerLocale } from '../../src/i18n/registry.js';
import type { Message, SlaClock } from '../../src/model/index.js';
import { until } from '../helpers/until.js';

window.addEventListener(
  'error',
  (event) => {
    if (String(event.message).includes('ResizeObserver loop')) event.stopImmediatePropagation();
  },
  true,
);

const NOW = new Date('2026-11-20T15:00:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
const CLOCKS: SlaClock[] = [{ kind: 'first-response', startedAt: at(-60), dueAt: at(-20) }, { kind: 'resolution', startedAt: at(-60), dueAt: at(125) }];
const MESSAGE: Message = {
  id: 'm-1',
  conversationId: 'conv-003',
  channelId: 'x-public',
  author: { id: 'c-1', displayName: 'Tom Albright', role: 'customer' },
  visibility: 'public',
  text: 'Another outage.',
  createdAt: at(-90),
  attachments: [],
  delivery: 'sent',
  sentiment: { score: -0.5, label: 'negative', confidence: 0.8, source: 'built-in', drivers: [] },
};

/** The text a reader meets in an element: its own and its shadow tree's, slots and nested elements included. */
function deepText(root: Node): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out += `${node.textContent} `;
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return out.replace(/\s+/g, ' ').trim();
}

/** One string each element shows in a locale, from that locale's catalogue. */
const SHOWN: Record<string, (tag: string) => string> = {
  'cx-sentiment-badge': (tag) => catalogueFor(tag).terms.sentiment.negative,
  'cx-thread-message': (tag) => catalogueFor(tag).thread.role.customer,
  'cx-conversation-thread': (tag) => catalogueFor(tag).thread.channelFilter,
  'cx-composer': (tag) => catalogueFor(tag).composer.replyOn,
  'cx-move-to-private': (tag) => catalogueFor(tag).move.routesLegend,
  'cx-customer-360': (tag) => catalogueFor(tag).customer.identities,
  'cx-sla-clock': (tag) => catalogueFor(tag).pop.sla.kind['first-response'],
  'cx-screen-pop': (tag) => catalogueFor(tag).pop.idle,
};
const TAGS = Object.keys(SHOWN);

async function mountDesk(locale = 'en'): Promise<CxDesk> {
  const adapter = createDemoAdapter({ latency: 0, now: () => NOW, initialInteraction: false });
  const desk = await fixture<CxDesk>(html`<cx-desk .adapter=${adapter} locale=${locale} style="display: block; inline-size: 1100px">
    <cx-sentiment-badge score="-0.5"></cx-sentiment-badge>
    <cx-thread-message .message=${MESSAGE} .now=${NOW.getTime()}></cx-thread-message>
    <cx-conversation-thread conversation-id="conv-003" style="display: block; block-size: 420px"></cx-conversation-thread>
    <cx-composer conversation-id="conv-003" .now=${() => NOW}></cx-composer>
    <cx-move-to-private conversation-id="conv-003" agent-name="Aisha Bello" .now=${() => NOW} open></cx-move-to-private>
    <cx-customer-360 conversation-id="conv-003" .now=${() => NOW}></cx-customer-360>
    <cx-sla-clock .clocks=${CLOCKS} .now=${() => NOW}></cx-sla-clock>
    <cx-screen-pop .now=${() => NOW}></cx-screen-pop>
  </cx-desk>`);
  return desk;
}

const el = (desk: Element, tag: string) => desk.querySelector(tag)!;
const showsIn = (desk: Element, tag: string) => isLocaleReady(tag) && TAGS.every((name) => deepText(el(desk, name)).includes(SHOWN[name]!(tag)));

describe('switching language at run time', () => {
  it('every element changes its words when the desk goes en → es → ar, and turns right to left for Arabic', async () => {
    expect(isLocaleReady('es'), 'Spanish is loaded on first use, not before').to.equal(false);
    const desk = await mountDesk('en');
    await until(() => showsIn(desk, 'en'), 'every element in English');
    const english = Object.fromEntries(TAGS.map((tag) => [tag, deepText(el(desk, tag))]));
    for (const tag of TAGS) expect(getComputedStyle(el(desk, tag)).direction, tag).to.equal('ltr');

    desk.locale = 'es';
    await until(() => isLocaleReady('es') && showsIn(desk, 'es'), 'every element in Spanish');
    const spanish = Object.fromEntries(TAGS.map((tag) => [tag, deepText(el(desk, tag))]));
    for (const tag of TAGS) {
      expect(spanish[tag], `${tag} changed its words`).not.to.equal(english[tag]);
      expect(el(desk, tag).getAttribute('lang'), tag).to.equal('es');
      expect(el(desk, tag).getAttribute('dir'), tag).to.equal('ltr');
    }
    expect(deepText(el(desk, 'cx-composer'))).to.include('Enviar');
    expect(deepText(el(desk, 'cx-sentiment-badge'))).to.include('Negativo');

    desk.locale = 'ar';
    await until(() => isLocaleReady('ar') && showsIn(desk, 'ar'), 'every element in Arabic');
    for (const tag of TAGS) {
      const text = deepText(el(desk, tag));
      expect(text, `${tag} changed its words`).not.to.equal(spanish[tag]);
      expect(text, `${tag} shows Arabic script`).to.match(/[\u0600-\u06FF]/);
      expect(el(desk, tag).getAttribute('dir'), tag).to.equal('rtl');
      expect(getComputedStyle(el(desk, tag)).direction, tag).to.equal('rtl');
    }
    expect(desk.getAttribute('dir')).to.equal('rtl');
    expect(deepText(el(desk, 'cx-composer'))).to.include('إرسال');

    desk.locale = 'en';
    await until(() => showsIn(desk, 'en'), 'back in English');
    for (const tag of TAGS) expect(getComputedStyle(el(desk, tag)).direction, tag).to.equal('ltr');
  });

  it('an element’s own locale wins over the desk’s, and a dir the page sets is kept', async () => {
    const desk = await mountDesk('es');
    const badge = el(desk, 'cx-sentiment-badge') as HTMLElement & { locale?: string };
    badge.locale = 'de';
    const clock = el(desk, 'cx-sla-clock') as HTMLElement & { locale?: string };
    clock.setAttribute('dir', 'ltr');
    clock.locale = 'ar';
    await until(() => deepText(badge).includes('Negativ ') || deepText(badge).endsWith('Negativ'), 'the badge in German');
    expect(deepText(el(desk, 'cx-composer'))).to.satisfy((t: string) => t.includes('Responder en') || !t.includes('Reply on'));
    await until(() => deepText(clock).includes('الرد الأول'), 'the clock in Arabic');
    expect(clock.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(clock).direction).to.equal('ltr');
  });

  it('a host adds its own catalogue: missing keys fall back per key (region → language → English), and an override wins over Screenpop’s own words', async () => {
    registerLocale('fr', { composer: { send: 'Envoyer', replyOn: 'Répondre sur' }, terms: { sentiment: { negative: 'Négatif' } } });
    registerLocale('es-MX', { composer: { send: 'Mandar' } });
    const desk = await mountDesk('fr');
    const composer = el(desk, 'cx-composer');
    await until(() => deepText(composer).includes('Répondre sur') && deepText(composer).includes('Envoyer'), 'the host’s French words');
    expect(deepText(composer), 'a key French leaves out stays English').to.include(catalogueFor('en').composer.audience.public('X').split(' on ')[0]!);
    expect(deepText(el(desk, 'cx-sentiment-badge'))).to.include('Négatif');
    expect(deepText(el(desk, 'cx-thread-message')), 'a section French leaves out stays English').to.include('Customer');

    desk.locale = 'es-MX';
    await until(() => deepText(composer).includes('Mandar'), 'the host’s Mexican Spanish word');
    expect(deepText(composer), 'the rest comes from Screenpop’s Spanish').to.include('Responder en');
    expect(el(desk, 'cx-composer').getAttribute('lang')).to.equal('es-MX');
  });
});
