import { expect } from '@open-wc/testing';
import { builtInDataset, type DemoDataset } from '../../src/adapters/demo/index.js';
import type { ConversationEventInput, Message } from '../../src/model/index.js';
import { until } from '../helpers/until.js';
import { mountForum, postText } from './forum-harness.js';

describe('<cx-conversation-thread> on a forum', () => {
  it('reads as a forum: question first, replies nested under their parents, roles in words, rank and badge, kudos', async () => {
    const h = await mountForum({ conversationId: 'conv-036' });
    const places = new Map<string, { index: number; depth: number }>();
    for (const n of [1, 2, 3, 4, 5, 6]) places.set(`m-036-0${n}`, await h.place(`m-036-0${n}`));
    const p = (n: number) => places.get(`m-036-0${n}`)!;
    expect(p(1), 'the question comes first').to.deep.equal({ index: 0, depth: 0 });
    // Tom's reply to Marek (06) follows Marek's answer (03), before the next reply to the question (the troll, 04).
    expect(p(3)).to.deep.equal({ index: 2, depth: 1 });
    expect(p(6)).to.deep.equal({ index: 3, depth: 2 });
    expect(p(4)).to.deep.equal({ index: 4, depth: 1 });
    expect(p(5), 'the moderator answers the troll').to.deep.equal({ index: 5, depth: 2 });
    expect(postText(await h.show('m-036-03'))).to.include('Community advocate (volunteer, not staff)').and.include('Rank: Community Champion (level 5)').and.include('Badge: Top solution author').and.include('4 kudos');
    expect((await h.show('m-036-03')).getAttribute('aria-label')).to.include('Community advocate (volunteer, not staff)');
    expect(postText(await h.show('m-036-02'))).to.include('Rank: Rising Star (level 2)');
    expect(postText(await h.show('m-036-05'))).to.include('Moderator');
    expect(postText(await h.show('m-036-01'))).to.include('Asked the question');
    await expect(h.el).to.be.accessible();
  });

  it('pins the accepted solution under the question, marked in words, and marks the official staff reply', async () => {
    const h = await mountForum({ conversationId: 'conv-010' });
    const question = await h.show('m-010-01');
    const pinned = question.querySelector('[part~="forum-pinned"]')!;
    expect(pinned, 'pinned under the question').to.exist;
    expect(postText(pinned)).to.include('Accepted solution').and.include('Tomasz Kowalski').and.include('Staff').and.include('We can confirm an issue in firmware 4.2.1');
    (pinned.querySelector('button') as HTMLButtonElement).click();
    const solution = await until(() => h.post('m-010-10'), 'the solution, scrolled to');
    expect(postText(solution)).to.include('✔ Accepted solution').and.include('Official reply').and.include('31 kudos');
    expect(solution.getAttribute('aria-label')).to.include('Staff');
  });

  it('shows community changes made elsewhere as they arrive through the watch (kudos, a new accepted solution), without an edit', async () => {
    let emit: ((event: ConversationEventInput) => void) | undefined;
    const h = await mountForum({ conversationId: 'conv-036', onWatch: (send) => (emit = send) });
    expect(postText(await h.show('m-036-03'))).to.include('4 kudos');
    const stored = h.el.messages.find((m) => m.id === 'm-036-03')!;
    emit!({ type: 'message-updated', message: { ...stored, community: { ...stored.community!, kudos: 9, accepted: true } } });
    await until(() => postText(h.post('m-036-03')!).includes('9 kudos'), 'the new kudos count');
    expect(postText(h.post('m-036-03')!)).to.include('Accepted solution');
    expect(h.el.messages.filter((m) => m.id === 'm-036-03'), 'still one post').to.have.length(1);
  });

  it('survives reply loops, self-replies and missing parents: every post shows once, top-level', async () => {
    const base = builtInDataset(new Date('2026-12-02T09:00:00Z'));
    const conversation = base.conversations.find((c) => c.id === 'conv-036')!;
    const author = { id: 'u1', role: 'customer' as const, displayName: 'Asker' };
    const at = (minutes: number) => new Date(Date.parse('2026-12-02T08:00:00Z') + minutes * 60_000).toISOString();
    const post = (id: string, minutes: number, inReplyTo?: string): Message => ({
      id, conversationId: 'conv-036', channelId: 'forum', visibility: 'public', author, text: `post ${id}`, createdAt: at(minutes), attachments: [], delivery: 'delivered',
      ...(inReplyTo ? { inReplyTo } : {}),
    });
    const messages = [post('q', 0), post('a', 1, 'b'), post('b', 2, 'c'), post('c', 3, 'a'), post('self', 4, 'self'), post('orphan', 5, 'gone'), post('child', 6, 'orphan')];
    const dataset: DemoDataset = { ...base, conversations: [conversation], messages };
    const h = await mountForum({ dataset, conversationId: 'conv-036' });
    const places = new Map<string, { index: number; depth: number }>();
    for (const m of messages) places.set(m.id, await h.place(m.id));
    expect(new Set([...places.values()].map((p) => p.index)).size, 'each post once').to.equal(messages.length);
    expect(places.get('q')).to.deep.equal({ index: 0, depth: 0 });
    expect(places.get('self')!.depth).to.equal(1);
    expect(places.get('orphan')!.depth).to.equal(1);
    expect(places.get('child')).to.deep.equal({ index: places.get('orphan')!.index + 1, depth: 2 });
    for (const id of ['a', 'b', 'c']) expect(places.get(id)!.depth, id).to.be.within(1, 3);
    expect(Math.max(...[...places.values()].map((p) => p.index))).to.equal(messages.length - 1);
  });

  it('keeps hostile posts inert: no markup runs, a javascript: address is never a link', async () => {
    const h = await mountForum({ conversationId: 'conv-036' });
    const troll = await h.show('m-036-04');
    const text = postText(troll);
    expect(text).to.include("<script>alert('pwned')</script>").and.include('<img src=x onerror=alert(1)> Admin');
    expect(troll.shadowRoot!.querySelector('script, img[src="x"]')).to.equal(null);
    expect(troll.querySelector('script, img')).to.equal(null);
    const links = [...troll.shadowRoot!.querySelectorAll('a'), ...h.shadow.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(links.filter((href) => !/^https?:/.test(href))).to.deep.equal([]);
  });

  it('shows in the customer view what every reader sees: the public posts', async () => {
    const h = await mountForum({ conversationId: 'conv-036' });
    h.el.customerView = true;
    await h.el.updateComplete;
    for (const id of ['m-036-01', 'm-036-02', 'm-036-04', 'm-036-05']) expect((await h.place(id)).index).to.be.at.least(0);
  });
});
