/** Registers every Screenpop element. Importing it twice is harmless. */
import './cx-desk.js';
import './cx-sentiment-badge.js';
import './cx-move-to-private.js';
import './cx-composer.js';
import './cx-thread-message.js';
import './cx-conversation-thread.js';
import './cx-customer-360.js';
import './cx-sla-clock.js';
import './cx-screen-pop.js';
import './cx-knowledge.js';
