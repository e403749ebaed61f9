import { expect } from '@open-wc/testing';
import { until } from './helpers/until.js';

/** Loads a plain HTML page that includes only dist/screenpop.standalone.js (built by `npm test`). */
async function loadPage(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = '/test/fixtures/standalone.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { standaloneReady?: boolean };
  await until(() => win.standaloneReady, 'the standalone file to register its elements');
  return frame;
}

describe('standalone file', () => {
  it('registers and renders <cx-sentiment-badge> in a page with no build and no other script', async () => {
    const frame = await loadPage();
    const doc = frame.contentDocument!;
    // The only script the page loads, besides the test server's own injected helpers, is the standalone file.
    const loaded = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'))
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => !path.startsWith('/__web-dev-server'));
    expect(loaded).to.deep.equal(['/dist/screenpop.standalone.js']);
    expect(doc.querySelector('script[type="importmap"]')).to.equal(null);
    expect(frame.contentWindow!.customElements.get('cx-sentiment-badge')).to.be.a('function');
    const [given, scored] = [...doc.querySelectorAll('cx-sentiment-badge')] as Array<HTMLElement & { updateComplete: Promise<unknown> }>;
    await given!.updateComplete;
    await scored!.updateComplete;
    expect(given!.shadowRoot!.textContent).to.contain('Negative');
    expect(scored!.shadowRoot!.textContent).to.contain('Very positive');
    const desk = doc.getElementById('desk') as HTMLElement & { adapter?: { name: string } };
    expect(desk.adapter?.name).to.equal('demo');
    frame.remove();
  });
});
