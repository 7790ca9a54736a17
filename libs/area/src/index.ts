export * from './area.js';
export * from './area-code.js';
export * from './area.errors.js';
export * from './area-directory.js';
export * from './load-area-directory.js';
export * from './nik.js';
export * from './nik-problem.js';
export * from './area.module.js';
