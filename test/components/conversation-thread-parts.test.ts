import { expect } from '@open-wc/testing';
import '../../src/define/cx-composer.js';
import type { CxComposer } from '../../src/components/composer/composer.js';
import { threadDataset } from '../fixtures/thread-dataset.js';
import { mountThread } from './thread-harness.js';
import { until } from '../helpers/until.js';
import { manifestElement } from '../helpers/manifest.js';

describe('<cx-conversation-thread> styling surface', () => {
  it('exports the hosted composer’s parts, so a host can make its text box shorter', async () => {
    const style = Object.assign(document.createElement('style'), {
      textContent: `
        cx-conversation-thread.short::part(composer-textarea) { height: 2.5rem; }
        cx-conversation-thread.short::part(composer-send) { outline: 3px solid rgb(1, 2, 3); }
      `,
    });
    document.head.append(style);
    try {
      const { el, shadow } = await mountThread(threadDataset({ count: 5 }));
      el.classList.add('short');
      await until(() => shadow.querySelector('cx-composer'), 'the hosted composer');
      const composer = shadow.querySelector<CxComposer>('cx-composer')!;
      await composer.updateComplete;
      const part = (name: string) => composer.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
      expect(part('textarea').getBoundingClientRect().height).to.equal(40);
      expect(getComputedStyle(part('send')).outlineColor).to.equal('rgb(1, 2, 3)');
      // Each part the composer documents is there under the thread as composer-<part>.
      const exported = composer.getAttribute('exportparts')!.split(',').map((pair) => pair.trim());
      const documented = ((await manifestElement('cx-composer')).cssParts ?? []).map((p) => p.name);
      expect(documented).to.have.length.greaterThan(5);
      for (const name of documented) expect(exported).to.include(`${name}: composer-${name}`);
    } finally {
      style.remove();
    }
  });
});
