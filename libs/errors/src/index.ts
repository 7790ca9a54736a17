export * from './saksi-error.js';
