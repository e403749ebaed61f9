// Exactly once: a move confirmed, failed in part (each step) or losing its answer, and retried, posts and sends each text once.
import { expect } from '@open-wc/testing';
import type { CxMoveToPrivate } from '../../src/components/move-to-private/move-to-private.js';
import { channel, type MoveStepName } from '../../src/model/index.js';
import { nextEvent } from '../helpers/events.js';
import { until } from '../helpers/until.js';
import { $, confirmButton, HOUR, mountMove, openMove, scene, stepStatus, stored, textOf, typeInto, type Scene } from './move-harness.js';

const emailScene = () => scene([channel('x-public', 'x', true, 'X (public reply)')], [['x-public', 'customer', HOUR]]);

/** What the move left in the demo host: acknowledgements, private messages, markers (both conversations), activities. */
async function tally(s: Scene, clientId: string) {
  const here = await stored(s);
  const opened = s.demo.demo.listConversations().find((c) => c.id !== s.conversation.id);
  const there = opened ? await stored(s, opened.id) : [];
  const all = [...here, ...there];
  return {
    acks: all.filter((m) => m.clientId === `${clientId}:ack`).length,
    privates: all.filter((m) => m.clientId === `${clientId}:private`).length,
    markers: all.filter((m) => m.event?.type === 'moved-to-private').length,
    activities: s.demo.demo.activities.length,
    conversations: s.demo.demo.listConversations().length,
  };
}

async function chooseEmail(el: CxMoveToPrivate): Promise<void> {
  $<HTMLInputElement>(el, '#route-email')!.click();
  await el.updateComplete;
}

