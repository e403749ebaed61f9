/**
 * The no-build bundle: Lit included, every element registered, and the demo adapter at hand.
 *
 * ```html
 * <script type="module">
 *   import { createDemoAdapter } from './screenpop.standalone.js';
 *   document.querySelector('cx-desk').adapter = createDemoAdapter();
 * </script>
 * ```
 */
import './define/index.js';

export * from './index.js';
export { createDemoAdapter, type DemoAdapter, type DemoAdapterOptions } from './adapters/demo/index.js';
