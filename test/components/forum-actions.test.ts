import { expect } from '@open-wc/testing';
import { nextEvent } from '../helpers/events.js';
import { until } from '../helpers/until.js';
import { actionButton, mountForum, postText } from './forum-harness.js';

describe('<cx-conversation-thread> forum actions', () => {
  it('accepts an answer once under a double click and after a lost answer, retrying with the same client id', async () => {
    const h = await mountForum({ conversationId: 'conv-036' });
    h.demo.demo.failNext('community.accept', 'lost-response');
    const lena = await h.show('m-036-02');
    const acting = nextEvent(h.el, 'cx-community-action');
    const accept = actionButton(lena, 'accept')!;
    accept.click();
    accept.click();
    expect((await acting).request.messageId).to.equal('m-036-02');
    const retry = await until(() => h.post('m-036-02')?.querySelector<HTMLButtonElement>('[part~="forum-error"] button'), 'the error with Retry');
    expect(h.calls.accept, 'the double click asked once').to.have.length(1);
    expect(postText(h.post('m-036-02')!.querySelector('[part~="forum-error"]'))).to.include("Couldn't accept the answer as the solution");
    const acted = nextEvent(h.el, 'cx-community-acted');
    retry.click();
    retry.click();
    expect((await acted).post.community?.accepted).to.equal(true);
    expect(h.calls.accept).to.have.length(2);
    expect(h.calls.accept[1]!.clientId, 'the retry reuses the client id').to.equal(h.calls.accept[0]!.clientId);
    await until(() => postText(h.post('m-036-02')).includes('✔ Accepted solution'), 'the post marked accepted');
    expect(actionButton(h.post('m-036-02'), 'accept'), 'no second accept').to.equal(null);
    const question = await h.show('m-036-01');
    await until(() => postText(question.querySelector('[part~="forum-pinned"]')).includes('Lena Okafor'), 'the solution pinned under the question');
    expect(postText(question)).to.not.include('Unanswered for');
  });

  it('endorses an advocate without touching their words, once, and thanks them', async () => {
    const h = await mountForum({ conversationId: 'conv-036' });
    const marek = await h.show('m-036-03');
    const words = marek.message!.text;
    h.demo.demo.failNext('community.endorse', 'lost-response');
    actionButton(marek, 'endorse')!.click();
    actionButton(marek, 'endorse')!.click();
    const retry = await until(() => h.post('m-036-03')?.querySelector<HTMLButtonElement>('[part~="forum-error"] button'), 'the endorse error');
    retry.click();
    await until(() => postText(h.post('m-036-03')).includes('Endorsed by Sam Rivera (staff)'), 'the endorsement shown');
    expect(h.calls.endorse.map((r) => r.clientId)).to.have.length(2);
    expect(new Set(h.calls.endorse.map((r) => r.clientId)).size).to.equal(1);
    expect(h.post('m-036-03')!.message!.text).to.equal(words);
    expect(h.post('m-036-03')!.message!.community!.endorsements, 'one endorsement').to.have.length(1);
    actionButton(h.post('m-036-03'), 'thank')!.click();
    await until(() => postText(h.post('m-036-03')).includes('Thanked by staff'), 'the thanks shown');
    expect(actionButton(await h.show('m-036-02'), 'endorse'), 'Lena is an advocate too').to.exist;
    expect(actionButton(await h.show('m-036-06'), 'endorse'), 'a member is not endorsed').to.equal(null);
  });

  it('hides a post pending moderation with a reason, keeping the reason through a failure, once', async () => {
    const h = await mountForum({ conversationId: 'conv-036' });
    const troll = await h.show('m-036-04');
    actionButton(troll, 'hide')!.click();
    const input = await until(() => h.post('m-036-04')?.querySelector<HTMLInputElement>('[part~="forum-hide"] input'), 'the reason box');
    input.value = 'Asks for passwords; phishing';
    input.dispatchEvent(new Event('input'));
    h.demo.demo.failNext('community.hide', 'lost-response');
    const submit = h.post('m-036-04')!.querySelector<HTMLButtonElement>('[part~="forum-hide"] button[type="submit"]')!;
    submit.click();
    submit.click();
    const retry = await until(() => h.post('m-036-04')?.querySelector<HTMLButtonElement>('[part~="forum-error"] button'), 'the hide error');
    expect(h.calls.hide).to.have.length(1);
    expect(h.post('m-036-04')!.querySelector<HTMLInputElement>('[part~="forum-hide"] input')!.value, 'the reason is kept').to.equal('Asks for passwords; phishing');
    retry.click();
    await until(() => postText(h.post('m-036-04')).includes('Hidden pending moderation: Asks for passwords; phishing'), 'the post marked hidden');
    expect(h.calls.hide.map((r) => (r as { reason?: string }).reason)).to.deep.equal(['Asks for passwords; phishing', 'Asks for passwords; phishing']);
    expect(h.calls.hide[1]!.clientId).to.equal(h.calls.hide[0]!.clientId);
    h.el.customerView = true;
    await h.el.updateComplete;
    await h.el.scrollToMessage('m-036-05');
    expect(await h.el.scrollToMessage('m-036-04'), 'readers no longer see it').to.equal(false);
  });

  it('shows only the actions the host can do', async () => {
    const none = await mountForum({ conversationId: 'conv-036', community: [] });
    const post = await none.show('m-036-02');
    expect(post.querySelector('[part~="forum-actions"]')).to.equal(null);
    expect(postText(post)).to.include('Rank: Rising Star (level 2)');
    const some = await mountForum({ conversationId: 'conv-036', community: ['accept'] });
    const lena = await some.show('m-036-02');
    expect([...lena.querySelectorAll('[part~="forum-actions"] button')].map((b) => (b as HTMLElement).dataset.action)).to.deep.equal(['accept']);
    expect(actionButton(await some.show('m-036-01'), 'accept'), 'the question is not its own solution').to.equal(null);
  });

  it('says how long the question has gone unanswered, stale past the threshold', async () => {
    const h = await mountForum({ conversationId: 'conv-035' });
    const question = await h.show('m-035-01');
    const line = question.querySelector('[part~="forum-unanswered"]')!;
    expect(postText(line)).to.match(/Unanswered for 2[67] h/);
    expect(line.hasAttribute('data-stale')).to.equal(true);
    const lenient = await mountForum({ conversationId: 'conv-035', staleAfter: 48 * 3600_000 });
    const calm = (await lenient.show('m-035-01')).querySelector('[part~="forum-unanswered"]')!;
    expect(calm.hasAttribute('data-stale')).to.equal(false);
    const answered = await mountForum({ conversationId: 'conv-036' });
    expect((await answered.show('m-036-01')).querySelector('[part~="forum-unanswered"]')).to.equal(null);
  });

  it('makes the question a case once, idempotent by client id', async () => {
    const h = await mountForum({ conversationId: 'conv-035' });
    h.demo.demo.failNext('customers.createCase', 'lost-response');
    const question = await h.show('m-035-01');
    actionButton(question, 'case')!.click();
    const retry = await until(() => h.post('m-035-01')?.querySelector<HTMLButtonElement>('[part~="forum-error"] button'), 'the case error');
    retry.click();
    await until(() => /Case \d+ created/.test(postText(h.post('m-035-01'))), 'the case made');
    const customer = h.demo.demo.listCustomers().find((c) => c.id === 'cust-10')!;
    expect(customer.openCases.filter((c) => c.subject.startsWith('Forum: Since the power cut'))).to.have.length(1);
  });
});
