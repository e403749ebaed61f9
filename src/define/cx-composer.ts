import { CxComposer } from '../components/composer/composer.js';
import { defineElement } from '../internal/define.js';
import './cx-move-to-private.js';

defineElement('cx-composer', CxComposer);

declare global {
  interface HTMLElementTagNameMap {
    'cx-composer': CxComposer;
  }
}
