export * from './embedded-postgres.js';
export * from './open-storage.js';
export * from './storage-config.js';
export * from './storage.module.js';
export * from './runtime-role.js';
export * from './ensure-runtime-role.js';
