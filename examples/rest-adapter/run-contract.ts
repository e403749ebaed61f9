/**
 * Runs the adapter contract from `screenpop/testing` against the REST example and the demo adapter,
 * in plain Node (no DOM, no test runner), and fails (exit code 1) if any case fails. CI runs it in a fresh
 * project where the packed package is installed (see .ci/run).
 */
import { formatContractReport, runAdapterContract, type ContractFixture } from 'screenpop/testing';
import { demoContractFixture, restContractFixture } from './contract.js';

let failed = 0;
for (const fixture of [restContractFixture(), demoContractFixture()] satisfies ContractFixture[]) {
  const { adapter, ...options } = fixture;
  const report = await runAdapterContract(adapter, options);
  await fixture.dispose?.();
  console.log(formatContractReport(report), '\n');
  failed += report.failed;
}
if (failed > 0) throw new Error(`${failed} contract case${failed === 1 ? '' : 's'} failed.`);
