import { expect } from '@open-wc/testing';
import { manifestElements } from '../helpers/manifest.js';
import { until } from '../helpers/until.js';

/** Every node under `root`, open shadow roots included. */
function deepAll(root: Document | ShadowRoot | Element, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepAll(el.shadowRoot, selector));
  return found;
}

function deepText(root: Document | ShadowRoot | Element): string {
  let text = '';
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) text += deepText(el.shadowRoot);
  }
  return text + (root instanceof Document ? root.body.textContent : root.textContent);
}

describe('every element under a strict CSP with Trusted Types required', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('renders hostile customer strings as text: no violation, nothing runs, only http(s) links live', async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 1280px; block-size: 2400px';
    frame.src = new URL('./csp-page.html', import.meta.url).href;
    document.body.append(frame);
    const win = await until(() => frame.contentWindow?.cspPage && frame.contentWindow, 'the page under the policy');
    const doc = frame.contentDocument!;
    expect(win.cspPage!.trustedTypesEnforced, 'a plain string into innerHTML throws: the policy is enforced').to.equal(true);

    // Every element the package has is on the page (an element added later fails here until csp-page.ts mounts it).
    const tags = (await manifestElements()).map((e) => e.tagName);
    expect(tags.length).to.be.greaterThan(8);
    await until(() => tags.every((tag) => deepAll(doc, tag).length > 0), `every element on the page (missing: ${tags.filter((tag) => deepAll(doc, tag).length === 0).join(', ')})`);
    await until(() => deepText(doc).includes('<img src=x onerror="window.__pwned=1">'), 'the hostile message text, as text');
    await until(() => deepText(doc).includes('"><svg onload="window.__pwned=1"></svg> Dana'), 'the hostile author name, as text');
    await until(() => deepText(doc).includes('Dana <img src=x'), 'the hostile customer name in the customer 360, as text');
    // The move dialog and the badge's explanation render under the policy too.
    const move = deepAll(doc, 'cx-move-to-private').find((el) => !el.closest('cx-composer') && el.getRootNode() === doc) as HTMLElement & { open: boolean };
    move.open = true;
    await until(() => move.shadowRoot?.querySelector('dialog[open]'), 'the move dialog open');

    expect(win.__pwned, 'no hostile string ran').to.equal(undefined);
    expect(deepAll(doc, 'script').filter((s) => s.getAttribute('type') !== 'module'), 'no script element from data').to.deep.equal([]);
    expect(deepAll(doc, '[onerror], [onload], svg[onload], iframe[srcdoc], img[src="x"]'), 'no element or handler from data').to.deep.equal([]);
    for (const a of deepAll(doc, 'a[href]')) expect(a.getAttribute('href'), a.outerHTML).to.match(/^(https?:|mailto:|tel:|#)/);
    for (const img of deepAll(doc, 'img[src]')) expect(img.getAttribute('src'), img.outerHTML).to.match(/^(https?:|data:image\/)/);
    expect(win.cspPage!.violations, 'policy violations').to.deep.equal([]);
  });
});
