import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApiCommand } from '@saksi/generator';
import { FIGURE_NAMES } from '@saksi/projections';
import { ensureKafkaBroker, recordFigures, reliabilityMode, waitUntil } from '@saksi/testing';
import { GeneratedCommandSender, holdersOf, issueAccessKeys } from '../support/generated-commands.js';
import { describeFindings, type Finding, PersonalDataScanner } from '../support/personal-data-scan.js';
import { PersonalDataSweep } from '../support/personal-data-sweep.js';
import { fileGrievance, openGrievanceForm } from '../support/portal-grievance.js';
import {
  edgeCases,
  grievancesNaming,
  importWithCli,
  portalGrievance,
  type ProbeContext,
  probedValues,
} from '../support/personal-data-probes.js';
import { readAsCitizen, readRoutesOf, type RouteAnswers } from '../support/public-api.js';
import { crawlPublicPages } from '../support/public-crawl.js';
import type { PublicResponse } from '../support/public-responses.js';
import { CLUSTER_APPS, type ClusterApp, SaksiCluster } from '../support/saksi-cluster.js';
import { runCli, type RunningSaksi, startSaksi } from '../support/saksi-process.js';
import { type SeededPeople, type SeededPerson, seededPeople } from '../support/seeded-people.js';
import { readWholeTopic } from '../support/topic-messages.js';
import {
  csvOf,
  firstOfEachVillage,
  sessionOf,
  smallestVillage,
  splitForCsv,
} from '../support/generated-slices.js';

/**
 * Quick (CI): the first months of three villages through the cluster (300 commands each) and of the
 * smallest one through `npm start` (120), three pages of each kind on the cluster's portal and two
 * on the embedded one, the programme year only. Full: eight villages' whole year, every page of
 * every kind, every level of area and kind of period.
 */
const FULL = reliabilityMode() === 'full';
const AREA = '11.01';
const VILLAGES = FULL ? 8 : 3;
const PER_VILLAGE = FULL ? { cluster: Infinity, embedded: Infinity } : { cluster: 300, embedded: 120 };
const PER_KIND = FULL ? { cluster: Infinity, embedded: Infinity } : { cluster: 3, embedded: 2 };
/** A hang's limit, not a speed check; the full mode reads thousands of pages. */
const LIMIT_MS = FULL ? 3_600_000 : 300_000;
const generated = mkdtempSync(join(tmpdir(), 'saksi-pii-generated-'));
let seeded: SeededPeople;
let scanner: PersonalDataScanner;
const totals = { topologies: 0, people: 0, commands: 0, alerts: 0, logLines: 0, kafkaMessages: 0 };
const swept: { publicResponses: number; bytes: number; findings: Finding[] } = {
  publicResponses: 0,
  bytes: 0,
  findings: [],
};
const cliOutput: string[] = [];
/** When each topology began, for the line that says what its sweep read (not a speed check). */
const began: Record<string, number> = {};

const publicRateLimit = process.env['SAKSI_PUBLIC_RATE_LIMIT'];

beforeAll(() => {
  // The sweep reads a thousand public pages a minute from one address: at the default limit most
  // would answer 429, which shows nothing worth scanning. Every app this file starts inherits it.
  process.env['SAKSI_PUBLIC_RATE_LIMIT'] = '100000000';
  const generate = runCli(
    ['generate', '--area', AREA, '--villages', String(VILLAGES), '--seed', '1', '--out', generated],
    {},
  );
  expect([generate.status, generate.stderr]).toEqual([0, '']);
  cliOutput.push(generate.stdout, generate.stderr);
  seeded = seededPeople(generated);
  scanner = new PersonalDataScanner([...seeded.values, ...probedValues(seeded.people[1]!)]);
  totals.people = seeded.people.length;
});

afterAll(() => {
  if (publicRateLimit === undefined) delete process.env['SAKSI_PUBLIC_RATE_LIMIT'];
  else process.env['SAKSI_PUBLIC_RATE_LIMIT'] = publicRateLimit;
  rmSync(generated, { recursive: true, force: true });
  recordFigures('personal-data-scan', {
    topologies: totals.topologies,
    people: totals.people,
    commands: totals.commands,
    alerts: totals.alerts,
    logLines: totals.logLines,
    kafkaMessages: totals.kafkaMessages,
    publicResponses: swept.publicResponses,
    bytes: swept.bytes,
    findings: swept.findings.length,
  });
});

