import { CxThreadMessage } from '../components/thread-message/thread-message.js';
import { defineElement } from '../internal/define.js';
import './cx-sentiment-badge.js';

defineElement('cx-thread-message', CxThreadMessage);

declare global {
  interface HTMLElementTagNameMap {
    'cx-thread-message': CxThreadMessage;
  }
}
