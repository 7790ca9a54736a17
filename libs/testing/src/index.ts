export * from './postgres-admin.js';
export * from './test-database.js';