describe('no personal data in clear in any log line, Kafka message or public response', () => {
  describe('the cluster topology: ledger, relay, projector, sentinel and portal as their own processes', () => {
    let cluster: SaksiCluster;
    const url = {} as Record<ClusterApp, string>;
    let keys: Map<string, string>;
    /** The grievance form and its receipt: public pages the crawl cannot reach by a link. */
    const formPages: PublicResponse[] = [];

    beforeAll(async () => {
      began['cluster'] = Date.now();
      cluster = await SaksiCluster.start({ label: 'pii' });
      for (const app of CLUSTER_APPS) url[app] = cluster.url(app);
      keys = await issueAccessKeys(
        { mode: 'postgres', url: cluster.databaseUrl },
        new Map([...holdersOf(seeded.commands), ...STAFF]),
      );
    }, LIMIT_MS);

    afterAll(async () => {
      if (!cluster) return;
      await cluster.stop();
      const admin = ensureKafkaBroker().admin();
      await admin.connect();
      await admin.deleteTopics({ topics: [cluster.topic] }).catch(() => undefined);
      await admin.disconnect();
    }, 120_000);

    it(
      "records a generated year through the API, the CSV importer (CLI and upload) and the portal's grievance form, and the sentinel raises alerts",
      async () => {
        const sender = new GeneratedCommandSender(url.ledger, keys);
        const form = await openGrievanceForm(url.portal, seeded.people[0]!.villageCode);
        const commands = firstOfEachVillage(seeded.commands, PER_VILLAGE.cluster);
        const { byApi, registrations, attendance } = splitForCsv(commands, seeded.people.at(-1)!.villageCode);

        await sender.sendAll(byApi.filter((command) => !command.actor.village));
        // The CLI writes straight into the cluster's database, so it seals with the cluster's own key.
        const probes: ProbeContext = {
          sender,
          folder: generated,
          adminKey: keys.get('importer')!,
          cliEnv: { DATABASE_URL: cluster.databaseUrl, ...cluster.secrets() },
          cliOutput,
          redact: (text) => scanner.redact(text),
        };
        const imported = importWithCli(probes, 'beneficiaries', registrations);
        expect([imported.status, scanner.redact(imported.stderr)]).toEqual([0, '']);
        await sender.sendAll(byApi.filter((command) => command.actor.village));
        const uploaded = await sender.upload(
          'attendance',
          csvOf(generated, 'attendance', attendance),
          probes.adminKey,
        );
        expect([uploaded.status, uploaded.body['code']]).toEqual([201, undefined]);
        expect(sender.refused).toEqual([]);
        const [first, second] = seeded.commands.filter((command) => command.path.endsWith('/beneficiaries'));
        await edgeCases(probes, first!, second!);
        const named = seeded.people[2]!;
        const receipt = await grievancesNaming(
          named,
          seeded.commands.find((command) => command.actor.village === named.villageCode)!.actor,
          sender,
          { url: url.portal, formToken: form.token, programmeId: programmeOf(seeded) },
        );
        totals.commands += sender.sent + registrations.length + attendance.length + 1;

        await caughtUp(async () => {
          const relay = await json(`${url.relay}/health`);
          const projector = await json(`${url.projector}/health`);
          const sentinel = await json(`${url.sentinel}/health`);
          const settled =
            relay.lag === 0 &&
            projector.projections.every((projection: { lagEvents: number }) => projection.lagEvents === 0) &&
            sentinel.consumers.every((consumer: { lagEvents: number }) => consumer.lagEvents === 0);
          return settled ? Number(relay.headPosition) : undefined;
        });
        const alerts = await json(`${url.ledger}/api/v1/alerts?limit=500`, keys.get('inspector'));
        expect(alerts.alerts.length).toBeGreaterThan(0);
        totals.alerts += alerts.alerts.length;
        formPages.push(receipt, form.page);
      },
      LIMIT_MS,
    );

    it('finds the seeded people where they belong: the generated commands, and a disclosure to an inspector', async () => {
      await expectScannerSees(url.projector, keys.get('inspector')!, seeded.people[0]!);
    });

    it(
      'finds none of them in clear in any app log, CLI output, Kafka message or public response',
      async () => {
        // The disclosure above was recorded in the log: let the relay publish it before reading the topic.
        await waitUntil(
          async () => (await json(`${url.relay}/health`)).lag === 0,
          'the relay published everything',
        );
        const sweep = new PersonalDataSweep(scanner);
        const messages = await readWholeTopic(ensureKafkaBroker(), cluster.topic);
        expect(messages.length).toBeGreaterThan(seeded.commands.length / 2);
        sweep.kafka(messages);
        const routes = [...(await readRoutesOf(url.projector)), ...(await readRoutesOf(url.ledger))];
        const api = await readAsCitizen(routes, await samples(url.projector));
        expectPublicReadRoutes(api.routes);
        sweep.publicResponses(api.responses);
        const crawl = await crawlPublicPages({
          start: [`${url.portal}/`, `${url.portal}/aduan/${trackingCodeOf(formPages)}`],
          origins: [url.portal, url.projector],
          perKind: PER_KIND.cluster,
        });
        expect(crawl.responses.filter((response) => response.url.includes('/desa/')).length).toBeGreaterThan(
          0,
        );
        sweep.publicResponses([...crawl.responses, ...formPages]);
        // Every app's log, read after the crawl so that whatever the crawl made them write is in it.
        for (const app of CLUSTER_APPS) sweep.log(`cluster ${app}.log`, cluster.log(app));
        sweep.log('saksi CLI output', cliOutput.join('\n'));
        report(sweep, 'cluster', { routes: api.routes, kinds: crawl.kinds, leftUnread: crawl.leftUnread });
        expect(sweep.counts.logLines).toBeGreaterThan(50);
        expect(describeFindings(sweep.findings)).toBe('');
      },
      LIMIT_MS,
    );
  });

  describe('the embedded default (npm start), with one village', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'saksi-pii-embedded-'));
    let saksi: RunningSaksi | undefined;
    let keys: Map<string, string>;
    let commands: ApiCommand[];
    let person: SeededPerson;

    beforeAll(async () => {
      began['embedded'] = Date.now();
      const village = smallestVillage(seeded.commands);
      person = seeded.people.find((candidate) => candidate.villageCode === village)!;
      commands = firstOfEachVillage(
        seeded.commands.filter(({ actor }) => !actor.village || actor.village === village),
        PER_VILLAGE.embedded,
      );
      // Into the data folder before Saksi opens it: the embedded database serves one process at a time.
      keys = await issueAccessKeys(
        { mode: 'embedded', dataDir },
        new Map([...holdersOf(commands), ...STAFF]),
      );
      saksi = await startSaksi({ SAKSI_DATA_DIR: dataDir, DATABASE_URL: '' });
    }, 180_000);

    afterAll(async () => {
      await saksi?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }, 60_000);

    it(
      'records the village through the API and the grievance form, then finds no personal data in clear in its output or any public response',
      async () => {
        const base = saksi!.url;
        const sender = new GeneratedCommandSender(base, keys);
        const form = await openGrievanceForm(base, person.villageCode);
        await sender.sendAll(commands);
        expect(sender.refused).toEqual([]);
        const receipt = await fileGrievance(base, form.token, portalGrievance(person.villageCode));
        expect(receipt.status).toBe(201);
        totals.commands += sender.sent + 1;
        await caughtUp(async () => {
          const health = await json(`${base}/health`);
          const settled = health.projections.every(
            (projection: { lagEvents: number }) => projection.lagEvents === 0,
          );
          return settled ? Number(health.log.headPosition) : undefined;
        });
        await expectScannerSees(base, keys.get('inspector')!, person);

        const sweep = new PersonalDataSweep(scanner);
        const api = await readAsCitizen(await readRoutesOf(base), await samples(base));
        expectPublicReadRoutes(api.routes);
        sweep.publicResponses(api.responses);
        const crawl = await crawlPublicPages({
          start: [`${base}/`, `${base}/aduan/${receipt.trackingCode}`],
          origins: [base],
          perKind: PER_KIND.embedded,
        });
        sweep.publicResponses([...crawl.responses, receipt, form.page]);
        await saksi!.stop();
        sweep.log('npm start output', saksi!.output());
        saksi = undefined;
        report(sweep, 'embedded', { routes: api.routes, kinds: crawl.kinds, leftUnread: crawl.leftUnread });
        expect(sweep.counts.logLines).toBeGreaterThan(20);
        expect(describeFindings(sweep.findings)).toBe('');
      },
      LIMIT_MS,
    );
  });
});

