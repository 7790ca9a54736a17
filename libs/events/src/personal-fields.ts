import { PERSONAL_FIELDS, type Treatment } from './personal-data.policy.js';

/** One personal field found in an event's data: its concrete path (`members[1].birthDate`). */
export interface PersonalField {
  path: string;
  treatment: Treatment;
}

/** Called with the object that holds the field and its key, so the caller may replace or delete it. */
export type PersonalFieldVisitor = (
  holder: Record<string, unknown>,
  key: string,
  field: PersonalField,
) => void;

/**
 * Visits every personal field the policy names that is present in the event's data. A correction's
 * fields are visited with the policy of the type it corrects (paths under `fields.`), since they
 * may be that event's personal ones. The caller clones the data first if it changes it.
 */
export function forEachPersonalField(
  event: { type: string; data: unknown },
  visit: PersonalFieldVisitor,
): void {
  const scope = policyScope(event);
  if (!scope) return;
  for (const [path, treatment] of Object.entries(scope.policy))
    walk(scope.data, path.split('.'), scope.prefix, (holder, key, concrete) =>
      visit(holder, key, { path: concrete, treatment }),
    );
}

/** Whether the event's type (or a correction's corrected type) has personal fields at all. */
export function mayHoldPersonalData(event: { type: string; data: unknown }): boolean {
  return policyScope(event) !== undefined;
}

function policyScope(event: { type: string; data: unknown }) {
  if (event.type === 'event.corrected') {
    const correction = event.data as { correctsType?: unknown; fields?: unknown } | null;
    const policy =
      typeof correction?.correctsType === 'string' ? policyOf(correction.correctsType) : undefined;
    return policy && isObject(correction?.fields)
      ? { policy, data: correction.fields, prefix: 'fields.' }
      : undefined;
  }
  const policy = policyOf(event.type);
  return policy ? { policy, data: event.data, prefix: '' } : undefined;
}

function policyOf(type: string): Record<string, Treatment> | undefined {
  return PERSONAL_FIELDS[type as keyof typeof PERSONAL_FIELDS];
}

function walk(
  target: unknown,
  segments: string[],
  prefix: string,
  visit: (holder: Record<string, unknown>, key: string, path: string) => void,
): void {
  if (!isObject(target)) return;
  const [head, ...rest] = segments as [string, ...string[]];
  const isArray = head.endsWith('[]');
  const key = isArray ? head.slice(0, -2) : head;
  if (!(key in target)) return;
  const value = target[key];
  if (isArray) {
    if (Array.isArray(value))
      value.forEach((item, index) => walk(item, rest, `${prefix}${key}[${index}].`, visit));
    return;
  }
  if (rest.length > 0) walk(value, rest, `${prefix}${key}.`, visit);
  else visit(target, key, `${prefix}${key}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}
