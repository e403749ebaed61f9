// Its own file, so its own page: the composer's checks (counters, reply checks) start undownloaded here, and
// their download is made to fail as a lost network would make it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cx-composer.js';
import { createDemoAdapter, type DemoAdapter } from '../../src/adapters/demo/index.js';
import type { CxComposer } from '../../src/components/composer/composer.js';
import { composerChecks, type ComposerChecks } from '../../src/compose/checks-loader.js';
import { channel, type Conversation, type Message } from '../../src/model/index.js';
import { until } from '../helpers/until.js';

const HOUR = 3_600_000;
const real = composerChecks.load;
let failing = true;
let asked = 0;
const warn = console.warn;
beforeEach(() => {
  failing = true;
  asked = 0;
  composerChecks.value = undefined;
  composerChecks.loading = undefined;
  composerChecks.load = () => {
    asked += 1;
    return failing ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: /src/compose/checks.ts (test)')) : (real() as Promise<ComposerChecks>);
  };
  console.warn = () => {};
});
afterEach(() => {
  composerChecks.load = real;
  console.warn = warn;
});

let sequence = 0;
/** A public X conversation the customer wrote in an hour ago, in a demo host. */
async function publicReply(): Promise<{ el: CxComposer; adapter: DemoAdapter; sent: () => Promise<Message[]> }> {
  sequence += 1;
  const id = `conv-checks-failure-${Date.now()}-${sequence}`;
  const at = new Date(Date.now() - HOUR).toISOString();
  const conversation: Conversation = { id, channels: [channel('x-public', 'x', true, 'X (public reply)')], status: 'open', priority: 'normal', sla: [], participants: [], createdAt: at, updatedAt: at };
  const message: Message = {
    id: `${id}-m0`, conversationId: id, channelId: 'x-public', visibility: 'public', author: { id: 'dana', role: 'customer', displayName: 'Dana' },
    text: 'Still no internet.', createdAt: at, attachments: [], delivery: 'sent',
  }; // prettier-ignore
  const adapter = createDemoAdapter({ latency: 0, initialInteraction: false, dataset: { customers: [], conversations: [conversation], messages: [message] } as never });
  const el = await fixture<CxComposer>(html`<cx-composer .adapter=${adapter} .conversation=${conversation} .messages=${[message]}></cx-composer>`);
  const sent = async () => (await adapter.conversations!.loadMessages(id, { limit: 100 })).messages.filter((m) => m.author.role === 'agent');
  return { el, adapter, sent };
}

const $ = <T extends Element = HTMLElement>(el: CxComposer, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const textOf = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
async function type(el: CxComposer, text: string): Promise<void> {
  const area = $<HTMLTextAreaElement>(el, 'textarea#text')!;
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

// A card number: the reply checks would stop a public post of it.
const REPLY = 'Your card 4111 1111 1111 1111 is on file, Dana.';

describe('<cx-composer> when its checks cannot be downloaded', () => {
  it('says so in plain words, asks again only on Retry, sends nothing meanwhile, and Retry brings the checks back', async () => {
    const { el, sent } = await publicReply();
    await type(el, REPLY);
    const error = await until(() => $(el, '[part~="checks-error"] [part~="error"]'), 'the failure in words');
    expect(textOf(error.querySelector('p'))).to.equal("Couldn't load the length counter and the checks before sending just now. Try again.");
    expect(textOf(error.querySelector('[part="error-detail"] pre'))).to.contain('Failed to fetch dynamically imported module');
    expect(textOf($(el, '[part~="checks-error"]'))).to.contain('your text is not checked for length, personal data or tone');
    expect($<HTMLButtonElement>(el, '[part="send"]')!.disabled, 'no send without the checks').to.equal(true);
    expect($(el, '[part="counter"]')!.getAttribute('aria-busy'), 'not busy forever').to.equal(null);
    await expect(el).to.be.accessible();

    // Typing on does not ask for the chunk again (a lost network would be asked in a loop); a send does not post.
    await type(el, `${REPLY} `);
    expect(asked).to.equal(1);
    await el.send();
    expect(await sent(), 'nothing posted without the checks').to.deep.equal([]);
    expect($<HTMLTextAreaElement>(el, 'textarea#text')!.value, 'the reply is kept').to.equal(`${REPLY} `);

    failing = false;
    error.querySelector<HTMLButtonElement>('[part="error-retry"]')!.click();
    await until(() => !$(el, '[part~="checks-error"]') && textOf($(el, '[part="counter"]')).includes('characters left'), 'the counter after Retry');
    expect($<HTMLButtonElement>(el, '[part="send"]')!.disabled).to.equal(false);
    // The checks run again before the public post: the card number is caught.
    await el.send();
    await until(() => $(el, '[part="warning"][data-gate="review"]'), 'the review of the public reply');
    expect(await sent()).to.deep.equal([]);
  });

  it('posts without the checks only when the agent chooses to, that exact text, once', async () => {
    const { el, sent } = await publicReply();
    const text = 'Thanks, Dana: an engineer is booked for Tuesday.';
    await type(el, text);
    const choice = await until(() => [...el.shadowRoot!.querySelectorAll('[part~="checks-error"] button')].find((b) => b.textContent!.includes('Send without the checks')), 'the choice');
    (choice as HTMLButtonElement).click();
    await until(async () => (await sent()).length === 1, 'the reply posted');
    expect((await sent()).map((m) => m.text)).to.deep.equal([text]);
    await until(() => $<HTMLTextAreaElement>(el, 'textarea#text')!.value === '', 'the box cleared once sent');
    expect($(el, '[part~="checks-error"]'), 'nothing to choose without text').to.equal(null);

    // The choice was for that text: the next reply needs the checks (or the choice) again.
    await type(el, 'And a credit of £10 is on your account.');
    await el.send();
    expect((await sent()).length).to.equal(1);
  });
});