/** Staff the test itself acts as: an inspector reads a disclosure and the alert inbox; an admin uploads CSV. */
const STAFF = new Map([
  ['inspector', { role: 'inspector' as const, villages: [] }],
  ['importer', { role: 'admin' as const, villages: [] }],
]);

/**
 * The scan is not blind here: it finds every seeded person in the commands it was seeded from, and
 * the family an inspector asks to see in full (NIK, name, KK number) in that legitimate answer.
 */
async function expectScannerSees(readApi: string, inspectorKey: string, person: SeededPerson): Promise<void> {
  const inCommands = scanner.scan(
    'commands.ndjson',
    readFileSync(join(generated, 'commands.ndjson'), 'utf8'),
  );
  const found = new Set(inCommands.map((finding) => finding.value));
  const missed = seeded.people.filter(
    ({ nik, name, kkNumber }) => !found.has(nik) || !found.has(name) || (kkNumber && !found.has(kkNumber)),
  );
  expect(missed.length).toBe(0);
  const disclosure = await fetch(
    `${readApi}/api/v1/kpm/${person.kpmId}/personal-data?purpose=${encodeURIComponent('Pemeriksaan pengaduan')}`,
    { headers: { authorization: `Bearer ${inspectorKey}` } },
  );
  expect(disclosure.status).toBe(200);
  const disclosed = new Set(
    scanner.scan('disclosure', await disclosure.text()).map((finding) => finding.value),
  );
  const searched = new Set(seeded.values.map(({ value }) => value));
  const held = [person.nik, person.name, person.kkNumber, person.birthDate].filter(
    (value): value is string => value !== undefined && searched.has(value),
  );
  expect(held.length).toBeGreaterThanOrEqual(3);
  expect(held.filter((value) => !disclosed.has(value)).length).toBe(0);
}

