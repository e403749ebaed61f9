export * from './ports.js';
export * from './errors.js';
export { createAdapter, composeAdapter, type AdapterOptions, type PortSource } from './adapter.js';
export { validate, MAX_ISSUES, type Check } from './schema.js';
export { describeValue, describeThrown } from './describe.js';
export * as validators from './validate.js';
