export * from './ports.js';
export * from './errors.js';
export { createAdapter, composeAdapter, type AdapterOptions, type PortSource } from './adapter.js';
export * as validators from './validate.js';