/** The public read routes must have answered a citizen, or the sweep read only refusals. */
function expectPublicReadRoutes(routes: readonly RouteAnswers[]): void {
  const answered = routes.filter((route) => route.answered > 0).map((route) => route.route);
  expect(answered).toEqual(
    expect.arrayContaining([
      'GET /api/v1/figures',
      'GET /api/v1/figures/areas',
      'GET /api/v1/figures/provenance',
      'GET /api/v1/read-models/{name}',
      'GET /api/v1/reports/villages/{code}',
    ]),
  );
}

function programmeOf(people: SeededPeople): string {
  return String(people.commands[0]!.body['programmeId']);
}

/** Values for every parameter a read route takes, from the seeded programme, villages and families. */
async function samples(readApi: string): Promise<Record<string, string[]>> {
  const programme = programmeOf(seeded);
  const year = String(seeded.commands[0]!.body['year']);
  const villages = [...new Set(seeded.people.map((person) => person.villageCode))];
  const district = villages[0]!.slice(0, 8);
  // The read API names its tables when asked for one it does not have.
  const { params } = (await json(`${readApi}/api/v1/read-models/-`)) as { params: { known: string[] } };
  expect(params.known.length).toBeGreaterThan(0);
  return {
    programme: [programme],
    period: FULL ? [year, `${year}-Q2`, `${year}-03`] : [year],
    area: FULL ? ['', AREA.slice(0, 2), AREA, district, ...villages] : ['', district, villages[0]!],
    parent: ['', AREA.slice(0, 2), AREA, district],
    figure: [...FIGURE_NAMES],
    format: ['json', 'csv'],
    lang: ['id', 'en'],
    code: FULL ? villages : villages.slice(0, 2),
    name: params.known,
    kpmId: [seeded.people[0]!.kpmId],
    sessionId: [sessionOf(seeded.commands)],
    alertId: ['alert-none'],
    purpose: ['audit'],
  };
}

/** Waits until `position` answers the same head twice a moment apart: nothing left in flight. */
async function caughtUp(position: () => Promise<number | undefined>): Promise<void> {
  let last: number | undefined;
  await waitUntil(
    async () => {
      const now = await position();
      const settled = now !== undefined && now === last;
      last = now;
      if (!settled) await new Promise((resolve) => setTimeout(resolve, 1000));
      return settled;
    },
    'the read side and the sentinel caught up with the log',
    FULL ? 900_000 : 180_000,
  );
}

function report(
  sweep: PersonalDataSweep,
  topology: string,
  read: { routes: readonly RouteAnswers[]; kinds: number; leftUnread: number },
): void {
  totals.topologies++;
  totals.logLines += sweep.counts.logLines;
  totals.kafkaMessages += sweep.counts.kafkaMessages;
  swept.publicResponses += sweep.counts.publicResponses;
  swept.bytes += sweep.counts.bytes;
  swept.findings.push(...sweep.findings);
  expect(sweep.limited).toBe(0);
  const publicRoutes = read.routes.filter((route) => route.answered > 0).length;
  console.log(
    `personal-data scan (${topology}): ${sweep.counts.logLines} log lines, ${sweep.counts.kafkaMessages} Kafka messages, ` +
      `${sweep.counts.publicResponses} public responses (${publicRoutes} of ${read.routes.length} read routes public, ` +
      `${read.kinds} kinds of page, ${read.leftUnread} links of a kind already read left), ` +
      `${(sweep.counts.bytes / 1e6).toFixed(1)} MB, ${seeded.people.length} people: ${sweep.findings.length} findings ` +
      `(${Math.round((Date.now() - began[topology]!) / 1000)} s since it started)`,
  );
}

async function json(address: string, key?: string): Promise<any> {
  const response = await fetch(address, key ? { headers: { authorization: `Bearer ${key}` } } : {});
  return response.json();
}

function trackingCodeOf(responses: readonly { body: string }[]): string {
  return /[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(responses[0]!.body)![0];
}
