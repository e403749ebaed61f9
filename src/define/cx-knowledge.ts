import { CxKnowledge } from '../components/knowledge/knowledge.js';
import { defineElement } from '../internal/define.js';

defineElement('cx-knowledge', CxKnowledge);

declare global {
  interface HTMLElementTagNameMap {
    'cx-knowledge': CxKnowledge;
  }
}
