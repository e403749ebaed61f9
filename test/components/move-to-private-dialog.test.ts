// The dialog: focus in and back, Escape keeps the texts, the checks on both texts, a secure link, a callback, announcements, axe, RTL, dark.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CxMoveToPrivate } from '../../src/components/move-to-private/move-to-private.js';
import { channel } from '../../src/model/index.js';
import { nextEvent } from '../helpers/events.js';
import { until } from '../helpers/until.js';
import { $, confirmButton, HOUR, mountMove, openMove, scene, stored, textOf, typeInto, without } from './move-harness.js';

const xPublic = () => channel('x-public', 'x', true, 'X (public reply)');
const xDm = () => channel('x-dm', 'x', false, 'X (DM)');
/** What the live regions say (one inside the dialog while it is open, one outside when it is closed). */
const statusText = (el: CxMoveToPrivate) => [...el.shadowRoot!.querySelectorAll('[role="status"]')].map((n) => n.textContent ?? '').join(' ').trim();
const inDialog = (el: CxMoveToPrivate) => !!el.shadowRoot!.activeElement && el.shadowRoot!.querySelector('dialog')!.contains(el.shadowRoot!.activeElement);

describe('<cx-move-to-private> dialog', () => {
  it('moves focus in, returns it to the trigger, and Escape cancels keeping the edited texts', async () => {
    const s = scene([xPublic(), xDm()], [['x-public', 'customer', HOUR]]);
    const el = await mountMove(s);
    const trigger = $<HTMLButtonElement>(el, '[part~="trigger"]')!;
    trigger.focus();
    await openMove(el);
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
    await until(() => inDialog(el), 'focus inside the dialog');
    expect(el.shadowRoot!.activeElement!.id, 'on the chosen route').to.equal('route-dm');
    expect(statusText(el)).to.contain('choose the route');
    await typeInto(el, 'acknowledgement', 'Hi {firstName}, check your DMs.');
    $<HTMLTextAreaElement>(el, 'textarea#acknowledgement')!.focus();
    await sendKeys({ press: 'Escape' });
    await until(() => !el.open, 'Escape closes the dialog');
    expect(el.shadowRoot!.activeElement, 'focus back on the trigger').to.equal(trigger);
    await until(() => statusText(el).includes('Your texts are kept'), 'the cancel announced');
    expect((await stored(s)).filter((m) => m.author.role !== 'customer'), 'nothing sent').to.have.length(0);
    await openMove(el);
    expect($<HTMLTextAreaElement>(el, 'textarea#acknowledgement')!.value).to.equal('Hi {firstName}, check your DMs.');
    $<HTMLButtonElement>(el, '[part~="close"]')!.click();
    await until(() => !el.open, 'Cancel closes it');
    expect(el.shadowRoot!.activeElement).to.equal(trigger);
  });

  it('returns focus to what opened it from outside (a host button calling show())', async () => {
    const s = scene([xPublic()], [['x-public', 'customer', HOUR]]);
    const host = await fixture<HTMLDivElement>(html`<div><button id="mine">Private…</button><cx-move-to-private .adapter=${s.demo} conversation-id=${s.conversation.id}></cx-move-to-private></div>`);
    const el = host.querySelector('cx-move-to-private')!;
    const mine = host.querySelector<HTMLButtonElement>('#mine')!;
    mine.focus();
    mine.addEventListener('click', () => el.show());
    mine.click();
    await until(() => inDialog(el), 'focus inside the dialog');
    el.close();
    await until(() => document.activeElement === mine, 'focus back on the host’s button');
  });

  it('blocks personal data in the public text, with no way to post it anyway', async () => {
    const s = scene([xPublic(), xDm()], [['x-public', 'customer', HOUR]]);
    const el = await mountMove(s);
    await openMove(el);
    await typeInto(el, 'acknowledgement', 'Hi {firstName}, your refund went to card 4111 1111 1111 1111.');
    let requests = 0;
    el.addEventListener('cx-move-to-private-request', () => (requests += 1));
    for (let press = 0; press < 2; press += 1) {
      confirmButton(el).click();
      await until(() => $(el, '[part~="acknowledgement"] [part~="findings"] [data-kind="pii"]'), 'the personal data finding');
      await until(() => !confirmButton(el).disabled, 'the check is over');
      expect($(el, '[part~="acknowledgement"] [part~="findings"]')!.dataset['blocked']).to.equal('true');
      expect(textOf(el, '[part~="acknowledgement"] [part~="findings"]')).to.contain('can’t go public').and.not.contain('1111 1111');
      expect(confirmButton(el).textContent, 'no "anyway"').to.not.contain('anyway');
    }
    expect(requests).to.equal(0);
    await typeInto(el, 'acknowledgement', 'Hi {firstName}, we’ve sent you a DM about the refund.');
    const moved = nextEvent(el, 'cx-moved-to-private');
    confirmButton(el).click();
    await moved;
    expect(requests).to.equal(1);
  });

  it('asks again after a tone finding in either text, and moves on the second press', async () => {
    const s = scene([xPublic(), xDm()], [['x-public', 'customer', HOUR]]);
    const el = await mountMove(s);
    await openMove(el);
    await typeInto(el, 'opening', 'Great, another complaint. Love dealing with this.');
    confirmButton(el).click();
    await until(() => $(el, '[part~="opening"] [part~="findings"] [data-kind="tone"]'), 'the tone finding on the private message');
    await until(() => confirmButton(el).textContent!.includes('Move anyway'), 'a second press moves anyway');
    const moved = nextEvent(el, 'cx-moved-to-private');
    confirmButton(el).click();
    expect((await moved).request!.privateMessage).to.contain('another complaint');
  });

  it('creates a secure link once for the route, puts it in the public text, and names it in the request', async () => {
    const s = scene([channel('forum', 'forum', true, 'Community forum')], [['forum', 'customer', HOUR]], { noCustomer: true });
    const el = await mountMove(s);
    await openMove(el);
    expect($<HTMLInputElement>(el, '#route-secure-link')!.checked, 'the only route').to.equal(true);
    await until(() => textOf(el, '[part~="acknowledgement"] [part~="preview"]').includes('https://northwind.example.com/secure/'), 'the link in the public text');
    const request = nextEvent(el, 'cx-move-to-private-request');
    const moved = nextEvent(el, 'cx-moved-to-private');
    confirmButton(el).click();
    const asked = (await request).request;
    expect(asked.secureLinkId).to.be.a('string');
    const done = await moved;
    expect(done.privateConversationId).to.not.equal(s.conversation.id);
    const opened = await stored(s, done.privateConversationId!);
    expect(opened.find((m) => m.clientId === `${asked.clientId}:private`)).to.include({ visibility: 'private' });
  });

  it('without createSecureLink the route says the host can’t; a link that fails to be made shows Retry', async () => {
    const s = scene([xPublic()], [['x-public', 'customer', HOUR]], { noCustomer: true });
    let el = await mountMove(s, { adapter: without(s.demo, 'secureLink') });
    await openMove(el);
    expect($(el, '[part~="unavailable"] [data-route="secure-link"]')!.dataset['why']).to.equal('host-cannot');
    s.demo.demo.failNext('conversations.createSecureLink', 'error');
    el = await mountMove(s);
    await openMove(el);
    $<HTMLInputElement>(el, '#route-secure-link')!.click();
    await until(() => $(el, '[part~="link-error"] [part~="error-retry"]'), 'the failed link with Retry');
    expect(textOf(el, '[part~="acknowledgement"] [part~="problems"]')).to.contain('{secureLink}');
    $<HTMLButtonElement>(el, '[part~="link-error"] [part~="error-retry"]')!.click();
    await until(() => textOf(el, '[part~="acknowledgement"] [part~="preview"]').includes('https://'), 'the link made on Retry');
  });

  it('calls back through the host’s click-to-dial, or gives a tel: link without it', async () => {
    const s = scene([xPublic()], [['x-public', 'customer', HOUR]], { customer: { consent: { preferred: 'phone', dm: false } } });
    let el = await mountMove(s);
    await openMove(el);
    expect($<HTMLInputElement>(el, '#route-phone')!.checked, 'the customer’s preferred route').to.equal(true);
    expect($(el, 'textarea#opening'), 'a call has no private message').to.equal(null);
    let moved = nextEvent(el, 'cx-moved-to-private');
    confirmButton(el).click();
    await moved;
    await until(() => $(el, 'button[part~="call"]'), 'Call with the host’s phone');
    $<HTMLButtonElement>(el, 'button[part~="call"]')!.click();
    await until(() => s.demo.demo.dialled.length === 1, 'the host dialled');
    expect(s.demo.demo.dialled[0]).to.include({ phone: '+44 20 7946 0018', conversationId: s.conversation.id });

    const t = scene([xPublic()], [['x-public', 'customer', HOUR]], { customer: { consent: { preferred: 'phone' } } });
    el = await mountMove(t, { adapter: without(t.demo, 'dial') });
    await openMove(el);
    expect(textOf(el, 'label[for="route-phone"]')).to.not.contain('from your phone');
    moved = nextEvent(el, 'cx-moved-to-private');
    confirmButton(el).click();
    await moved;
    await until(() => $(el, 'a[part~="call"]'), 'a tel: link');
    expect($(el, 'a[part~="call"]')!.getAttribute('href')).to.equal('tel:+442079460018');
  });

  it('without moveToPrivate says the desktop can’t, unless the host takes the request', async () => {
    const s = scene([xPublic(), xDm()], [['x-public', 'customer', HOUR]]);
    const el = await mountMove(s, { adapter: without(s.demo, 'move') });
    await openMove(el);
    confirmButton(el).click();
    await until(() => $(el, '[data-outcome="unsupported"]'), 'the desktop can’t');
    expect(textOf(el, '.outcome')).to.contain('can’t move conversations');
  });

  it('announces each step’s outcome, and opens the private conversation the move made', async () => {
    const s = scene([xPublic()], [['x-public', 'customer', HOUR]]);
    const el = await mountMove(s);
    await openMove(el);
    $<HTMLInputElement>(el, '#route-email')!.click();
    await el.updateComplete;
    s.demo.demo.failNext('conversations.moveToPrivate.audit', 'error');
    confirmButton(el).click();
    await until(() => statusText(el).includes('Activity logged: Failed'), 'the steps announced');
    expect(statusText(el)).to.contain('Public acknowledgement: Done');
    const moved = nextEvent(el, 'cx-moved-to-private');
    $<HTMLButtonElement>(el, '[data-action="retry"]')!.click();
    const id = (await moved).privateConversationId!;
    await until(() => statusText(el).includes('Moved to private'), 'the move announced');
    await until(() => $(el, '[part~="open"]'), 'Open the private conversation');
    const open = nextEvent(el, 'cx-conversation-open');
    $<HTMLButtonElement>(el, '[part~="open"]')!.click();
    const event = await open;
    expect(event).to.include({ conversationId: id, channel: 'email' });
    expect(event.composed && event.bubbles).to.equal(true);
  });

  it('is accessible open, with problems and findings, in right-to-left and the dark theme', async () => {
    const s = scene([xPublic(), xDm()], [['x-public', 'customer', HOUR]]);
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl" style="--cx-color-text:#e7eaf0;--cx-color-text-muted:#aeb6c4;--cx-color-surface:#171b23;--cx-color-surface-raised:#222833;--cx-color-border:#4a5366;--cx-color-focus:#8ab4ff;--cx-color-accent:#8ab4ff;--cx-color-warning:#ffcf7a;background:#171b23">
      <cx-move-to-private .adapter=${s.demo} conversation-id=${s.conversation.id}></cx-move-to-private>
    </div>`);
    const el = page.querySelector('cx-move-to-private')!;
    await expect(el).to.be.accessible();
    await openMove(el);
    await expect(el).to.be.accessible();
    await typeInto(el, 'acknowledgement', 'Card {nope} 4111 1111 1111 1111');
    confirmButton(el).click();
    await until(() => !confirmButton(el).disabled && $(el, '[part~="problems"]'), 'problems shown');
    await expect(el).to.be.accessible();
    const box = $(el, 'textarea#acknowledgement')!.getBoundingClientRect();
    const label = $(el, 'label[for="acknowledgement"]')!.getBoundingClientRect();
    expect(Math.round(label.right), 'right to left: the label starts at the right edge').to.be.closeTo(Math.round(box.right), 2);
  });
});
