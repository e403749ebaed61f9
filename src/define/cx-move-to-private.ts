import { CxMoveToPrivate } from '../components/move-to-private/move-to-private.js';
import { defineElement } from '../internal/define.js';

defineElement('cx-move-to-private', CxMoveToPrivate);

declare global {
  interface HTMLElementTagNameMap {
    'cx-move-to-private': CxMoveToPrivate;
  }
}
