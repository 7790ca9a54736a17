export * from './alert-appender.js';
export * from './alert-id.js';
export * from './postgres/postgres-fact.store.js';
export * from './scheduled-scan.js';
export * from './sentinel.handler.js';
export * from './sentinel.schema.js';
export * from './nest/sentinel-feed.js';
export * from './nest/sentinel.module.js';
