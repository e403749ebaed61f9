import { expect } from '@open-wc/testing';
import { until } from './helpers/until.js';

/** Loads a plain HTML page that includes only dist/screenpop.standalone.js and dist/screenpop.demo.js (built by `npm test`). */
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

function scripts(frame: HTMLIFrameElement): string[] {
  return (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'))
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => !path.startsWith('/__web-dev-server'));
}

describe('standalone file', () => {
  it('registers and renders <cx-sentiment-badge> in a page with no build and no other script', async () => {
    const frame = await loadPage();
    const doc = frame.contentDocument!;
    // The only scripts the page loads, besides the test server's own injected helpers, are the two files it
    // imports and the files beside them in dist/standalone/ (no node_modules, nothing to resolve by a build).
    const loaded = scripts(frame);
    const beside = loaded.filter((path) => /^\/dist\/standalone\/[\w-]+\.js$/.test(path));
    expect(loaded.filter((path) => !beside.includes(path)).sort()).to.deep.equal(['/dist/screenpop.demo.js', '/dist/screenpop.standalone.js']);
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

  it('loads its lazy parts from the files beside it on first use: the analyzer for a badge given a text', async () => {
    const frame = await loadPage();
    const analyzed = frame.contentDocument!.getElementById('analyzed') as HTMLElement & { updateComplete: Promise<unknown> };
    await until(() => /positive/i.test(analyzed.shadowRoot?.textContent ?? ''), 'the built-in analyzer scored the text');
    const lazy = scripts(frame).filter((path) => path.startsWith('/dist/standalone/'));
    expect(lazy.some((path) => /sentiment/.test(path)), lazy.join(', ')).to.equal(true);
    frame.remove();
  });
});
