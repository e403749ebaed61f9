import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface DemoPageResult {
  problems: string[];
  popped: string;
  incident?: string;
  screenshots: string[];
}

/** Runs the demo page command: it starts at once and is asked for its result until done (each ask answers within 5 s). */
async function runDemoPage(payload: { url: string; flood: boolean }): Promise<DemoPageResult> {
  const { id } = await executeServerCommand<{ id: string }, typeof payload>('demo-page', payload);
  const deadline = performance.now() + 240_000;
  for (;;) {
    const outcome = await executeServerCommand<{ done: boolean; result?: DemoPageResult }, { id: string }>('demo-page:result', { id });
    if (outcome.done) return outcome.result!;
    if (performance.now() > deadline) throw new Error('Timed out after 240 s waiting for the demo page run');
  }
}

describe('the product demo (npm start)', () => {
  it('loads the desktop, pops the customer without a console error, floods, and saves screenshots', async function () {
    this.timeout(300_000); // a page of its own on a loaded machine: the run's own deadline (240 s) says what it waited for
    const result = await runDemoPage({ url: `${location.origin}/examples/index.html`, flood: true });
    expect(result.problems, result.problems.join('\n')).to.deep.equal([]);
    expect(result.popped.length).to.be.greaterThan(0);
    expect(result.incident).to.match(/^Incident: \d+ customers$/);
    expect(result.screenshots).to.deep.equal(['build/screenshots/desktop.png', 'build/screenshots/desktop-flood.png']);
  });
});
