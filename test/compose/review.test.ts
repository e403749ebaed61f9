import { expect } from '@open-wc/testing';
import { reviewReply, reviewWith, type ReplyContext, type ReplyFinding } from '../../src/compose/review.js';
import { replyTone } from '../../src/compose/reply-tone.js';
import { noteLike } from '../../src/compose/note-like.js';
import { findPii, isServiceNumber } from '../../src/compose/pii.js';
import { composerEn } from '../../src/i18n/composer-terms.js';
import { channel, type Message } from '../../src/model/index.js';

const tone = { replyTone };
const review = (text: string, context: ReplyContext = { public: true }) => reviewWith(tone, text, context);
const kinds = (findings: ReplyFinding[]) => findings.map((f) => f.kind);
const toneOf = (text: string) => replyTone(text).map((h) => h.reason);

describe('reviewReply', () => {
  describe('reply tone', () => {
    it('lets apologies, empathy and naming the customer’s problem through', () => {
      for (const text of [
        '@dana We’re sorry for the trouble, that sounds really difficult. Let’s get this sorted in DM.',
        'I’m sorry you’re having trouble connecting. Please try the troubleshooting here: https://example.com/help',
        'If you have found a site that violates our terms of service please report it through our Abuse page.',
        'Oh no! I’m sad to hear the phone is cracked. There are stores open near you.',
        'Sorry for the trouble … happy to help. Thanks!',
        'Sit back and relax — your order is on its way!',
        'It’s not your fault at all, the update caused it.',
        'Great question! The setting is under Privacy.',
        'Please be patient with us while we fix the outage.',
        'You should have received an email with the details.',
        'Not a stupid question at all!',
        'You’re entitled to a full refund under our policy.',
      ]) {
        expect(toneOf(text), text).to.deep.equal([]);
      }
    });

    it('stops sarcasm, naming the words: praise that turns on the customer, thanks for something mean, stock ironic phrases', () => {
      const [hit] = replyTone('Great, another complaint. Just what we needed today.');
      expect(hit).to.include({ reason: 'sarcasm' });
      expect(hit!.words).to.contain('Great, another');
      expect(hit!.words).to.contain('Just what we needed');
      expect(toneOf('Fantastic, you’ve managed to lock yourself out again.')).to.deep.equal(['sarcasm']);
      expect(toneOf('Oh lovely, more shouting about the app.'), 'praise, then a mean word').to.deep.equal(['sarcasm']);
      expect(toneOf('Thanks a lot for ruining our weekend.')).to.deep.equal(['sarcasm']);
      expect(toneOf('Really appreciate you shouting at us.')).to.deep.equal(['sarcasm']);
      expect(toneOf('Wow, so patient of you to wait two whole days.')).to.deep.equal(['sarcasm']);
      expect(toneOf('Sure, we’ll fix it as soon as pigs fly.')).to.deep.equal(['sarcasm']);
      expect(toneOf('What a surprise, the cheapest plan has no support.')).to.deep.equal(['sarcasm']);
    });

    it('lets praise, thanks and congratulations that are meant through', () => {
      for (const text of [
        'Great news, your refund has been processed today.',
        'Brilliant, glad it’s sorted!',
        'Congratulations on your new home! Let’s get your broadband moved over.',
        'Well done on completing the marathon! Enjoy the free coffee.',
        'Thanks a lot for letting us know, we’ve passed it to the store manager.',
        'Thank you for reporting the problem with the app.',
        'Perfect, your broken screen will be replaced tomorrow.',
        'Wow, that’s a long wait. Sorry, we’ll chase it.',
      ]) {
        expect(toneOf(text), text).to.deep.equal([]);
      }
    });

    it('stops blame, and lets the brand take the blame or explain a step', () => {
      expect(toneOf('You obviously installed it wrong.')).to.deep.equal(['blame']);
      expect(toneOf('Not our fault the postman lost it.')).to.deep.equal(['blame']);
      expect(toneOf('If you had followed the setup guide this would not have happened.')).to.deep.equal(['blame']);
      expect(toneOf('Had you checked the size chart, this wouldn’t be an issue.')).to.deep.equal(['blame']);
      expect(toneOf('You should’ve backed up your files first.')).to.deep.equal(['blame']);
      expect(toneOf('That’s on you for choosing the slowest shipping.')).to.deep.equal(['blame']);
      expect(toneOf('You forgot to cancel in time, so you were charged.')).to.deep.equal(['blame']);
      expect(toneOf('The error is on your end, not ours.')).to.deep.equal(['blame']);
      for (const text of [
        'You should’ve received a confirmation email, can you check your spam folder?',
        'That’s on us, we should have told you about the change sooner.',
        'If you had trouble with the form, we can take the details here in DM.',
        'If you forgot your password, you can reset it here: https://example.com/reset',
        'If you installed it wrong, no worries: here’s how to start again.',
        'You shouldn’t have to chase us for this, sorry.',
        'It’s our fault, not yours, and we’ll make it right.',
      ]) {
        expect(toneOf(text), text).to.deep.equal([]);
      }
    });

    it('stops dismissal; a refusal passes when the reply offers something else', () => {
      expect(toneOf('Not our problem, contact the courier.')).to.deep.equal(['dismissal']);
      expect(toneOf('Deal with it.')).to.deep.equal(['dismissal']);
      expect(toneOf('Please stop tagging us in every tweet.')).to.deep.equal(['dismissal']);
      expect(toneOf('We’ve closed this, please don’t reply again.')).to.deep.equal(['dismissal']);
      expect(toneOf('Nothing more we can do.')).to.deep.equal(['dismissal']);
      expect(toneOf('Take it up with the manufacturer.')).to.deep.equal(['dismissal']);
      for (const text of [
        'Unfortunately there’s nothing we can do about the weather, but we can rebook you for free.',
        'We’ll take it up with the courier and get back to you today.',
        'We can’t help with refunds on Twitter, please DM us.',
        'Sorry, that’s one for the bank: take it up with them and they’ll sort it quickly.',
        'We’ll deal with it right away.',
      ]) {
        expect(toneOf(text), text).to.deep.equal([]);
      }
    });

    it('stops condescension: repeating, talking down, tone-policing, passive-aggressive politeness', () => {
      expect(toneOf('As we said before, read the FAQ.')).to.deep.equal(['condescension']);
      expect(toneOf('As we already told you, the store opens at nine.')).to.deep.equal(['condescension']);
      expect(toneOf('Per my last message, the refund takes ten days.')).to.deep.equal(['condescension']);
      expect(toneOf('It’s not that hard.')).to.deep.equal(['condescension']);
      expect(toneOf('Calm down, it’s just a phone bill.')).to.deep.equal(['condescension']);
      expect(toneOf('Relax, it’s only an hour’s delay.')).to.deep.equal(['condescension']);
      expect(toneOf('Obviously the charger goes in the port at the bottom.')).to.deep.equal(['condescension']);
      expect(toneOf('Cute. Now please DM us like a normal person.')).to.include('condescension');
      expect(toneOf('Honestly, what did you expect for that price?')).to.deep.equal(['condescension']);
      expect(toneOf('Thank you for your patience, which you clearly don’t have.')).to.deep.equal(['condescension']);
      expect(toneOf('We’re sorry you can’t seem to read an email.')).to.deep.equal(['condescension']);
      for (const text of [
        'As mentioned in our email, the replacement ships Monday. Any questions, just ask!',
        'As we said in DM, we’re happy to replace it.',
        'Obviously that’s not good enough, we’ll look into it right away.',
        'Clearly something went wrong on our side, and we’re sorry.',
        'Could you try one more time?',
        'Again, apologies for the wait, the team is on it.',
      ]) {
        expect(toneOf(text), text).to.deep.equal([]);
      }
    });

    it('stops insults and judgements of the customer, not a negated one nor their feelings', () => {
      expect(toneOf('Only an idiot would unplug it mid-update.')).to.deep.equal(['insult']);
      expect(toneOf('What a ridiculous complaint.')).to.deep.equal(['insult']);
      expect(toneOf('That’s the dumbest question we’ve had all week.')).to.deep.equal(['insult']);
      expect(toneOf('You are being rude.')).to.deep.equal(['insult']);
      expect(toneOf('You sound like a spoiled child.')).to.deep.equal(['insult']);
      expect(toneOf('Not a stupid question at all!')).to.deep.equal([]);
      expect(toneOf('That’s not a silly question.')).to.deep.equal([]);
      expect(toneOf('We understand you’re frustrated.'), 'a feeling is not a judgement').to.deep.equal([]);
      expect(toneOf('I see you’re disappointed, and we’d like to fix that.')).to.deep.equal([]);
      expect(toneOf('Sorry for the late reply, great question!')).to.deep.equal([]);
    });

    it('reads a curt reply at the customer as dismissive, not a short helpful one', () => {
      expect(toneOf('Good for you.')).to.deep.equal(['dismissal']);
      expect(toneOf('Your loss.')).to.deep.equal(['dismissal']);
      expect(toneOf('Suit yourself.')).to.deep.equal(['dismissal']);
      expect(toneOf('Good for you! Enjoy the trip.'), 'meant: more follows').to.deep.equal([]);
      expect(toneOf('Your account number ends 4471.')).to.deep.equal([]);
      expect(toneOf('Your refund is on its way.')).to.deep.equal([]);
      expect(toneOf('Thanks, you too!')).to.deep.equal([]);
    });

    it('ignores what is inside links and handles', () => {
      expect(toneOf('@stupid_name see https://example.com/not-our-fault/whatever')).to.deep.equal([]);
    });

    it('gives spans into the text and a message from the terms', () => {
      const text = '@dana Not our fault the postman lost it.';
      const [finding] = review(text).filter((f) => f.kind === 'tone');
      expect(finding!.rule).to.equal('blame');
      expect(text.slice(finding!.spans[0]!.start, finding!.spans[0]!.end)).to.equal('Not our fault');
      expect(finding!.message).to.equal('Blames the customer: “Not our fault”.');
    });
  });

  describe('personal data', () => {
    it('stops a real card number, and lets a link with a long number pass', () => {
      expect(kinds(review('Your card 4111 1111 1111 1111 is blocked.'))).to.deep.equal(['pii']);
      expect(review('See https://web.archive.org/web/20200401225851/https://support.example.com/answer/4539148803436467')).to.deep.equal([]);
      expect(findPii('email dana.k@example.co.uk, see https://example.com/?u=dana.k@example.co.uk').map((f) => f.text)).to.deep.equal(['dana.k@example.co.uk']);
    });

    it('leaves the brand’s own numbers and addresses alone: toll-free, non-geographic, listed, “call us on”, role accounts', () => {
      for (const text of [
        'Please call 1-800-956-4442 if you need help with your alerts.',
        'Call our helpline on 0800 123 4567.',
        'Ring us on 0345 600 1234 from 8am.',
        'Please forward this to abuse@chase.com as a form of report.',
        'Forward the email to reportphish@wellsfargo.com.',
        'Tracking: DPD 1530 2291 0042 1234.',
        'Your ticket #4539148803436467 is open.',
      ]) {
        expect(kinds(review(text)), text).to.not.include('pii');
      }
      expect(isServiceNumber('+44 345 600 1234')).to.equal(true);
      expect(isServiceNumber('07911 123456')).to.equal(false);
      expect(findPii('Call 020 8765 4321 for the Leeds store.', { serviceNumbers: ['+44 20 8765 4321'] })).to.deep.equal([]);
      expect(findPii('Write to dana@northwind.example.com', { serviceDomains: ['northwind.example.com'] })).to.deep.equal([]);
      expect(findPii('We will call you on 020 8765 4321.').map((f) => f.rule)).to.deep.equal(['phone']);
      expect(findPii('Is dana.k@gmail.com still right?').map((f) => f.rule)).to.deep.equal(['email']);
    });

    it('checks personal data only in public posts', () => {
      const text = 'We will call you on 020 8765 4321.';
      expect(kinds(review(text, { channel: channel('x-public', 'x', true, 'X') }))).to.deep.equal(['pii']);
      expect(kinds(review(text, { channel: channel('x-dm', 'x', false, 'X (DM)') }))).to.deep.equal([]);
    });
  });

  describe('text meant for the team', () => {
    const note = (id: string, author: Message['author']): Message => ({
      id, conversationId: 'c', channelId: 'note', visibility: 'internal', author, text: 'noted', createdAt: '2026-01-01T10:00:00Z', attachments: [], delivery: 'sent',
    });
    const messages = [
      note('n1', { id: 'agent-priya', role: 'agent', displayName: 'Priya Natarajan', handle: '@priya_nw' }),
      note('n2', { id: 'agent-sam', role: 'agent', displayName: 'Sam Rivera', handle: '@NorthwindHelp' }),
      note('n3', { id: 'agent-tom', role: 'agent', displayName: 'Tom Okafor', handle: '@NorthwindHelp' }),
    ];

    it('warns on notes to the team and on colleagues’ names and handles', () => {
      for (const text of ['Note for the team: serial complainer, check with billing before replying.', 'FYI team, she is on the gold plan.', 'Internal: refund denied.', 'Priya, can you take this one?', 'cc @priya_nw']) {
        expect(kinds(review(text, { public: false, messages, agent: { id: 'agent-sam', displayName: 'Sam Rivera' } })), text).to.include('note-like');
      }
    });

    it('stays quiet on ordinary replies, the agent’s own name, the brand’s shared handle and the customer’s name', () => {
      const context: ReplyContext = { public: false, messages, agent: { id: 'agent-sam', displayName: 'Sam Rivera' }, customer: { displayName: 'Tom Albright' } };
      for (const text of [
        'Hi Dana, Sam here: your engineer is booked for Tuesday.',
        'Thanks for following @NorthwindHelp, we post outage updates there.',
        'Hi Tom, the team has refunded the late fee.',
        'Our billing team will review the charge today.',
        'Please mark the box marked “internal” on the form.',
        'We’ve passed your feedback to the team.',
      ]) {
        expect(kinds(review(text, context)), text).to.not.include('note-like');
      }
    });

    it('takes its phrases from the terms, so a translation brings its own', () => {
      const hits = noteLike('Hinweis fürs Team: bitte prüfen.', ['hinweis fürs team:']);
      expect(hits.map((h) => h.words)).to.deep.equal(['Hinweis fürs Team:']);
      expect(noteLike('Hinweis fürs Team: bitte prüfen.', composerEn.review.notePhrases)).to.deep.equal([]);
    });
  });

  it('checks nothing in an internal note', () => {
    expect(review('Note for the team: 4111 1111 1111 1111, serial complainer', { channel: channel('note', 'note', false, 'Note') })).to.deep.equal([]);
  });

  it('loads the tone rules on first use, and still runs the other checks when they cannot be loaded', async () => {
    expect(kinds(await reviewReply('You obviously installed it wrong.'))).to.deep.equal(['tone']);
    const offline = await reviewReply('You obviously installed it wrong; card 4111 1111 1111 1111.', {}, () => Promise.reject(new Error('offline')));
    expect(kinds(offline)).to.deep.equal(['pii']);
  });
});
