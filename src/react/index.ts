// Generated from custom-elements.json by `node scripts/react-wrappers.js`; do not edit by hand.
/**
 * `screenpop/react`: a React component for each Screenpop element, made with `@lit/react`. Each wrapper
 * is a module of its own that registers its element, so a bundler drops the wrappers (and elements) an
 * app does not use. Properties are set as properties (objects and arrays too), and each `cx-*` event is
 * an `onCx…` prop typed with its event class. React is a peer dependency, not bundled.
 */
export { CxComposer } from './cx-composer.js';
export { CxConversationThread } from './cx-conversation-thread.js';
export { CxCustomer360 } from './cx-customer-360.js';
export { CxDesk } from './cx-desk.js';
export { CxKnowledge } from './cx-knowledge.js';
export { CxMoveToPrivate } from './cx-move-to-private.js';
export { CxScreenPop } from './cx-screen-pop.js';
export { CxSentimentBadge } from './cx-sentiment-badge.js';
export { CxSlaClock } from './cx-sla-clock.js';
export { CxThreadMessage } from './cx-thread-message.js';
