import { expect } from '@open-wc/testing';
import { channel, type MoveToPrivateRequest } from '../../src/model/index.js';
import { AdapterError } from '../../src/ports/index.js';
import { DAY, HOUR, scene, stored } from '../components/move-harness.js';

const xPublic = () => channel('x-public', 'x', true, 'X (public reply)');
const request = (conversationId: string, extra: Partial<MoveToPrivateRequest> = {}): MoveToPrivateRequest => ({
  clientId: `move-${Math.random()}`,
  conversationId,
  route: 'dm',
  publicAcknowledgement: { channelId: 'x-public', text: 'We have sent you a DM.' },
  privateMessage: 'Hi, could you confirm your postcode here?',
  ...extra,
});
const statuses = (result: { steps: { step: string; status: string }[] }) => result.steps.map((s) => `${s.step}:${s.status}`);

describe('demo adapter: move to private', () => {
  it('a DM joins the conversation on the platform’s private channel; the acknowledgement answers the post', async () => {
    const s = scene([xPublic()], [['x-public', 'customer', HOUR]]);
    const result = await s.demo.conversations!.moveToPrivate!(request(s.conversation.id));
    expect(statuses(result)).to.deep.equal(['public-acknowledgement:done', 'private-channel:done', 'link:done', 'audit:done']);
    expect(result.channel).to.include({ id: 'x-dm', kind: 'x', public: false });
    expect(result.privateConversationId).to.equal(undefined);
    const messages = await stored(s);
    const ack = messages.find((m) => m.text === 'We have sent you a DM.')!;
    expect(ack).to.include({ visibility: 'public', inReplyTo: messages[0]!.id });
    expect(messages.find((m) => m.channelId === 'x-dm')).to.include({ visibility: 'private' });
    const marker = messages.find((m) => m.event?.type === 'moved-to-private')!;
    expect(marker.event!.details).to.include({ route: 'dm', channelId: 'x-dm', channelName: 'X (DM)' });
    expect((await s.demo.conversations!.getConversation(s.conversation.id)).channels.map((c) => c.id)).to.deep.equal(['x-public', 'x-dm']);
  });

  it('e-mail, a callback and a secure link open a private conversation, linked both ways', async () => {
    for (const route of ['email', 'phone', 'secure-link'] as const) {
      const s = scene([xPublic()], [['x-public', 'customer', HOUR]]);
      const link = route === 'secure-link' ? await s.demo.conversations!.createSecureLink!({ clientId: 'l', conversationId: s.conversation.id }) : undefined;
      const result = await s.demo.conversations!.moveToPrivate!(request(s.conversation.id, { route, ...(link ? { secureLinkId: link.id } : {}) }));
      expect(statuses(result), route).to.deep.equal(['public-acknowledgement:done', 'private-channel:done', 'link:done', 'audit:done']);
      const opened = result.privateConversationId!;
      const there = await stored(s, opened);
      expect(there.find((m) => m.event?.type === 'moved-to-private')!.event!.details, route).to.include({ publicConversationId: s.conversation.id });
      expect(there.some((m) => m.text.startsWith('Hi, could you confirm')), `${route}: the opening message`).to.equal(route !== 'phone');
      const here = await stored(s);
      expect(here.find((m) => m.event?.type === 'moved-to-private')!.event!.details, route).to.include({ privateConversationId: opened });
      expect(s.demo.demo.activities[0], route).to.include({ type: 'move-to-private', customerId: s.customer!.id });
    }
  });

  it('honours consent and the platforms’ windows: the private step fails with the reason, the rest is reported', async () => {
    const noDm = scene([xPublic()], [['x-public', 'customer', HOUR]], { customer: { consent: { dm: false, email: false } } });
    let result = await noDm.demo.conversations!.moveToPrivate!(request(noDm.conversation.id));
    expect(statuses(result)).to.deep.equal(['public-acknowledgement:done', 'private-channel:failed', 'link:failed', 'audit:done']);
    expect(result.steps[1]!.error).to.contain('doesn\'t take direct messages');
    result = await noDm.demo.conversations!.moveToPrivate!(request(noDm.conversation.id, { route: 'email' }));
    expect(result.steps[1]!.error).to.contain('not consented to e-mail');

    const fb = scene([channel('fb', 'facebook', true, 'Facebook'), channel('fb-m', 'facebook', false, 'Messenger')], [['fb', 'customer', 2 * DAY], ['fb-m', 'agent', DAY]]);
    result = await fb.demo.conversations!.moveToPrivate!(request(fb.conversation.id, { publicAcknowledgement: { channelId: 'fb', text: 'Sent you a message.' } }));
    expect(result.steps[1]!.error).to.contain('already replied privately');

    const link = scene([xPublic()], [['x-public', 'customer', HOUR]]);
    result = await link.demo.conversations!.moveToPrivate!(request(link.conversation.id, { route: 'secure-link', secureLinkId: 'made-up' }));
    expect(result.steps[1]!.error).to.contain('No secure link');
  });

  it('fails each step on its own with failNext, and a retry with the same client id redoes only what failed', async () => {
    for (const step of ['public-acknowledgement', 'private-channel', 'link', 'audit']) {
      const s = scene([xPublic()], [['x-public', 'customer', HOUR]]);
      const asked = request(s.conversation.id, { route: 'email' });
      s.demo.demo.failNext(`conversations.moveToPrivate.${step}`, 'error');
      const first = await s.demo.conversations!.moveToPrivate!(asked);
      expect(first.steps.find((x) => x.step === step)!.status, step).to.equal('failed');
      const second = await s.demo.conversations!.moveToPrivate!(asked);
      expect(statuses(second), step).to.deep.equal(['public-acknowledgement:done', 'private-channel:done', 'link:done', 'audit:done']);
      const all = [...(await stored(s)), ...(await stored(s, second.privateConversationId!))];
      expect(all.filter((m) => m.clientId?.startsWith(asked.clientId)), step).to.have.length(2);
      expect(all.filter((m) => m.event?.type === 'moved-to-private'), step).to.have.length(2);
      expect(s.demo.demo.activities, step).to.have.length(1);
      expect(s.demo.demo.listConversations(), step).to.have.length(2);
    }
  });

  it('loses the answer but keeps the work; the same client id answers with it; another move under that id is refused', async () => {
    const s = scene([xPublic()], [['x-public', 'customer', HOUR]]);
    const asked = request(s.conversation.id);
    s.demo.demo.failNext('conversations.moveToPrivate', 'lost-response');
    const lost = await s.demo.conversations!.moveToPrivate!(asked).catch((e: unknown) => e);
    expect(lost).to.be.instanceOf(AdapterError);
    const again = await s.demo.conversations!.moveToPrivate!(asked);
    expect(statuses(again)).to.deep.equal(['public-acknowledgement:done', 'private-channel:done', 'link:done', 'audit:done']);
    expect((await stored(s)).filter((m) => m.author.role === 'agent')).to.have.length(2);
    const reused = await s.demo.conversations!.moveToPrivate!({ ...asked, privateMessage: 'Something else' }).catch((e: unknown) => e);
    expect((reused as AdapterError).code).to.equal('rejected');
  });

  it('makes one https secure link per client id; dials and records the call', async () => {
    const s = scene([xPublic()], [['x-public', 'customer', HOUR]]);
    const make = () => s.demo.conversations!.createSecureLink!({ clientId: 'one', conversationId: s.conversation.id });
    const [a, b] = [await make(), await make()];
    expect(a).to.deep.equal(b);
    expect(a.url).to.match(/^https:\/\//);
    expect(s.demo.has('conversations.createSecureLink') && s.demo.has('interactions.dial')).to.equal(true);
    await s.demo.interactions!.dial!({ phone: '+44 20 7946 0018', conversationId: s.conversation.id });
    expect(s.demo.demo.dialled).to.deep.equal([{ phone: '+44 20 7946 0018', conversationId: s.conversation.id }]);
    expect((await s.demo.interactions!.current!())!).to.include({ direction: 'outbound', channel: 'voice', customerAddress: '+44 20 7946 0018' });
  });
});
