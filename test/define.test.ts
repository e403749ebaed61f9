import { expect } from '@open-wc/testing';

describe('registration', () => {
  it('importing the main entry registers no element', async () => {
    const screenpop = await import('../src/index.js');
    expect(screenpop.CxSentimentBadge).to.be.a('function');
    expect(customElements.get('cx-sentiment-badge')).to.equal(undefined);
    expect(customElements.get('cx-desk')).to.equal(undefined);
  });

  it('importing screenpop/define registers every element, and doing it twice is harmless', async () => {
    await import('../src/define/index.js');
    const screenpop = await import('../src/index.js');
    expect(customElements.get('cx-sentiment-badge')).to.equal(screenpop.CxSentimentBadge);
    expect(customElements.get('cx-desk')).to.equal(screenpop.CxDesk);
    await import('../src/define/cx-desk.js');
    screenpop.defineElement('cx-desk', screenpop.CxDesk);
    expect(customElements.get('cx-desk')).to.equal(screenpop.CxDesk);
  });

  it('warns and keeps the first class when another class takes a registered name', async () => {
    const screenpop = await import('../src/index.js');
    await import('../src/define/index.js');
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      screenpop.defineElement('cx-desk', class extends screenpop.CxDesk {});
    } finally {
      console.warn = original;
    }
    expect(customElements.get('cx-desk')).to.equal(screenpop.CxDesk);
    expect(String(warnings[0])).to.contain('cx-desk');
  });

  it('lets a host register a class under a name of its own', async () => {
    const screenpop = await import('../src/index.js');
    screenpop.defineElement('acme-sentiment', class extends screenpop.CxSentimentBadge {});
    const el = document.createElement('acme-sentiment') as InstanceType<typeof screenpop.CxSentimentBadge>;
    el.label = 'negative';
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Negative');
    el.remove();
  });
});
