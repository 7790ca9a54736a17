export * from './cloud-event.mapper.js';
export * from './kafka-relay.js';
export * from './pseudonymiser.js';
export * from './pseudonym-key.js';
