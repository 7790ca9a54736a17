import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiCommand } from '@saksi/generator';
import type { PersonalValue } from './personal-data-scan.js';

/** A family head as `saksi generate` seeded them, with the village their family lives in. */
export interface SeededPerson {
  kpmId: string;
  villageCode: string;
  name: string;
  nik: string;
  kkNumber: string | undefined;
  birthDate: string;
}

export interface SeededPeople {
  commands: ApiCommand[];
  people: SeededPerson[];
  /** Everything the scanner looks for: NIKs, KK numbers, names, contacts, birth dates. */
  values: PersonalValue[];
}

/** The fields of a command body that hold personal data, wherever they sit (corrections included). */
const PERSONAL_KEYS: Record<string, PersonalValue['kind']> = {
  nik: 'nik',
  kkNumber: 'kk-number',
  contact: 'contact',
  birthDate: 'birth-date',
};

/**
 * The seeded people of a `saksi generate` folder, read from its commands.ndjson. A birth date is
 * searched only where it cannot be mistaken for a programme date: before the programme's year, and
 * never a date the commands also use for something else (a payment, a Musdes, a session).
 */
export function seededPeople(folder: string): SeededPeople {
  const commands = readFileSync(join(folder, 'commands.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ApiCommand);
  const year = Math.min(
    ...commands.flatMap(({ body }) => (typeof body['year'] === 'number' ? [body['year']] : [])),
  );
  const values = new Map<string, PersonalValue>();
  const otherDates = new Set<string>();
  const people: SeededPerson[] = [];
  for (const { body } of commands) {
    collect(body, values, otherDates);
    const head = body['head'] as { name: string; nik: string; birthDate: string } | undefined;
    if (head && typeof body['kpmId'] === 'string')
      people.push({
        kpmId: body['kpmId'],
        villageCode: String(body['villageCode']),
        name: head.name,
        nik: head.nik,
        kkNumber: body['kkNumber'] as string | undefined,
        birthDate: head.birthDate,
      });
  }
  const searchable = [...values.values()].filter(
    ({ kind, value }) =>
      kind !== 'birth-date' || (Number(value.slice(0, 4)) < year && !otherDates.has(value)),
  );
  return { commands, people, values: searchable };
}

function collect(
  value: unknown,
  values: Map<string, PersonalValue>,
  otherDates: Set<string>,
  key = '',
): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, values, otherDates, key);
    return;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const [field, inner] of Object.entries(record)) {
      if (key === 'head' && field === 'name' && typeof inner === 'string')
        values.set(`name:${inner}`, { kind: 'name', value: inner });
      collect(inner, values, otherDates, field);
    }
    return;
  }
  if (typeof value !== 'string') return;
  const kind = PERSONAL_KEYS[key];
  if (kind) values.set(`${kind}:${value}`, { kind, value });
  else for (const [date] of value.matchAll(/\d{4}-\d{2}-\d{2}/g)) otherDates.add(date);
}
