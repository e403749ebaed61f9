import { expect } from '@open-wc/testing';
import { channel, type Channel, type Conversation, type Customer, type Message, type ParticipantRole } from '../../src/model/index.js';
import { planMove, publicChannelOf, telUrl, type RouteInputs } from '../../src/move/routes.js';
import { customerRecord, DAY, HOUR } from '../components/move-harness.js';

const NOW = new Date('2026-03-02T12:00:00Z');
const at = (msAgo: number) => new Date(NOW.getTime() - msAgo).toISOString();

function inputs(channels: Channel[], lines: [string, ParticipantRole, number][], customer?: Customer, can = { dial: true, secureLink: true }): RouteInputs {
  const conversation: Conversation = { id: 'c', channels, status: 'open', priority: 'normal', sla: [], participants: [], createdAt: at(DAY * 30), updatedAt: at(0) };
  const messages = lines.map(([channelId, role, ago], i): Message => ({
    id: `m${i}`, conversationId: 'c', channelId, visibility: channels.find((c) => c.id === channelId)!.public ? 'public' : 'private',
    author: { id: role === 'customer' ? 'dana' : 'sam', role, displayName: role }, text: 'hi', createdAt: at(ago), attachments: [], delivery: 'sent',
  }));
  return { conversation, messages, ...(customer ? { customer } : {}), can, now: NOW };
}

const summary = (i: RouteInputs) =>
  Object.fromEntries(planMove(i).routes.map((r) => [r.route, r.available ? 'ok' : r.why]));

const x = () => channel('x-public', 'x', true, 'X');
const fb = () => channel('fb', 'facebook', true, 'Facebook');
const ig = () => channel('ig', 'instagram', true, 'Instagram');
const dana = (consent: Partial<Customer['consent']> = {}, extra: Partial<Customer> = {}) => customerRecord('dana', { consent, ...extra });

describe('planMove', () => {
  it('offers every route when the platform, the customer and the host allow', () => {
    expect(summary(inputs([x()], [['x-public', 'customer', HOUR]], dana()))).to.deep.equal({ dm: 'ok', email: 'ok', phone: 'ok', 'secure-link': 'ok' });
  });

  it('names why each route is closed', () => {
    const cases: [string, RouteInputs, Record<string, string>][] = [
      ['no consent anywhere', inputs([x()], [['x-public', 'customer', HOUR]], dana({ dm: false, email: false, phone: false })), { dm: 'no-consent', email: 'no-consent', phone: 'no-consent', 'secure-link': 'ok' }],
      ['no addresses', inputs([x()], [['x-public', 'customer', HOUR]], dana({}, { email: undefined, phone: undefined })), { dm: 'ok', email: 'no-address', phone: 'no-address', 'secure-link': 'ok' }],
      ['no customer, no host capabilities', inputs([x()], [['x-public', 'customer', HOUR]], undefined, { dial: false, secureLink: false }), { dm: 'ok', email: 'no-address', phone: 'no-address', 'secure-link': 'host-cannot' }],
      ['Facebook: the private reply used', inputs([fb(), channel('fb-m', 'facebook', false, 'Messenger')], [['fb', 'customer', 2 * DAY], ['fb-m', 'agent', DAY]], dana()), { dm: 'private-reply-used', email: 'ok', phone: 'ok', 'secure-link': 'ok' }],
      ['Instagram: the comment too old for a private reply', inputs([ig()], [['ig', 'customer', 8 * DAY]], dana()), { dm: 'window-closed', email: 'ok', phone: 'ok', 'secure-link': 'ok' }],
      ['Messenger window open again: the customer wrote there', inputs([fb(), channel('fb-m', 'facebook', false, 'Messenger')], [['fb', 'customer', 9 * DAY], ['fb-m', 'customer', HOUR]], dana()), { dm: 'ok', email: 'ok', phone: 'ok', 'secure-link': 'ok' }],
      ['a forum has no DMs', inputs([channel('f', 'forum', true, 'Forum')], [['f', 'customer', HOUR]], dana()), { dm: 'no-dm', email: 'ok', phone: 'ok', 'secure-link': 'ok' }],
      ['LinkedIn messages can’t be sent from here', inputs([channel('li', 'linkedin', true, 'LinkedIn')], [['li', 'customer', HOUR]], dana()), { dm: 'no-dm', email: 'ok', phone: 'ok', 'secure-link': 'ok' }],
      ['e-mail without consent, but the customer wrote by e-mail', inputs([x(), channel('mail', 'email', false, 'E-mail')], [['mail', 'customer', DAY], ['x-public', 'customer', HOUR]], dana({ email: false })), { dm: 'ok', email: 'ok', phone: 'ok', 'secure-link': 'ok' }],
    ];
    for (const [what, given, expected] of cases) expect(summary(given), what).to.deep.equal(expected);
  });

  it('keeps the platform rule’s words, and says where the DM goes', () => {
    const plan = planMove(inputs([ig()], [['ig', 'customer', 8 * DAY]], dana()), () => 'Instagram (DM)');
    const dm = plan.routes[0]!;
    expect(dm.available === false && dm.detail).to.contain('within 7 days');
    const open = planMove(inputs([fb()], [['fb', 'customer', DAY]], dana()), () => 'Messenger').routes[0]!;
    expect(open.available && open.channel).to.include({ name: 'Messenger', kind: 'facebook', public: false });
    expect(open.available && open.note).to.contain('one private reply');
  });

  it('starts with the customer’s preferred route when it is open, else the first open one; none when already private', () => {
    expect(planMove(inputs([x()], [['x-public', 'customer', HOUR]], dana({ preferred: 'phone' }))).preferred).to.equal('phone');
    expect(planMove(inputs([x()], [['x-public', 'customer', HOUR]], dana({ preferred: 'phone', phone: false }))).preferred).to.equal('dm');
    const dmOnly = inputs([channel('x-dm', 'x', false, 'DM')], [['x-dm', 'customer', HOUR]], dana());
    expect(planMove(dmOnly)).to.deep.equal({ routes: [] });
  });

  it('moves from the public channel the customer last wrote on', () => {
    const given = inputs([x(), fb()], [['x-public', 'customer', 2 * HOUR], ['fb', 'customer', HOUR]]);
    expect(publicChannelOf(given.conversation, given.messages)!.id).to.equal('fb');
    expect(publicChannelOf(given.conversation, [])!.id).to.equal('x-public');
  });

  it('makes tel: links of numbers as records write them, and none of junk', () => {
    expect(telUrl('+44 (0)20 7946-0018')).to.equal('tel:+4402079460018');
    expect(telUrl('020 7946 0018')).to.equal('tel:02079460018');
    expect(telUrl('javascript:alert(1)')).to.equal(undefined);
    expect(telUrl('call me')).to.equal(undefined);
  });
});
