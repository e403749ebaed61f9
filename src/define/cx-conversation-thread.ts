import { CxConversationThread } from '../components/conversation-thread/conversation-thread.js';
import { defineElement } from '../internal/define.js';
import './cx-sentiment-badge.js';
import './cx-thread-message.js';

defineElement('cx-conversation-thread', CxConversationThread);

declare global {
  interface HTMLElementTagNameMap {
    'cx-conversation-thread': CxConversationThread;
  }
}
