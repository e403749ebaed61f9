/**
 * `screenpop/adapters/post-message`: Screenpop in an iframe on another origin, its adapter on the host
 * page. The host page calls `exposeAdapter(adapter, { target: iframe.contentWindow, allowedOrigins })`;
 * the widget page calls `connectAdapter({ target: window.parent, allowedOrigins })` and gets an
 * `Adapter` with the capabilities the host page exposed. See the README, "In an iframe".
 */
export { exposeAdapter, type BridgeTarget, type ExposeOptions, type ExposedAdapter, type MessageSource } from './expose.js';
export { connectAdapter, type ConnectOptions, type ConnectedAdapter } from './connect.js';
export { REPORTS_PER_SECOND, type BridgeRejection, type RejectionListener, type RejectionReason } from './guard.js';
export { OPERATIONS } from './operations.js';
export { PROTOCOL, VERSIONS } from './protocol.js';
