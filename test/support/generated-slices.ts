import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiCommand } from '@saksi/generator';

/** The village with the fewest commands: the cheapest whole village to run. */
export function smallestVillage(commands: readonly ApiCommand[]): string {
  const sizes = new Map<string, number>();
  for (const { actor } of commands)
    if (actor.village) sizes.set(actor.village, (sizes.get(actor.village) ?? 0) + 1);
  return [...sizes].sort(([, a], [, b]) => a - b)[0]![0];
}

/** The programme's own commands and the first `limit` of each village's: its first months, in order. */
export function firstOfEachVillage(commands: readonly ApiCommand[], limit: number): ApiCommand[] {
  const taken = new Map<string, number>();
  return commands.filter(({ actor }) => {
    if (!actor.village) return true;
    taken.set(actor.village, (taken.get(actor.village) ?? 0) + 1);
    return taken.get(actor.village)! <= limit;
  });
}

/**
 * One village's registrations and training attendance, to send as its operator's spreadsheets
 * (CSV) rather than through the API; a command another one refers to stays on the API, which
 * answers the event id the other needs.
 */
export function splitForCsv(commands: readonly ApiCommand[], village: string) {
  const referred = new Set(commands.flatMap((command) => Object.values(command.refs ?? {})));
  const byCsv = (command: ApiCommand, path: RegExp) =>
    command.actor.village === village && path.test(command.path) && !referred.has(command.idempotencyKey);
  const registrations = commands.filter((command) => byCsv(command, /\/beneficiaries$/));
  const attendance = commands.filter((command) => byCsv(command, /\/attendance$/));
  const moved = new Set([...registrations, ...attendance]);
  return { byApi: commands.filter((command) => !moved.has(command)), registrations, attendance };
}

/** The rows of `saksi generate`'s CSV file that hold the same records as these commands. */
export function csvOf(
  folder: string,
  kind: 'beneficiaries' | 'attendance',
  commands: readonly ApiCommand[],
): string {
  const [header, ...rows] = readFileSync(join(folder, `${kind}.csv`), 'utf8')
    .trim()
    .split('\n');
  // Both files start with their key columns: kpm_id, or session_id and kpm_id.
  const keyColumns = kind === 'beneficiaries' ? 1 : 2;
  const wanted = new Set(
    commands.map((command) =>
      kind === 'beneficiaries'
        ? String(command.body['kpmId'])
        : `${command.path.split('/')[4]},${String(command.body['kpmId'])}`,
    ),
  );
  const keyOf = (row: string) => row.split(',').slice(0, keyColumns).join(',');
  return `${[header, ...rows.filter((row) => wanted.has(keyOf(row)))].join('\n')}\n`;
}

/** The first training session the commands schedule. */
export function sessionOf(commands: readonly ApiCommand[]): string {
  return String(commands.find((command) => command.path.endsWith('/training-sessions'))!.body['sessionId']);
}
