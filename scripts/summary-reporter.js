// A web-test-runner reporter that counts passed and failed tests and writes them to a file,
// so `scripts/test.js` can end the run with one plain `N passed, N failed` line.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Where the counts go; `scripts/test.js` sets a file of its own per run, so parallel runs don't mix. */
export const SUMMARY_FILE = process.env.SCREENPOP_SUMMARY_FILE || 'node_modules/.cache/screenpop/wtr-summary.json';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, brokenFiles: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.brokenFiles += 1;
      }
      mkdirSync(dirname(SUMMARY_FILE), { recursive: true });
      writeFileSync(SUMMARY_FILE, JSON.stringify(totals));
    },
  };
}
