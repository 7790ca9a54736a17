export * from './postgres-admin.js';
export * from './test-database.js';
export * from './test-kafka.js';
export * from './wait-until.js';
export * from './reliability-figures.js';
