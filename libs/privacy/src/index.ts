export * from './crypto/data-key.js';
export * from './crypto/field-seal.js';
export * from './erasure/erase-family.js';
export * from './http/erasure.controller.js';
export * from './master-key.js';
export * from './personal-data.sealer.js';
export * from './postgres/data-keys.js';
export * from './postgres/personal-data-key.entity.js';
export * from './privacy.errors.js';
export * from './privacy.module.js';
export * from './privacy.schema.js';
export * from './seal-personal-data.js';
export * from './subjects.js';
/** Events of a family and a grievance holding personal data, for the tests of other libs and apps. */
export * as familyEvents from './testing/family-events.js';
