import { expect } from '@open-wc/testing';
import { channel } from '../../src/model/index.js';
import { nextEvent } from '../helpers/events.js';
import { until } from '../helpers/until.js';
import { $, $$, confirmButton, DAY, HOUR, mountMove, openMove, scene, stepStatus, stored, textOf, typeInto, without } from './move-harness.js';

const xPublic = () => channel('x-public', 'x', true, 'X (public reply)');
const xDm = () => channel('x-dm', 'x', false, 'X (DM)');
const fbComment = () => channel('fb-comment', 'facebook', true, 'Facebook (comment)');
const messenger = () => channel('fb-messenger', 'facebook', false, 'Messenger');

const offered = (el: HTMLElement) => $$<HTMLInputElement>(el, 'input[name="route"]').map((r) => r.id.replace('route-', ''));
const reasons = (el: HTMLElement) => Object.fromEntries($$(el, '[part~="unavailable"] li').map((li) => [li.dataset['route'], li.dataset['why']]));

describe('<cx-move-to-private>', () => {
  describe('routes', () => {
    it('offers a DM, e-mail, a callback and a secure link when the channel, the customer and the host allow them', async () => {
      const s = scene([xPublic()], [['x-public', 'customer', HOUR]]);
      const el = await mountMove(s);
      await openMove(el);
      await until(() => offered(el).length === 4, 'every route offered');
      expect(offered(el)).to.deep.equal(['dm', 'email', 'phone', 'secure-link']);
      expect(textOf(el, 'label[for="route-dm"]')).to.contain('opens X (DM)');
      expect(textOf(el, 'label[for="route-email"]')).to.contain('dana.whitfield@example.com');
      expect(textOf(el, 'label[for="route-phone"]')).to.contain('from your phone');
      expect($(el, '[part~="unavailable"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('lists each route it can’t offer with why: no consent, no address, the host can’t', async () => {
      const s = scene([xPublic()], [['x-public', 'customer', HOUR]], { customer: { phone: undefined, consent: { email: false, dm: false } } });
      const el = await mountMove(s, { adapter: without(s.demo, 'secureLink', 'dial') });
      await openMove(el);
      await until(() => $(el, '[part~="unavailable"] [data-route="email"]'), 'the customer loaded');
      expect(reasons(el)).to.deep.equal({ dm: 'no-consent', email: 'no-consent', phone: 'no-address', 'secure-link': 'host-cannot' });
      expect(textOf(el, '[part~="unavailable"]')).to.contain('doesn’t take direct messages').and.contain('No consent to e-mail').and.contain('No phone number on record')
        .and.contain('can’t create secure links');
      expect(textOf(el, '[part~="no-route"]')).to.contain('No private route');
      expect(confirmButton(el), 'nothing to confirm').to.equal(null);
    });

    it('works without a customer: the DM and the secure link, e-mail and phone without an address', async () => {
      const s = scene([xPublic(), xDm()], [['x-public', 'customer', HOUR]], { noCustomer: true });
      const el = await mountMove(s);
      await openMove(el);
      expect(offered(el)).to.deep.equal(['dm', 'secure-link']);
      expect(reasons(el)).to.deep.equal({ email: 'no-address', phone: 'no-address' });
      expect(textOf(el, 'label[for="route-dm"]')).to.contain('on X (DM)');
    });

    it('follows the platform: the one private reply to a Facebook comment used, a comment too old, a forum without DMs', async () => {
      const used = scene([fbComment(), messenger()], [['fb-comment', 'customer', 2 * DAY], ['fb-messenger', 'agent', 2 * DAY - HOUR]]);
      let el = await mountMove(used);
      await openMove(el);
      expect(reasons(el)['dm']).to.equal('private-reply-used');
      expect(textOf(el, '[part~="unavailable"] [data-route="dm"]')).to.contain('already replied privately');

      const old = scene([fbComment()], [['fb-comment', 'customer', 9 * DAY]]);
      el = await mountMove(old);
      await openMove(el);
      expect(reasons(el)['dm']).to.equal('window-closed');
      expect(textOf(el, '[part~="unavailable"] [data-route="dm"]')).to.contain('within 7 days');

      const forum = scene([channel('forum', 'forum', true, 'Community forum')], [['forum', 'customer', HOUR]]);
      el = await mountMove(forum);
      await openMove(el);
      expect(reasons(el)['dm']).to.equal('no-dm');
      expect(offered(el)).to.deep.equal(['email', 'phone', 'secure-link']);
    });

    it('says when a conversation is already private, and offers nothing to send', async () => {
      const s = scene([xDm()], [['x-dm', 'customer', HOUR]]);
      const el = await mountMove(s);
      await openMove(el);
      expect(textOf(el, '.already')).to.contain('already private');
      expect(confirmButton(el)).to.equal(null);
    });
  });

  describe('texts', () => {
    it('prefills both texts from the route’s templates, with the customer’s name and the agent’s signature, within X’s 280', async () => {
      const s = scene([xPublic(), xDm()], [['x-public', 'customer', HOUR], ['x-public', 'agent', HOUR / 2]]);
      const el = await mountMove(s);
      await openMove(el);
      expect($<HTMLTextAreaElement>(el, 'textarea#acknowledgement')!.value).to.equal('Hi {firstName}, we’ve sent you a DM so we can help with your account privately. ^{agentInitials}');
      expect(textOf(el, '[part~="acknowledgement"] [part~="preview"]')).to.contain('Hi Dana, we’ve sent you a DM so we can help with your account privately. ^SO');
      expect(textOf(el, '[part~="acknowledgement"] [part~="counter"]')).to.match(/^\d+ of 280 characters left$/);
      expect(textOf(el, '[part~="opening"] [part~="preview"]')).to.contain('Hi Dana, this is Sam Okafor');
    });

    it('adds the platform’s DM link when the host gives one (https only)', async () => {
      const s = scene([xPublic(), xDm()], [['x-public', 'customer', HOUR]]);
      const el = await mountMove(s, { agentName: 'Sam Okafor', dmLinks: { x: 'https://x.com/messages/compose?recipient_id=42' } });
      await openMove(el);
      expect(textOf(el, '[part~="acknowledgement"] [part~="preview"]')).to.contain('message us here: https://x.com/messages/compose?recipient_id=42 ^SO');
      el.dmLinks = { x: 'javascript:alert(1)' };
      await el.updateComplete;
      expect(textOf(el, '[part~="acknowledgement"] [part~="preview"]')).to.not.contain('javascript').and.not.contain('message us here');
    });

    it('shows an unknown variable, or one with no value, as an error and never sends it', async () => {
      const s = scene([xPublic(), xDm()], [['x-public', 'customer', HOUR]]);
      const el = await mountMove(s);
      await openMove(el);
      await typeInto(el, 'acknowledgement', 'Hi {customerNmae}, see case {caseId}.');
      const problems = $$(el, '[part~="acknowledgement"] [part~="problems"] li').map((li) => li.dataset['problem']);
      expect(problems).to.deep.equal(['unknown', 'missing']);
      expect(textOf(el, '[part~="acknowledgement"] [part~="problems"]')).to.contain('{customerNmae}').and.contain('no open case');
      expect($(el, 'textarea#acknowledgement')!.getAttribute('aria-invalid')).to.equal('true');
      let asked = 0;
      el.addEventListener('cx-move-to-private-request', () => (asked += 1));
      confirmButton(el).click();
      await until(() => el.shadowRoot!.activeElement?.id === 'acknowledgement', 'the text with the problem takes the focus');
      expect(asked).to.equal(0);
      expect((await stored(s)).filter((m) => m.author.role === 'agent')).to.have.length(0);
    });

    it('inserts hostile names and handles as text: no HTML, no bidi tricks, no template read from them, a long name cut', async () => {
      const hostile = '<img src=x onerror=alert(1)>\u202E{agentName}' + 'x'.repeat(10_000);
      const s = scene([xPublic(), xDm()], [['x-public', 'customer', HOUR]], { customer: { name: hostile } });
      const el = await mountMove(s);
      await openMove(el);
      expect(textOf(el, '[part~="summary"]')).to.contain('<img');
      const first = $(el, '[part~="acknowledgement"] [part~="preview"] q')!.textContent!;
      expect(first.length, 'the prefilled text fits X').to.be.below(280);
      await typeInto(el, 'acknowledgement', 'Hi {customerName} ({handle})');
      const preview = $(el, '[part~="acknowledgement"] [part~="preview"] q')!;
      expect(preview.querySelector('img')).to.equal(null);
      expect(preview.textContent).to.contain('<img').and.contain('{agentName}').and.not.contain('\u202E').and.not.contain('Sam');
      expect(preview.textContent!.length).to.be.below(300);
      expect(textOf(el, '[part~="acknowledgement"] [part~="problems"]'), 'a name is not a template').to.equal('');
      expect(textOf(el, '[part~="acknowledgement"] [part~="counter"]')).to.match(/characters left/);
    });
  });

  it('moves in one confirmation: the public acknowledgement, the DM, the conversations linked, an activity — then cx-moved-to-private', async () => {
    const s = scene([xPublic()], [['x-public', 'customer', HOUR]]);
    const el = await mountMove(s, { agentName: 'Sam Okafor' });
    await openMove(el);
    const request = nextEvent(el, 'cx-move-to-private-request');
    const moved = nextEvent(el, 'cx-moved-to-private');
    confirmButton(el).click();
    const asked = (await request).request;
    expect(asked).to.include({ conversationId: s.conversation.id, route: 'dm' });
    expect(asked.publicAcknowledgement).to.deep.equal({ channelId: 'x-public', text: 'Hi Dana, we’ve sent you a DM so we can help with your account privately. ^SO' });
    const done = await moved;
    expect(done.request).to.equal(asked);
    expect(done.result.steps.map((x) => `${x.step}:${x.status}`)).to.deep.equal(['public-acknowledgement:done', 'private-channel:done', 'link:done', 'audit:done']);
    expect(done.result.channel).to.include({ id: 'x-dm', public: false });
    await until(() => textOf(el, '.outcome').includes('Moved to private'), 'the outcome');
    expect(stepStatus(el, 'private-channel')).to.equal('done');
    const messages = await stored(s);
    expect(messages.filter((m) => m.clientId === `${asked.clientId}:ack`)).to.have.length(1);
    expect(messages.find((m) => m.clientId === `${asked.clientId}:private`)).to.include({ channelId: 'x-dm', visibility: 'private', text: asked.privateMessage });
    expect(messages.filter((m) => m.event?.type === 'moved-to-private')).to.have.length(1);
    expect(s.demo.demo.activities).to.have.length(1);
  });
});
