/**
 * `screenpop/testing`: the adapter contract, for your own adapter. Runner-agnostic and DOM-free:
 * `runAdapterContract(adapter, options)` returns a report; `describeAdapterContract(name, makeFixture)`
 * registers the same cases with mocha, jest or vitest. See the README, "Test your adapter".
 */
export {
  contractCases,
  describeAdapterContract,
  formatContractReport,
  runAdapterContract,
  type ContractCase,
  type ContractCaseResult,
  type ContractFault,
  type ContractFixture,
  type ContractOptions,
  type ContractReport,
  type TestRunner,
} from './contract.js';
export { ContractFailure } from './tools.js';
