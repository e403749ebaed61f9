// Its own file, so its own page: the composer's checks (X's counter with its TLD list, the reply checks)
// have not been loaded by another test here.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cx-composer.js';
import { createDemoAdapter } from '../../src/adapters/demo/index.js';
import type { CxComposer } from '../../src/components/composer/composer.js';
import { composerChecks, type ComposerChecks } from '../../src/compose/checks-loader.js';
import { channel, type Conversation } from '../../src/model/index.js';
import { until } from '../helpers/until.js';

/** Holds the download of the checks until `release()`, and counts the downloads asked for. */
const real = composerChecks.load;
function holdChecks(): { release: () => void; asked: () => number } {
  let asked = 0;
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  composerChecks.value = undefined;
  composerChecks.loading = undefined;
  composerChecks.load = () => {
    asked += 1;
    return gate.then(real) as Promise<ComposerChecks>;
  };
  return { release: () => release(), asked: () => asked };
}

async function composer(id: string): Promise<CxComposer> {
  const at = new Date().toISOString();
  const conversation: Conversation = { id, channels: [channel('x-dm', 'x', false, 'X (DM)')], status: 'open', priority: 'normal', sla: [], participants: [], createdAt: at, updatedAt: at };
  const adapter = createDemoAdapter({ latency: 0, initialInteraction: false, dataset: { customers: [], conversations: [conversation], messages: [] } as never });
  return fixture<CxComposer>(html`<cx-composer .adapter=${adapter} .conversation=${conversation} .messages=${[]}></cx-composer>`);
}

const $ = <T extends Element = HTMLElement>(el: CxComposer, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const box = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
};

describe('<cx-composer> loading its checks on first use', () => {
  it('counts an empty reply without them, shows "…" from the first keystroke until they are in, and nothing moves', async () => {
    const held = holdChecks();
    const el = await composer(`conv-lazy-checks-${Date.now()}`);
    const counter = () => $(el, '[part="counter"]');
    expect(counter().textContent).to.contain('10000 of 10000');
    expect(held.asked(), 'an empty composer does not download the checks').to.equal(0);
    const area = $<HTMLTextAreaElement>(el, 'textarea#text');
    const before = { area: box(area), send: box($(el, '[part="send"]')) };

    area.value = 'Hello, see https://example.com';
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(held.asked(), 'the first keystroke asks for them').to.equal(1);
    expect(counter().getAttribute('data-level')).to.equal('counting');
    expect(counter().getAttribute('aria-busy')).to.equal('true');
    expect(counter().textContent).to.equal('…');
    expect($<HTMLButtonElement>(el, '[part="send"]').disabled, 'no send before the length is known').to.equal(true);
    expect(box(area)).to.deep.equal(before.area);
    expect(box($(el, '[part="send"]'))).to.deep.equal(before.send);

    held.release();
    await until(() => counter().getAttribute('data-level') !== 'counting', 'the counter counts');
    expect(counter().textContent).to.contain('9970 of 10000');
    expect($<HTMLButtonElement>(el, '[part="send"]').disabled).to.equal(false);
    expect(box(area)).to.deep.equal(before.area);
    expect(box($(el, '[part="send"]'))).to.deep.equal(before.send);
    expect(held.asked()).to.equal(1);
  });
});
