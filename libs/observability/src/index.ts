export * from './metrics.controller.js';
export * from './observability.module.js';
export * from './ops-server.js';
export * from './saksi-metrics.js';
