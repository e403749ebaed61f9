import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface DemoPageResult {
  problems: string[];
  popped: string;
  incident?: string;
  screenshots: string[];
}

describe('the product demo (npm start)', () => {
  it('loads the desktop, pops the customer without a console error, floods, and saves screenshots', async () => {
    const result = await executeServerCommand<DemoPageResult, { url: string; flood: boolean }>('demo-page', { url: `${location.origin}/examples/index.html`, flood: true });
    expect(result.problems, result.problems.join('\n')).to.deep.equal([]);
    expect(result.popped.length).to.be.greaterThan(0);
    expect(result.incident).to.match(/^Incident: \d+ customers$/);
    expect(result.screenshots).to.deep.equal(['build/screenshots/desktop.png', 'build/screenshots/desktop-flood.png']);
  });
});
