/** Registers every Screenpop element. Importing it twice is harmless. */
import './cx-desk.js';
import './cx-sentiment-badge.js';
