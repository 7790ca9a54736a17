export type { RawEvent } from './draft-log.js';
export type { ExpectedAlert, NotPlantable } from './ground-truth.js';
export * from './indexed-fact.store.js';
export * from './measure-quality.js';
export * from './planted-programme.js';
export type { PlantedProgrammeOptions } from './planted-programme.options.js';
