/**
 * The no-build bundle: Lit included, every element registered. The parts loaded on first use sit
 * beside it in `standalone/`; the demo adapter and its data set are a file of their own,
 * `screenpop.demo.js`, so a page that brings its own adapter never downloads them.
 *
 * ```html
 * <script type="module">
 *   import './screenpop.standalone.js';
 *   import { createDemoAdapter } from './screenpop.demo.js';
 *   document.querySelector('cx-desk').adapter = createDemoAdapter();
 * </script>
 * ```
 */
import './define/index.js';

export * from './index.js';
