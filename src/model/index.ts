export * from './channel.js';
export * from './message.js';
export * from './conversation.js';
export * from './customer.js';
export * from './interaction.js';
export * from './sentiment.js';
export * from './scalars.js';
export * from './issues.js';
