/**
 * Screenpop: classes, types, events and helpers. Importing this module registers no element;
 * import `screenpop/define` (all) or `screenpop/define/cx-…` (one) for that.
 */
export * from './model/index.js';
export * from './ports/index.js';
export { adapterContext } from './context.js';
export { defineElement } from './internal/define.js';
export { en as englishTerms, type Terms } from './i18n/terms.js';
export { CxDesk } from './components/desk/desk.js';
export { CxSentimentBadge } from './components/sentiment-badge/sentiment-badge.js';
