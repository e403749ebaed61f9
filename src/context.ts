import { createContext } from '@lit/context';
import type { Adapter } from './ports/ports.js';

/**
 * The adapter every `cx-*` element uses, provided by `<cx-desk>`. The key is registered globally so
 * that two copies of Screenpop on one page (say the standalone file and a bundled copy) still meet.
 */
export const adapterContext = createContext<Adapter | undefined>(Symbol.for('screenpop.adapter'));

/**
 * The desk-wide locale (a BCP 47 tag such as `es` or `ar-EG`), provided by `<cx-desk locale="…">`. An
 * element's own `locale` attribute wins over it. Registered globally for the same reason as the adapter.
 */
export const localeContext = createContext<string | undefined>(Symbol.for('screenpop.locale'));
