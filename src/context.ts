import { createContext } from '@lit/context';
import type { Adapter } from './ports/ports.js';

/**
 * The adapter every `cx-*` element uses, provided by `<cx-desk>`. The key is registered globally so
 * that two copies of Screenpop on one page (say the standalone file and a bundled copy) still meet.
 */
export const adapterContext = createContext<Adapter | undefined>(Symbol.for('screenpop.adapter'));
