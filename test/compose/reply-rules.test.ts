import { expect } from '@open-wc/testing';
import { canReply, customerWroteSince } from '../../src/compose/reply-rules.js';
import { channel } from '../../src/model/index.js';
import { DAY, HOUR, NOW, conversationWith, fbComment, igComment, igDm, messenger, msg, whatsapp, xDm, xPublic } from './fixtures.js';

const reason = (v: ReturnType<typeof canReply>) => (v.ok ? '' : v.reason);

describe('canReply: reply windows', () => {
  it('allows Messenger within 24 hours of the customer’s last message there', () => {
    const conv = conversationWith([fbComment(), messenger()]);
    expect(canReply(messenger(), conv, [msg('fb-messenger', 'customer', 23 * HOUR)], NOW)).to.deep.equal({ ok: true });
  });

  it('refuses Messenger, Instagram and WhatsApp after 24 hours, with the reason and the age', () => {
    for (const ch of [messenger(), igDm(), whatsapp()]) {
      const conv = conversationWith([ch]);
      const verdict = canReply(ch, conv, [msg(ch.id, 'customer', 26 * HOUR), msg(ch.id, 'agent', 25 * HOUR)], NOW);
      expect(verdict.ok, ch.id).to.equal(false);
      expect(reason(verdict)).to.contain('24 hours');
      expect(reason(verdict)).to.contain('26 hours ago');
    }
  });

  it('counts only the customer’s messages on that channel, not agent messages or other channels', () => {
    const conv = conversationWith([xPublic(), whatsapp()]);
    const messages = [msg('whatsapp', 'customer', 3 * DAY), msg('x-public', 'customer', HOUR), msg('whatsapp', 'agent', HOUR)];
    expect(canReply(whatsapp(), conv, messages, NOW).ok).to.equal(false);
  });

  it('refuses a windowed channel the customer never wrote on', () => {
    const conv = conversationWith([whatsapp()]);
    expect(reason(canReply(whatsapp(), conv, [], NOW))).to.contain("hasn't written");
  });

  it('always allows channels without a window, and refuses channels that cannot be replied on', () => {
    const conv = conversationWith([xPublic(), channel('voice', 'voice', false, 'Phone call')]);
    expect(canReply(xPublic(), conv, [msg('x-public', 'customer', 90 * DAY)], NOW).ok).to.equal(true);
    expect(reason(canReply(channel('voice', 'voice', false, 'Phone call'), conv, [], NOW))).to.contain("can't be sent");
  });
});

describe('canReply: one private reply to a Facebook or Instagram comment within 7 days', () => {
  for (const [pub, dm] of [
    [fbComment, messenger],
    [igComment, igDm],
  ] as const) {
    it(`${pub().name}: allows one private reply to a recent comment, with the comment to reply to`, () => {
      const comment = msg(pub().id, 'customer', 3 * DAY);
      const verdict = canReply(dm(), conversationWith([pub(), dm()]), [comment], NOW);
      expect(verdict).to.include({ ok: true, privateReplyTo: comment.id });
      expect(verdict.ok && verdict.note).to.contain('one private reply');
    });

    it(`${pub().name}: refuses a second private reply to the same comment`, () => {
      const comment = msg(pub().id, 'customer', 3 * DAY);
      const reply = msg(dm().id, 'agent', 2 * DAY, { inReplyTo: comment.id });
      const verdict = canReply(dm(), conversationWith([pub(), dm()]), [comment, reply], NOW);
      expect(reason(verdict)).to.contain('already replied privately');
    });

    it(`${pub().name}: refuses a comment older than 7 days`, () => {
      const comment = msg(pub().id, 'customer', 8 * DAY);
      const verdict = canReply(dm(), conversationWith([pub(), dm()]), [comment], NOW);
      expect(reason(verdict)).to.contain('within 7 days');
      expect(reason(verdict)).to.contain('8 days old');
    });
  }

  it('counts a failed private reply as not sent', () => {
    const comment = msg('fb-comment', 'customer', DAY);
    const failed = msg('fb-messenger', 'agent', HOUR, { inReplyTo: comment.id, delivery: 'failed' });
    expect(canReply(messenger(), conversationWith([fbComment(), messenger()]), [comment, failed], NOW).ok).to.equal(true);
  });

  it('opens the normal 24-hour window once the customer answers privately', () => {
    const comment = msg('fb-comment', 'customer', 3 * DAY);
    const reply = msg('fb-messenger', 'agent', 2 * DAY, { inReplyTo: comment.id });
    const answer = msg('fb-messenger', 'customer', 2 * HOUR);
    expect(canReply(messenger(), conversationWith([fbComment(), messenger()]), [comment, reply, answer], NOW)).to.deep.equal({ ok: true });
  });

  it('does not apply to X, whose DMs have no private-reply rule', () => {
    const conv = conversationWith([xPublic(), xDm()]);
    expect(canReply(xDm(), conv, [msg('x-public', 'customer', HOUR)], NOW).ok).to.equal(true);
  });
});

describe('canReply: caps on agent messages in a row', () => {
  const review = () => channel('review', 'review', true, 'Trustpilot review');
  const capped = () => channel('dm', 'chat', false, 'Capped DM', { maxConsecutiveAgentMessages: 2 });

  it('refuses once the cap is reached until the customer writes again', () => {
    const conv = conversationWith([capped()]);
    const two = [msg('dm', 'customer', 5 * HOUR), msg('dm', 'agent', 4 * HOUR), msg('dm', 'agent', 3 * HOUR)];
    expect(reason(canReply(capped(), conv, two, NOW))).to.contain('2 messages in a row');
    expect(canReply(capped(), conv, two.slice(0, 2), NOW).ok).to.equal(true);
    expect(canReply(capped(), conv, [...two, msg('dm', 'customer', HOUR)], NOW).ok).to.equal(true);
  });

  it('allows one reply to a review', () => {
    const conv = conversationWith([review()]);
    expect(canReply(review(), conv, [msg('review', 'customer', DAY)], NOW).ok).to.equal(true);
    expect(reason(canReply(review(), conv, [msg('review', 'customer', DAY), msg('review', 'agent', HOUR)], NOW))).to.contain('one reply');
  });

  it('does not count internal notes or failed sends', () => {
    const conv = conversationWith([capped()]);
    const messages = [msg('dm', 'customer', 5 * HOUR), msg('dm', 'agent', 4 * HOUR), msg('dm', 'agent', 3 * HOUR, { delivery: 'failed' }), msg('dm', 'agent', 2 * HOUR, { visibility: 'internal' })];
    expect(canReply(capped(), conv, messages, NOW).ok).to.equal(true);
  });
});

describe('customerWroteSince', () => {
  it('lists customer messages newer than the draft', () => {
    const old = msg('x-public', 'customer', 2 * HOUR);
    const fresh = msg('x-public', 'customer', 10 * 60_000);
    const agent = msg('x-public', 'agent', 5 * 60_000);
    expect(customerWroteSince([old, fresh, agent], new Date(NOW.getTime() - HOUR)).map((m) => m.id)).to.deep.equal([fresh.id]);
  });
});
