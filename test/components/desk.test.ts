import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { CxDesk } from '../../src/components/desk/desk.js';
import { AdapterController } from '../../src/internal/adapter-controller.js';
import { defineElement } from '../../src/internal/define.js';
import { createAdapter } from '../../src/ports/adapter.js';
import type { Adapter } from '../../src/ports/ports.js';

/** A minimal consumer, as every cx-* component is one: shows the name of the adapter it sees. */
class Probe extends LitElement {
  adapter?: Adapter;
  readonly adapters = new AdapterController(this);
  override render(): TemplateResult {
    return html`${this.adapters.value?.name ?? 'none'}`;
  }
}

const adapterNamed = (name: string) => createAdapter({ name, conversations: { getConversation: async () => ({}) as never, loadMessages: async () => ({ messages: [], nextCursor: null }) } });
let n = 0;
const names = () => {
  n += 1;
  return { desk: `test-desk-${n}`, probe: `test-probe-${n}` };
};
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

function markup(desk: string, probe: string): { host: HTMLElement; desk: CxDesk; probe: Probe } {
  const host = document.createElement('div');
  host.innerHTML = `<${desk}><section><${probe}></${probe}></section></${desk}>`;
  document.body.append(host);
  return { host, desk: host.firstElementChild as CxDesk, probe: host.querySelector(probe) as Probe };
}

describe('<cx-desk>', () => {
  it('provides its adapter to a consumer defined before the desk (markup first)', async () => {
    const tags = names();
    const page = markup(tags.desk, tags.probe);
    defineElement(tags.probe, class extends Probe {});
    await nextFrame();
    defineElement(tags.desk, class extends CxDesk {});
    page.desk.adapter = adapterNamed('late-desk');
    await page.probe.updateComplete;
    expect(page.probe.shadowRoot!.textContent).to.equal('late-desk');
    page.host.remove();
  });

  it('provides its adapter to a consumer defined after the desk (markup first)', async () => {
    const tags = names();
    const page = markup(tags.desk, tags.probe);
    defineElement(tags.desk, class extends CxDesk {});
    page.desk.adapter = adapterNamed('early-desk');
    await nextFrame();
    defineElement(tags.probe, class extends Probe {});
    await page.probe.updateComplete;
    expect(page.probe.shadowRoot!.textContent).to.equal('early-desk');
    page.host.remove();
  });

  it('tells consumers when the adapter is replaced', async () => {
    const tags = names();
    defineElement(tags.desk, class extends CxDesk {});
    defineElement(tags.probe, class extends Probe {});
    const page = markup(tags.desk, tags.probe);
    page.desk.adapter = adapterNamed('first');
    await page.probe.updateComplete;
    page.desk.adapter = adapterNamed('second');
    await page.desk.updateComplete;
    await page.probe.updateComplete;
    expect(page.probe.shadowRoot!.textContent).to.equal('second');
    page.host.remove();
  });

  it('wraps plain ports with the validating boundary', async () => {
    const tags = names();
    defineElement(tags.desk, class extends CxDesk {});
    const desk = (await fixture(`<${tags.desk}></${tags.desk}>`)) as CxDesk;
    desk.adapter = { conversations: { getConversation: async () => ({ id: 7 }) as never, loadMessages: async () => ({ messages: [], nextCursor: null }) } };
    expect(desk.adapter!.has('conversations.load')).to.equal(true);
    const error = await desk.adapter!.conversations!.getConversation('c').catch((e: Error) => e);
    expect((error as Error).name).to.equal('InvalidDataError');
  });

  it('lets an element given an adapter directly work without a desk', async () => {
    const tags = names();
    defineElement(tags.probe, class extends Probe {});
    const probe = (await fixture(`<${tags.probe}></${tags.probe}>`)) as Probe;
    expect(probe.shadowRoot!.textContent).to.equal('none');
    probe.adapter = adapterNamed('direct');
    probe.requestUpdate();
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('direct');
  });

  it('prefers an element’s own adapter over the desk’s', async () => {
    const tags = names();
    defineElement(tags.desk, class extends CxDesk {});
    defineElement(tags.probe, class extends Probe {});
    const page = markup(tags.desk, tags.probe);
    page.desk.adapter = adapterNamed('desk');
    page.probe.adapter = adapterNamed('own');
    page.probe.requestUpdate();
    await page.probe.updateComplete;
    expect(page.probe.shadowRoot!.textContent).to.equal('own');
    page.host.remove();
  });
});
