import { expect } from '@open-wc/testing';
import { until } from '../helpers/until.js';
import { $, demo, mount, popShown, textOf } from './screen-pop-harness.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('<cx-screen-pop> notifications', () => {
  let title: string;
  beforeEach(() => {
    title = document.title;
    document.title = 'Agent desktop';
  });
  afterEach(() => {
    document.title = title;
  });

  it('counts waiting interactions in the document title and restores it when none wait', async () => {
    const adapter = demo();
    const el = await mount(adapter);
    const a = adapter.demo.offer('conv-001');
    await until(() => document.title === '(1) Agent desktop', 'the count in the title');
    const b = adapter.demo.offer('conv-003');
    await until(() => document.title === '(2) Agent desktop', 'two waiting');
    // The host renames its page meanwhile: that becomes the title to restore.
    document.title = 'Agent desktop – Dana';
    adapter.demo.accept(a);
    await until(() => document.title === '(1) Agent desktop – Dana', 'one waiting, on the host’s new title');
    el.dismiss(b);
    await until(() => document.title === 'Agent desktop – Dana', 'restored');
    adapter.demo.offer('conv-004');
    await until(() => document.title === '(1) Agent desktop – Dana', 'counting again');
    el.remove();
    expect(document.title, 'restored when the element leaves the page').to.equal('Agent desktop – Dana');
  });

  it('announces each pop politely, once, and shows an in-page alert for what waits', async () => {
    const adapter = demo();
    const el = await mount(adapter);
    const live = $(el, '[role="status"][aria-live="polite"]')!;
    const heard: string[] = [];
    new MutationObserver(() => heard.push(textOf(live))).observe(live, { childList: true, subtree: true, characterData: true });
    const a = adapter.demo.offer('conv-001');
    await popShown(el, a);
    await until(() => heard.length === 1, 'the announcement');
    expect(heard[0]).to.match(/^New X interaction from @dana_whit(: .+)?$/);
    const b = adapter.demo.offer('conv-003');
    await until(() => textOf($(el, '[part~="alert"]')).includes('2 waiting'), 'the alert');
    expect(textOf($(el, '[part~="alert"]'))).to.include(`New X interaction from`);
    // Accepting the shown pop, switching away and back: no second announcement for it.
    adapter.demo.accept(a);
    el.show(b);
    await popShown(el, b);
    await until(() => heard.length === 2, 'the second pop announced');
    el.show(a);
    await popShown(el, a);
    await frame();
    await el.updateComplete;
    expect(heard).to.have.length(2);
    // The alert goes with what it named.
    el.dismiss(b);
    await until(() => !$(el, '[part~="alert"]'), 'the alert gone');
  });

  it('turns each notification off, and asks for permission before a browser notification', async () => {
    const shown: string[] = [];
    const original = window.Notification;
    let permission: NotificationPermission = 'default';
    class FakeNotification {
      static get permission() {
        return permission;
      }
      static requestPermission = async () => (permission = 'granted');
      constructor(title: string) {
        shown.push(title);
      }
    }
    Object.defineProperty(window, 'Notification', { value: FakeNotification, configurable: true, writable: true });
    try {
      const adapter = demo();
      const el = await mount(adapter, { notifications: { title: false, announce: false, browser: true } });
      adapter.demo.offer('conv-001');
      const ask = await until(() => [...el.shadowRoot!.querySelectorAll('[part~="alert"] button')].find((b) => b.textContent === 'Turn on desktop notifications') as HTMLButtonElement | undefined, 'the permission button');
      expect(shown).to.deep.equal([]);
      ask.click();
      await until(() => permission === 'granted', 'permission');
      adapter.demo.offer('conv-003');
      await until(() => shown.length === 1, 'a browser notification');
      expect(shown[0]).to.match(/^New X interaction: /);
      expect(document.title).to.equal('Agent desktop');
      expect(textOf($(el, '[role="status"][aria-live="polite"]'))).to.equal('');

      const quiet = await mount(demo(), { notifications: { alert: false, title: false, announce: false } });
      const quietDemo = demo();
      quiet.adapter = quietDemo;
      await quiet.updateComplete; // subscribed to the new adapter
      quietDemo.demo.offer('conv-001');
      await until(() => quiet.queue.length === 1, 'queued');
      await quiet.updateComplete;
      expect($(quiet, '[part~="alert"]')).to.equal(null);
      expect(document.title).to.equal('Agent desktop');
    } finally {
      Object.defineProperty(window, 'Notification', { value: original, configurable: true, writable: true });
    }
  });
});

describe('<cx-screen-pop> tone', () => {
  it('plays a tone only when asked to, at most once in a few seconds', async () => {
    const original = window.AudioContext;
    let tones = 0;
    class FakeAudio {
      currentTime = 0;
      destination = {};
      createOscillator() {
        return { frequency: { value: 0 }, connect: (node: unknown) => node, start: () => (tones += 1), stop: () => undefined };
      }
      createGain() {
        return { gain: { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined }, connect: (node: unknown) => node };
      }
      close = async () => undefined;
    }
    Object.defineProperty(window, 'AudioContext', { value: FakeAudio, configurable: true, writable: true });
    try {
      const silent = demo();
      const quiet = await mount(silent);
      silent.demo.offer('conv-001');
      await until(() => quiet.queue.length === 1, 'queued without a tone');
      expect(tones).to.equal(0);
      const adapter = demo();
      const el = await mount(adapter, { notifications: { sound: true } });
      adapter.demo.offer('conv-001');
      adapter.demo.offer('conv-003');
      await until(() => el.queue.length === 2, 'both queued');
      expect(tones).to.equal(1);
    } finally {
      Object.defineProperty(window, 'AudioContext', { value: original, configurable: true, writable: true });
    }
  });
});
