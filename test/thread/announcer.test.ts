import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { Announcer, type AnnouncerClock } from '../../src/thread/announcer.js';
import { threadEn } from '../../src/i18n/thread-terms.js';
import { DANA, SAM, threadMessage } from '../fixtures/thread-dataset.js';

/** A clock that moves only when told: timers fire in `advance`, in time order. */
function manualClock(): AnnouncerClock & { advance(ms: number): void } {
  let now = 1_000;
  let next = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => now,
    setTimeout: (callback, ms) => (timers.set(++next, { at: now + ms, callback }), next),
    clearTimeout: (handle) => void timers.delete(handle as number),
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
    },
  };
}

function setup() {
  const clock = manualClock();
  let updates = 0;
  const host = { addController() {}, removeController() {}, requestUpdate: () => (updates += 1), updateComplete: Promise.resolve(true) } as unknown as ReactiveControllerHost;
  const announcer = new Announcer(host, { summarize: threadEn.announce, clock, gather: 300, interval: 2_000 });
  return { clock, announcer, updates: () => updates };
}

describe('Announcer', () => {
  it('gathers a burst that arrives over several frames into one summary', () => {
    const { clock, announcer } = setup();
    for (let n = 0; n < 5; n += 1) {
      announcer.queue([threadMessage(40 + n, { author: DANA })]);
      clock.advance(50); // one message every 50 ms: all within the 300 ms gather
    }
    expect(announcer.text).to.equal('');
    clock.advance(100);
    expect(announcer.text).to.equal('5 new messages from Dana Kim');
    expect(announcer.count).to.equal(1);
  });

  it('says at most one thing per interval, summarising what came meanwhile', () => {
    const { clock, announcer, updates } = setup();
    announcer.queue([threadMessage(1, { author: DANA, text: 'hello?' })]);
    clock.advance(300);
    expect(announcer.text).to.equal('New message from Dana Kim: hello?');
    announcer.queue([threadMessage(2, { author: DANA })]);
    clock.advance(400);
    announcer.queue([threadMessage(3, { author: SAM })]);
    clock.advance(1_000);
    expect(announcer.count, 'still within the interval').to.equal(1);
    clock.advance(600); // 2 000 ms after the first announcement
    expect(announcer.text).to.equal('2 new messages from Dana Kim and Sam Ortiz');
    expect(announcer.count).to.equal(2);
    expect(updates()).to.equal(2);
  });

  it('forgets what was queued when reset (another conversation)', () => {
    const { clock, announcer } = setup();
    announcer.queue([threadMessage(1, { author: DANA })]);
    announcer.reset();
    clock.advance(5_000);
    expect(announcer.text).to.equal('');
    expect(announcer.count).to.equal(0);
  });
});
