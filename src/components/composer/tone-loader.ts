import { loadAnalyzer } from '../../sentiment/load.js';

/**
 * Where the composer's tone check gets the analyzer (downloaded on first use). A seam for tests, which
 * replace `load` to make the check slow; pages leave it alone.
 * @internal
 */
export const toneAnalyzer: { load: typeof loadAnalyzer } = { load: loadAnalyzer };
