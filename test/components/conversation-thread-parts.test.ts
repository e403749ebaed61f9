import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define/cx-composer.js';
import type { CxComposer } from '../../src/components/composer/composer.js';
import { threadDataset } from '../fixtures/thread-dataset.js';
import { mountThread } from './thread-harness.js';

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
      await waitUntil(() => shadow.querySelector('cx-composer'), 'the hosted composer');
      const composer = shadow.querySelector<CxComposer>('cx-composer')!;
      await composer.updateComplete;
      const part = (name: string) => composer.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
      expect(part('textarea').getBoundingClientRect().height).to.equal(40);
      expect(getComputedStyle(part('send')).outlineColor).to.equal('rgb(1, 2, 3)');
      // Each documented composer part is there under the thread as composer-<part>.
      const exported = composer.getAttribute('exportparts')!.split(',').map((pair) => pair.trim());
      for (const name of ['base', 'channels', 'reason', 'note', 'textarea', 'counter', 'status', 'send', 'warning', 'move'])
        expect(exported).to.include(`${name}: composer-${name}`);
    } finally {
      style.remove();
    }
  });
});
