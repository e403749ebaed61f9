import { CxScreenPop } from '../components/screen-pop/screen-pop.js';
import { defineElement } from '../internal/define.js';
import './cx-composer.js';
import './cx-conversation-thread.js';
import './cx-customer-360.js';
import './cx-move-to-private.js';
import './cx-sla-clock.js';

defineElement('cx-screen-pop', CxScreenPop);

declare global {
  interface HTMLElementTagNameMap {
    'cx-screen-pop': CxScreenPop;
  }
}