describe('<cx-move-to-private> exactly once', () => {
  for (const step of ['public-acknowledgement', 'private-channel', 'link', 'audit'] as MoveStepName[]) {
    it(`retries only the failed step when ${step} fails, and never sends twice`, async () => {
      const s = emailScene();
      const el = await mountMove(s, { agentName: 'Sam Okafor' });
      await openMove(el);
      await chooseEmail(el);
      s.demo.demo.failNext(`conversations.moveToPrivate.${step}`, 'error');
      const request = nextEvent(el, 'cx-move-to-private-request');
      let movedEvents = 0;
      el.addEventListener('cx-moved-to-private', () => (movedEvents += 1));
      confirmButton(el).click();
      const { clientId } = (await request).request;
      await until(() => $(el, '[data-action="retry"]'), 'Retry after the failed step');
      expect(stepStatus(el, step)).to.equal('failed');
      // The agent reads plain words for the failed step; the host's own text only behind the disclosure.
      const failed = $(el, `[part~="steps"] [data-step="${step}"]`)!;
      const words = failed.querySelector('.error')?.textContent ?? '';
      expect(words).to.match(/^Couldn't .+ just now\. Try again\.$/);
      const shown = failed.cloneNode(true) as HTMLElement;
      shown.querySelector('details')?.remove();
      expect(shown.textContent, 'no host text in the words').to.not.contain('injected fault');
      expect(failed.querySelector('[part="error-detail"] pre')?.textContent).to.contain('The demo host').and.contain('injected fault');
      if (step === 'private-channel') expect(words).to.equal("Couldn't send the private message or open the private channel just now. Try again.");
      expect(el.shadowRoot!.activeElement?.getAttribute('data-action'), 'Retry takes the focus').to.equal('retry');
      expect(movedEvents, 'not finished yet').to.equal(0);
      expect($<HTMLTextAreaElement>(el, 'textarea#acknowledgement')!.readOnly, 'the texts that went out are fixed').to.equal(true);
      const moved = nextEvent(el, 'cx-moved-to-private');
      $<HTMLButtonElement>(el, '[data-action="retry"]')!.click();
      expect((await moved).request!.clientId, 'the same request').to.equal(clientId);
      await until(() => textOf(el, '.outcome').includes('Moved to private'), 'the move is done');
      expect(await tally(s, clientId)).to.deep.equal({ acks: 1, privates: 1, markers: 2, activities: 1, conversations: 2 });
      expect(movedEvents).to.equal(1);
    });
  }

  it('after a lost answer, Retry finds the move done: nothing twice', async () => {
    const s = emailScene();
    const el = await mountMove(s);
    await openMove(el);
    await chooseEmail(el);
    s.demo.demo.failNext('conversations.moveToPrivate', 'lost-response');
    const request = nextEvent(el, 'cx-move-to-private-request');
    confirmButton(el).click();
    const { clientId } = (await request).request;
    await until(() => $(el, '[part~="error"]'), 'the lost answer as an error');
    expect(textOf(el, '[part~="error"] p')).to.contain('Try again');
    expect(textOf(el, '.retry-note')).to.contain('nothing is sent twice');
    expect(await tally(s, clientId), 'the host did the work').to.deep.equal({ acks: 1, privates: 1, markers: 2, activities: 1, conversations: 2 });
    const moved = nextEvent(el, 'cx-moved-to-private');
    $<HTMLButtonElement>(el, '[data-action="retry"]')!.click();
    const result = (await moved).result;
    expect(result.privateConversationId).to.be.a('string');
    expect(await tally(s, clientId)).to.deep.equal({ acks: 1, privates: 1, markers: 2, activities: 1, conversations: 2 });
  });

  it('a failed step and then a lost answer on the retry: the next retry still sends nothing twice', async () => {
    const s = emailScene();
    const el = await mountMove(s);
    await openMove(el);
    await chooseEmail(el);
    s.demo.demo.failNext('conversations.moveToPrivate.private-channel', 'error');
    const request = nextEvent(el, 'cx-move-to-private-request');
    confirmButton(el).click();
    const { clientId } = (await request).request;
    await until(() => $(el, '[data-action="retry"]'), 'Retry after the failed step');
    s.demo.demo.failNext('conversations.moveToPrivate', 'lost-response');
    $<HTMLButtonElement>(el, '[data-action="retry"]')!.click();
    await until(() => $(el, '[part~="error"]'), 'the lost answer');
    const moved = nextEvent(el, 'cx-moved-to-private');
    $<HTMLButtonElement>(el, '[data-action="retry"]')!.click();
    await moved;
    expect(await tally(s, clientId)).to.deep.equal({ acks: 1, privates: 1, markers: 2, activities: 1, conversations: 2 });
  });

  it('a double press sends one request', async () => {
    const s = emailScene();
    const el = await mountMove(s);
    await openMove(el);
    let requests = 0;
    el.addEventListener('cx-move-to-private-request', () => (requests += 1));
    const moved = nextEvent(el, 'cx-moved-to-private');
    confirmButton(el).click();
    confirmButton(el).click();
    await moved;
    expect(requests).to.equal(1);
    expect((await stored(s)).filter((m) => m.author.role === 'agent' && m.visibility === 'public')).to.have.length(1);
  });

  it('the before-event cancels: the host runs the move, nothing is sent', async () => {
    const s = emailScene();
    const el = await mountMove(s);
    await openMove(el);
    el.addEventListener('cx-move-to-private-request', (e) => e.preventDefault());
    confirmButton(el).click();
    await until(() => $(el, '[data-outcome="handed-over"]'), 'the host takes the move over');
    expect(textOf(el, '.outcome')).to.contain('Your desktop is moving');
    expect((await stored(s)).filter((m) => m.author.role !== 'customer')).to.have.length(0);
    expect(confirmButton(el), 'no second request').to.equal(null);
  });

  it('a move started on one conversation finishes there when the element switches to another; the other gets a move of its own', async () => {
    const a = emailScene();
    const el = await mountMove(a, { agentName: 'Sam Okafor' });
    await openMove(el);
    await typeInto(el, 'acknowledgement', 'Hi {firstName}, we’ve e-mailed you.');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const move = a.demo.conversations!.moveToPrivate!;
    const slow = { ...a.demo, conversations: { ...a.demo.conversations!, moveToPrivate: async (...args: Parameters<typeof move>) => (await gate, move(...args)) } };
    el.adapter = slow as typeof a.demo;
    await el.updateComplete;
    await until(() => confirmButton(el) && !$(el, '.customer-loading'), 'loaded again through the new adapter');
    expect($<HTMLTextAreaElement>(el, 'textarea#acknowledgement')!.value, 'the edit is kept').to.equal('Hi {firstName}, we’ve e-mailed you.');
    const moved = nextEvent(el, 'cx-moved-to-private');
    confirmButton(el).click();
    await until(() => confirmButton(el)?.textContent?.includes('Moving'), 'the move runs');
    // Another conversation of the same host.
    const b = { ...a.conversation, id: `${a.conversation.id}-b` };
    el.conversation = b;
    el.messages = [];
    await el.updateComplete;
    expect(el.open, 'the dialog of the first conversation closed').to.equal(false);
    release();
    const done = await moved;
    expect(done.request!.conversationId).to.equal(a.conversation.id);
    el.show();
    await until(() => $(el, 'textarea#acknowledgement'), 'the second conversation’s move');
    expect($<HTMLTextAreaElement>(el, 'textarea#acknowledgement')!.value, 'its own texts').to.not.contain('we’ve e-mailed you.');
    expect($(el, '[part~="steps"]'), 'not the first move’s steps').to.equal(null);
  });
});
