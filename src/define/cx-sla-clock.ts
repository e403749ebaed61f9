import { CxSlaClock } from '../components/sla-clock/sla-clock.js';
import { defineElement } from '../internal/define.js';

defineElement('cx-sla-clock', CxSlaClock);

declare global {
  interface HTMLElementTagNameMap {
    'cx-sla-clock': CxSlaClock;
  }
}
