import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AccessKeyService, type StaffRole } from '@saksi/access';
import { type AreaDirectory, loadAreaDirectory } from '@saksi/area';
import { openStorage, type Storage } from '@saksi/database';
import { EVENT_STORE, type EventStore, PostgresEventStore, verifyLog } from '@saksi/event-store';
import { catalogue } from '@saksi/events';
import { CommandService, LEDGER_SCHEMA, startLedger, systemClock } from '@saksi/ledger';
import { decideCorrection } from '@saksi/programme';
import { createTestDatabase, type TestDatabase } from '@saksi/testing';
import { routeOf } from './api-routes.js';
import { generatedLog } from './generated-log.js';
import type { ApiCommand, GeneratedEvent } from './generated-village.js';
import type { GeneratorOptions } from './generator.options.js';
import { CSV_KINDS, csvHeaderOf, csvRowOf } from './output/csv-rows.js';
import { GENERATED_SCOPE, YearGenerator } from './year-generator.js';

const SEED = 4;
/** Small villages keep the HTTP round trips few; this seed plants a correction and a citizen's grievance. */
const SMALL = { seed: 6, villages: 2, families: { median: 18, max: 30 } };

describe('a generated year in the real ledger', () => {
  let areas: AreaDirectory;
  const databases: TestDatabase[] = [];
  const storages: Storage[] = [];

  beforeAll(async () => {
    areas = await loadAreaDirectory();
  });

  afterAll(async () => {
    for (const storage of storages) await storage.close();
    for (const database of databases) await database.drop();
  });

  async function emptyStore(label: string): Promise<PostgresEventStore> {
    const database = await createTestDatabase(label);
    databases.push(database);
    const storage = await openStorage({ mode: 'postgres', url: database.url }, LEDGER_SCHEMA);
    storages.push(storage);
    return new PostgresEventStore(storage.dataSource);
  }

  const eventsOf = (options: GeneratorOptions): GeneratedEvent[] =>
    [...new YearGenerator(areas, options).villages()].flatMap((village) => village.events);

  const stored = ({ eventId, type, schemaVersion, data, metadata, occurredAt }: GeneratedEvent['event']) => ({
    eventId,
    type,
    schemaVersion,
    data,
    metadata,
    occurredAt,
  });

  it('appends the generated log of three villages sharing the programme stream to PostgreSQL, each append at the version it expects, and the chain verifies', async () => {
    const store = await emptyStore('generated_log');
    const appended: GeneratedEvent['event'][] = [];
    for await (const { streamId, events, expectedVersion } of generatedLog({
      area: '36.01.01',
      seed: SEED,
      areas,
      villages: 3,
      families: SMALL.families,
    })) {
      await store.append(streamId, events, expectedVersion);
      appended.push(...events);
    }
    expect((await store.head()).position).toBe(appended.length);
    expect(appended.length).toBeGreaterThan(200);
    expect((await store.readStream('programme-blt-dd-2024')).length).toBeGreaterThanOrEqual(4);
    expect((await verifyLog(store)).ok).toBe(true);
    const read = await store.readAll({ limit: 10_000 });
    expect(read.map(stored)).toEqual(appended.map(stored));
  });

  it('holds exactly the events CommandService records for the same commands', async () => {
    const store = await emptyStore('generated_commands');
    const commands = new CommandService(store, systemClock);
    const generated = eventsOf({ area: '36.01.01.2002', seed: SEED });
    for (const { streamId, event, command } of generated) {
      const route = routeOf(event.type, event.data as Record<string, unknown>);
      const context = {
        actor: { id: event.metadata.actor, role: 'admin' as const, villages: [] },
        route: route.route,
        request: route.request,
        idempotencyKey: command.idempotencyKey,
        idempotencyScope: GENERATED_SCOPE,
        source: 'saksi-api',
        occurredAt: event.occurredAt,
      };
      if (route.decider) await commands.execute(streamId, route.decider, route.command, context);
      else
        await commands.executeOnHistory(
          streamId,
          (history) =>
            decideCorrection(
              streamId,
              route.body as Parameters<typeof decideCorrection>[1],
              history.map((recorded) => ({ eventId: recorded.eventId, ...catalogue.read(recorded) })),
            ),
          context,
        );
    }
    const read = await store.readAll({ limit: 10_000 });
    expect(read.map(stored)).toEqual(generated.map(({ event }) => stored(event)));
  });

  it('takes every generated command through the API, and every generated CSV file through the importer', async () => {
    const byApi = eventsOf({ area: '36.01.01', ...SMALL });
    const byCsv = eventsOf({ area: '36.01.02', ...SMALL });
    const sessions = byCsv.filter(({ event }) => event.type === 'training.scheduled');
    const ledger = await startTestLedger([...byApi, ...sessions].map(({ command }) => command));
    try {
      const answered = new Map<string, { eventId: string }[]>();
      const refused: string[] = [];
      for (const { event, command } of byApi) {
        const answer = await ledger.send(command, answered);
        if (answer.status >= 300)
          refused.push(`${command.path}: ${answer.status} ${JSON.stringify(answer.body)}`);
        answered.set(command.idempotencyKey, answer.body.events);
        // The ledger names a citizen's grievance alike.
        if (event.type === 'grievance.filed' && command.actor.role === 'citizen')
          expect(answer.body.grievanceId).toBe((event.data as { grievanceId: string }).grievanceId);
      }
      expect(refused).toEqual([]);
      // The same request is fingerprinted alike (but a correction, which names another event id).
      const hashes = new Map(
        (await ledger.store.readAll({ limit: 10_000 })).map((event) => [
          event.eventId,
          event.metadata.requestHash,
        ]),
      );
      const fingerprintedOtherwise = byApi.filter(
        ({ event, command }) =>
          !command.refs &&
          hashes.get(answered.get(command.idempotencyKey)![0]!.eventId) !== event.metadata.requestHash,
      );
      expect(fingerprintedOtherwise.map(({ command }) => command.path)).toEqual([]);
      expect(byApi.some(({ command }) => command.actor.role === 'citizen')).toBe(true);
      expect(byApi.some(({ command }) => command.refs)).toBe(true);

      for (const { command } of sessions) expect((await ledger.send(command, answered)).status).toBe(201);
      for (const kind of CSV_KINDS) {
        const rows = byCsv.flatMap(({ event }) => {
          const row = csvRowOf(event.type, event.data as Record<string, unknown>);
          return row?.[0] === kind ? [row[1]] : [];
        });
        const answer = await ledger.upload(kind, [csvHeaderOf(kind), ...rows].join('\n'));
        expect({ kind, status: answer.status, body: answer.body }).toMatchObject({
          kind,
          status: 201,
          body: { rows: rows.length, recorded: rows.length, refused: false },
        });
      }
      expect((await verifyLog(ledger.store)).ok).toBe(true);
    } finally {
      await ledger.close();
    }
  });

  /** The ledger app on a fresh database, with one key per actor the commands name. */
  async function startTestLedger(commands: ApiCommand[]) {
    const database = await createTestDatabase('generated_api');
    databases.push(database);
    const app: NestExpressApplication = await startLedger({
      storage: { mode: 'postgres', url: database.url },
      port: 0,
      host: '127.0.0.1',
      applicationName: 'test',
    });
    const holders = new Map<string, { role: StaffRole; villages: Set<string> }>([
      ['importer', { role: 'admin', villages: new Set() }],
    ]);
    for (const { actor } of commands) {
      if (actor.role === 'citizen') continue;
      const holder = holders.get(actor.name!) ?? { role: actor.role, villages: new Set<string>() };
      if (actor.village) holder.villages.add(actor.village);
      holders.set(actor.name!, holder);
    }
    const access = app.get(AccessKeyService);
    const keys = new Map<string, string>();
    for (const [name, { role, villages }] of holders) {
      const scope = role === 'operator' ? { villages: [...villages] } : {};
      keys.set(name, (await access.issue({ role, label: name, createdBy: 'test', ...scope })).key);
    }
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    const post = async (path: string, headers: Record<string, string>, body: string) => {
      const response = await fetch(`${base}${path}`, { method: 'POST', headers, body });
      return { status: response.status, body: (await response.json()) as Record<string, any> };
    };
    return {
      store: app.get<EventStore>(EVENT_STORE),
      /** Sends a command, putting in the event ids the ledger answered the commands it refers to. */
      send(command: ApiCommand, answered: Map<string, { eventId: string }[]>) {
        const body = { ...command.body };
        for (const [field, key] of Object.entries(command.refs ?? {}))
          body[field] = answered.get(key)![0]!.eventId;
        const key = command.actor.name ? keys.get(command.actor.name) : undefined;
        return post(
          command.path,
          {
            'content-type': 'application/json',
            'idempotency-key': command.idempotencyKey,
            ...(key ? { authorization: `Bearer ${key}` } : {}),
          },
          JSON.stringify(body),
        );
      },
      upload: (kind: string, csv: string) =>
        post(
          `/api/v1/imports/${kind}`,
          { 'content-type': 'text/csv', authorization: `Bearer ${keys.get('importer')}` },
          csv,
        ),
      close: () => app.close(),
    };
  }
});
