export * from './consumers.schema.js';
export * from './delivered-event.js';
export * from './event-handler.port.js';
export * from './exactly-once.applier.js';
export * from './kafka-event.consumer.js';
export * from './log-event.consumer.js';
export * from './relay-message.reader.js';
export * from './consumer-status.js';
