import type { RuleInfo } from './rule.js';
import { RULES } from './rules/index.js';
import { SCHEDULED_RULES } from './scan.js';

export * from './alert-candidate.js';
export * from './fact-store.port.js';
export * from './facts/keys.js';
export type { KpmFact, KpmStatus, PaidRecord } from './facts/kpm.fact.js';
export type { AllocationFact, ProgrammeFact } from './facts/programme.fact.js';
export type { SessionFact } from './facts/session.fact.js';
export * from './first-raised.js';
export * from './in-memory-fact.store.js';
export * from './observe.js';
export * from './quality/index.js';
export * from './rule.js';
export { RULES } from './rules/index.js';
export * from './scan.js';
export * from './sentinel-config.js';
export * from './sentinel-event.js';
export * from './sentinel-facts.js';

/** Every rule's code, severity and explanation, for the inspector's screens and the docs. */
export const ALL_RULES: readonly RuleInfo[] = [...RULES, ...SCHEDULED_RULES].map(
  ({ code, severity, explain }) => ({ code, severity, explain }),
);
