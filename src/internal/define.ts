import { ContextRoot } from '@lit/context';

const ROOT_ATTACHED = Symbol.for('screenpop.context-root');

/**
 * Lets consumers find providers defined after them: a ContextRoot on the document holds context
 * requests nobody answered yet and replays them when a provider (such as `<cx-desk>`) appears.
 */
function attachContextRoot(): void {
  const doc = globalThis.document as (Document & { [ROOT_ATTACHED]?: true }) | undefined;
  if (!doc || doc[ROOT_ATTACHED]) return;
  new ContextRoot().attach(doc.documentElement);
  doc[ROOT_ATTACHED] = true;
}

/**
 * Registers an element once. The same class again is a no-op; a different class under a taken name
 * warns and leaves the first in place. Hosts may register the classes under names of their own.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  attachContextRoot();
  const existing = customElements.get(tagName);
  if (existing === elementClass) return;
  if (existing) {
    console.warn(`screenpop: <${tagName}> is already defined by another class; keeping that one.`);
    return;
  }
  customElements.define(tagName, elementClass);
}
