export * from './portal.module.js';
export * from './portal.options.js';
export * from './portal.errors.js';
export * from './render/portal.css.js';
export * from './security/form-token.js';
export * from './security/rate-limiter.js';
