import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@jest/globals';
import type { ApiCommand } from '@saksi/generator';
import type { GeneratedCommandSender } from './generated-commands.js';
import { csvOf } from './generated-slices.js';
import type { PersonalValue } from './personal-data-scan.js';
import { fileGrievance } from './portal-grievance.js';
import type { PublicResponse } from './public-responses.js';
import { type CliResult, runCli } from './saksi-process.js';
import type { SeededPerson } from './seeded-people.js';

/** A citizen's own contacts, given on the portal's form and through the API. */
const PORTAL_CONTACT = '0813-5577-2468';
const API_CONTACT = 'pelapor.bakongan@example.id';
/** A family head's name put right by a correction: the new name is as personal as the first. */
const CORRECTED_NAME = 'Siti Rahmawati Nurjanah';

/** Another valid KK number of the same family (the same district and date, another serial). */
function correctedKk(kk: string): string {
  return `${kk.slice(0, 12)}${String((Number(kk.slice(12)) + 5000) % 10_000).padStart(4, '0')}`;
}

/** The personal values the probes bring in beside the seeded ones; `corrected` is whom edgeCases corrects. */
export function probedValues(corrected: SeededPerson): PersonalValue[] {
  return [
    { kind: 'contact', value: PORTAL_CONTACT },
    { kind: 'contact', value: API_CONTACT },
    { kind: 'name', value: CORRECTED_NAME },
    { kind: 'kk-number', value: correctedKk(corrected.kkNumber!) },
  ];
}

/** Where the probes send and what they may print: a CLI's output goes to the sweep, redacted to the test's. */
export interface ProbeContext {
  sender: GeneratedCommandSender;
  /** The `saksi generate` folder. */
  folder: string;
  adminKey: string;
  /** DATABASE_URL and the deployment's secrets, for `saksi import`. */
  cliEnv: Record<string, string>;
  cliOutput: string[];
  redact: (text: string) => string;
}

/** `saksi import` of these commands' rows from the generated CSV file, its output kept for the sweep. */
export function importWithCli(
  context: ProbeContext,
  kind: 'beneficiaries',
  commands: readonly ApiCommand[],
): CliResult {
  const file = join(context.folder, `import-${kind}.csv`);
  writeFileSync(file, csvOf(context.folder, kind, commands));
  const result = runCli(['import', file, '--kind', kind], context.cliEnv);
  context.cliOutput.push(result.stdout, result.stderr);
  return result;
}

/**
 * Where a value is most tempting to echo: a registration of a seeded person with a NIK that does
 * not match the birth date, an upload and a CLI import with bad rows (their answers go to the staff
 * who sent them; the logs they leave are swept), and a correction that puts a family head's name
 * and KK number right (`second`), whose new values must be treated like the first ones.
 */
export async function edgeCases(context: ProbeContext, first: ApiCommand, second: ApiCommand): Promise<void> {
  const { sender } = context;
  const body = first.body as { head: Record<string, string> } & Record<string, unknown>;
  const refused = await sender.send({
    ...first,
    idempotencyKey: randomUUID(),
    body: { ...body, kpmId: `${String(body['kpmId'])}-x`, head: { ...body.head, birthDate: '1901-01-01' } },
  });
  expect(refused.status).toBeGreaterThanOrEqual(400);
  expect(refused.status).toBeLessThan(500);
  sender.refused.length = 0;

  const [header, row] = csvOf(context.folder, 'beneficiaries', [first]).split('\n');
  const birthDate = String(body.head['birthDate']);
  const otherDay = `${birthDate.slice(0, 8)}${birthDate.endsWith('01') ? '02' : '01'}`;
  const badRows = [
    row!.replace(/^[^,]+/, (kpmId) => `${kpmId}-bad`).replace(`,${birthDate},`, `,${otherDay},`),
    row!.replace(/^[^,]+/, (kpmId) => `${kpmId}-worse`).replace(`,${birthDate},`, ',1995-02-30,'),
  ];
  const file = `${header}\n${badRows.join('\n')}\n`;
  const upload = await sender.upload('beneficiaries', file, context.adminKey);
  expect(upload.status).toBeGreaterThanOrEqual(400);
  expect(upload.status).toBeLessThan(500);
  const path = join(context.folder, 'bad-beneficiaries.csv');
  writeFileSync(path, file);
  const cli = runCli(['import', path, '--kind', 'beneficiaries'], context.cliEnv);
  context.cliOutput.push(cli.stdout, cli.stderr);
  // Read redacted: a test's output is a log too.
  expect({ status: cli.status, stderr: context.redact(cli.stderr) }).toMatchObject({ status: 1 });

  const registration = second.body as { head: Record<string, string>; kkNumber: string };
  const corrected = await sender.send({
    method: 'POST',
    path: '/api/v1/corrections',
    idempotencyKey: randomUUID(),
    actor: second.actor,
    body: {
      correctsEventId: sender.eventIdOf(second.idempotencyKey),
      reason: 'Salah ketik nama dan nomor KK',
      fields: {
        head: { ...registration.head, name: CORRECTED_NAME },
        kkNumber: correctedKk(registration.kkNumber),
      },
    },
  });
  expect(corrected.status).toBe(201);
}

/**
 * Citizens write about families by name, and officials answer likewise: a grievance on the portal's
 * form naming a family and its NIK (with the citizen's contact), one through the API (with an
 * e-mail address), and an operator's answer naming the family. Answers the portal's receipt page.
 */
export async function grievancesNaming(
  named: SeededPerson,
  operator: ApiCommand['actor'],
  sender: GeneratedCommandSender,
  portal: { url: string; formToken: string; programmeId: string },
): Promise<PublicResponse> {
  const receipt = await fileGrievance(portal.url, portal.formToken, {
    desa: named.villageCode,
    program: portal.programmeId,
    kategori: 'payment',
    isi: `Keluarga ${named.name} (NIK ${named.nik}) belum menerima bantuan tiga bulan.`,
    kontak: PORTAL_CONTACT,
  });
  expect([receipt.status, receipt.trackingCode]).toEqual([201, expect.any(String)]);
  const byCitizen = await sender.send({
    method: 'POST',
    path: '/api/v1/grievances',
    idempotencyKey: randomUUID(),
    actor: { role: 'citizen' },
    body: {
      villageCode: named.villageCode,
      category: 'other',
      text: 'Daftar penerima di papan desa sudah lama tidak diperbarui.',
      contact: API_CONTACT,
    },
  });
  expect(byCitizen.status).toBe(201);
  const answered = await sender.send({
    method: 'POST',
    path: `/api/v1/grievances/${String(byCitizen.body['grievanceId'])}/answer`,
    idempotencyKey: randomUUID(),
    actor: operator,
    body: { answer: `Daftar diperbarui; bantuan untuk ${named.name} sudah dibayar.` },
  });
  expect(answered.status).toBe(201);
  return receipt;
}

/** A grievance the embedded default's portal takes from a citizen, with their contact. */
export function portalGrievance(villageCode: string): {
  desa: string;
  program: string;
  kategori: string;
  isi: string;
  kontak: string;
} {
  return {
    desa: villageCode,
    program: '',
    kategori: 'other',
    isi: 'Pertemuan desa tidak diumumkan.',
    kontak: PORTAL_CONTACT,
  };
}
