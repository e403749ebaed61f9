import { CxDesk } from '../components/desk/desk.js';
import { defineElement } from '../internal/define.js';

defineElement('cx-desk', CxDesk);

declare global {
  interface HTMLElementTagNameMap {
    'cx-desk': CxDesk;
  }
}
