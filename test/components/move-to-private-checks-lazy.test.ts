// Its own file, so its own page: the counters and checks (shared with the composer) are not loaded yet here.
import { expect } from '@open-wc/testing';
import { composerChecks, type ComposerChecks } from '../../src/compose/checks-loader.js';
import { channel } from '../../src/model/index.js';
import { until } from '../helpers/until.js';
import { $, HOUR, mountMove, scene } from './move-harness.js';

const real = composerChecks.load;

describe('<cx-move-to-private> loading its counters and checks on first opening', () => {
  after(() => (composerChecks.load = real));

  it('paints its button without them; the open dialog says it is loading until they are in, then shows the routes and texts', async () => {
    let asked = 0;
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    composerChecks.value = undefined;
    composerChecks.loading = undefined;
    composerChecks.load = () => {
      asked += 1;
      return gate.then(real) as Promise<ComposerChecks>;
    };
    const s = scene([channel('x-public', 'x', true, 'X (public reply)')], [['x-public', 'customer', HOUR]]);
    const el = await mountMove(s);
    const trigger = $<HTMLButtonElement>(el, '[part~="trigger"]')!;
    expect(trigger.textContent).to.contain('private');
    expect(asked, 'painting the button does not download them').to.equal(0);
    const before = trigger.getBoundingClientRect().toJSON();

    trigger.click();
    await el.updateComplete;
    expect(asked, 'opening asks for them').to.equal(1);
    await until(() => $(el, '.body [aria-busy="true"]'), 'the loading line in the dialog');
    expect($(el, '[part~="routes"]')).to.equal(null);

    release();
    await until(() => $(el, '[part~="routes"]'), 'the routes');
    await until(() => $(el, 'textarea#acknowledgement'), 'the public acknowledgement');
    expect(trigger.getBoundingClientRect().toJSON()).to.deep.equal(before);
  });

  it('a download that fails is said in plain words with Retry (not "Loading…" for ever), asked again only on Retry, and Retry shows the move', async () => {
    let asked = 0;
    let failing = true;
    composerChecks.value = undefined;
    composerChecks.loading = undefined;
    composerChecks.load = () => {
      asked += 1;
      return failing ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: /src/compose/checks.ts (test)')) : (real() as Promise<ComposerChecks>);
    };
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const s = scene([channel('x-public', 'x', true, 'X (public reply)')], [['x-public', 'customer', HOUR]]);
      const el = await mountMove(s);
      el.show();
      const error = await until(() => $(el, '.body [part~="error"]'), 'the failed download in the dialog');
      expect(error.querySelector('p')!.textContent).to.equal("Couldn't load the length counters and the checks of both texts just now. Try again.");
      expect(error.querySelector('[part="error-detail"] pre')!.textContent).to.contain('Failed to fetch dynamically imported module');
      expect($(el, '.body [aria-busy="true"]'), 'no longer loading').to.equal(null);
      expect(warnings, 'developers told once').to.have.length(1);
      // Other updates do not ask for the chunk again (a lost network would be asked in a loop).
      el.privateText = 'Hello Dana';
      await el.updateComplete;
      expect(asked).to.equal(1);
      await expect(el).to.be.accessible();

      failing = false;
      error.querySelector<HTMLButtonElement>('[part="error-retry"]')!.click();
      await until(() => $(el, 'textarea#acknowledgement'), 'the move after Retry');
      expect($(el, '.body [part~="error"]')).to.equal(null);
      expect(asked).to.equal(2);
    } finally {
      console.warn = warn;
    }
  });
});
