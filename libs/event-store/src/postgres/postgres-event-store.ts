import { EventEmitter } from 'node:events';
import { validate as isUuid } from 'uuid';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import {
  type AppendOutcome,
  chosenIds,
  type LogSnapshot,
  type PendingAppend,
  planAppends,
} from '../append-plan.js';
import type { AppendResult } from '../append-result.js';
import type { LogHead, NewEvent, RecordedEvent } from '../event.js';
import type { AppendSession, EventStore, ReadAllOptions, ReadStreamOptions } from '../event-store.port.js';
import type { ExpectedVersion } from '../expected-version.js';
import { GENESIS_HASH } from '../hash-chain.js';
import { validateAppend } from '../new-event.validation.js';
import type { EventSealer } from '../sealing/event-sealer.port.js';
import { bindSealer, sealerOf } from '../sealing/sealer-binding.js';
import { sealAppends } from '../sealing/seal-appends.js';
import { EventLogRow } from './event-log.entity.js';
import {
  fromRawRow,
  RAW_EVENT_LOG_COLUMNS,
  type RawEventLogRow,
  toSafeNumber,
} from './event-log-row.mapper.js';
import { GroupCommit } from './group-commit.js';
import { managerSql, poolSql, type Sql } from './sql.js';

/**
 * One lock for the whole log: the hash chain needs the previous event's hash at insert time, and
 * gap-free positions in commit order make catch-up reads and (later) Merkle proofs trivial. Advisory
 * lock keys are scoped to the database, so test databases on one server never contend.
 */
const LOG_APPEND_LOCK = 7_253_614_001;
const DEFAULT_READ_LIMIT = 1000;
const MAX_READ_LIMIT = 10_000;
const OPTIMISTIC_ATTEMPTS = 3;

interface LogState {
  head_position: string | null;
  head_hash: Buffer | null;
  stream_versions: number[];
  now: Date;
  stored: StoredJson[];
}

export interface PostgresEventStoreOptions {
  /** Seals personal data before it is hashed and opens it on reads; bound to the DataSource. */
  sealer?: EventSealer;
}

export class PostgresEventStore implements EventStore {
  private readonly appended = new EventEmitter();
  private readonly groups = new GroupCommit((appends) => this.commitGroup(appends));
  private readonly sql: Sql;

  constructor(
    private readonly dataSource: DataSource,
    options: PostgresEventStoreOptions = {},
  ) {
    this.sql = poolSql(dataSource);
    this.appended.setMaxListeners(0);
    if (options.sealer) bindSealer(dataSource, options.sealer);
  }

  /** Looked up at each use: the sealer may be bound to the DataSource after this store was made. */
  private get sealer(): EventSealer | undefined {
    return sealerOf(this.dataSource);
  }

  /**
   * Concurrent appends share one transaction and one commit (group commit): while a group commits,
   * the next one gathers, and each append in it is still decided on its own (see planAppends).
   */
  async append(
    streamId: string,
    events: NewEvent[],
    expectedVersion: ExpectedVersion,
  ): Promise<AppendResult> {
    return this.groups.submit({
      streamId,
      events: validateAppend(streamId, events, expectedVersion),
      expectedVersion,
    });
  }

  /**
   * Appends inside a transaction the caller owns (a consumer's, whose other writes must commit with
   * the events or not at all). The log's lock is held until that transaction ends, so it must be
   * short. Subscribers in this process learn of the events on their next poll, after the commit.
   */
  async appendWithin(
    manager: EntityManager,
    streamId: string,
    events: NewEvent[],
    expectedVersion: ExpectedVersion,
  ): Promise<AppendResult> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) throw new Error('appendWithin needs a transaction');
    return this.appendOne(runner, {
      streamId,
      events: validateAppend(streamId, events, expectedVersion),
      expectedVersion,
    });
  }

  /**
   * Runs `work` in one transaction that holds the log's append lock: everything it appends commits
   * together or not at all, and its reads see its own appends. Other writers wait until it ends, so
   * it is for imports and set-up, not for requests.
   */
  async session<T>(work: (session: AppendSession) => Promise<T>): Promise<T> {
    const result = await this.inTransaction(async (runner) => {
      await runner.query('select pg_advisory_xact_lock($1)', [LOG_APPEND_LOCK]);
      return work({
        append: (streamId, events, expectedVersion) =>
          this.appendOne(runner, {
            streamId,
            events: validateAppend(streamId, events, expectedVersion),
            expectedVersion,
          }),
        readStream: (streamId, options) => this.readStreamWith(managerSql(runner.manager), streamId, options),
        eventsById: (eventIds) => this.eventsByIdWith(managerSql(runner.manager), eventIds),
      });
    });
    this.appended.emit('appended', (await this.head()).position);
    return result;
  }

  private async appendOne(runner: QueryRunner, append: PendingAppend): Promise<AppendResult> {
    const [sealed] = await sealAppends(this.sealer, managerSql(runner.manager), [append]);
    if (!sealed) throw new Error('sealing an append produced no outcome');
    if ('error' in sealed) throw sealed.error;
    const [outcome] = await this.appendGroupWith(runner, [sealed.append]);
    if (!outcome) throw new Error('an append produced no outcome');
    if ('error' in outcome) throw outcome.error;
    return outcome.result;
  }

  /**
   * The group's fast path, two round trips: read the state a plan needs without the lock, then
   * append the planned rows in one statement that commits by itself only if the head has not moved
   * in between (another process appended). After a few lost races, the locking path always wins.
   */
  private async commitGroup(group: PendingAppend[]): Promise<AppendOutcome[]> {
    // Sealed once for the whole group (one round trip for its subjects' keys), before the plan
    // hashes anything. Outside a transaction a new key commits in a statement of its own, before the
    // events sealed under it and never after; a key whose append is then refused seals nothing.
    // An append whose data cannot be sealed is refused alone.
    const sealed = await sealAppends(this.sealer, this.sql, group);
    const appends = sealed.flatMap((outcome) => ('append' in outcome ? [outcome.append] : []));
    const planned = appends.length > 0 ? await this.commitSealed(appends) : [];
    let next = 0;
    return sealed.map((outcome) => ('error' in outcome ? outcome : planned[next++]!));
  }

  private async commitSealed(appends: PendingAppend[]): Promise<AppendOutcome[]> {
    let outcomes: AppendOutcome[] | undefined;
    for (let attempt = 0; attempt < OPTIMISTIC_ATTEMPTS && !outcomes; attempt++) {
      const snapshot = await this.snapshot(this.sql, appends);
      const plan = planAppends(appends, snapshot);
      if (plan.toInsert.length === 0 || (await this.appendAfter(snapshot.headPosition, plan.toInsert)))
        outcomes = plan.outcomes;
    }
    outcomes ??= await this.inTransaction((runner) => this.appendGroupWith(runner, appends));
    const last = outcomes.flatMap((outcome) => ('result' in outcome ? outcome.result.events : [])).at(-1);
    if (last) this.appended.emit('appended', last.position);
    return outcomes;
  }

  /** Inside a transaction: the lock first, so what the plan reads cannot change before the insert. */
  private async appendGroupWith(runner: QueryRunner, appends: PendingAppend[]): Promise<AppendOutcome[]> {
    await runner.query('select pg_advisory_xact_lock($1)', [LOG_APPEND_LOCK]);
    const snapshot = await this.snapshot(managerSql(runner.manager), appends);
    const plan = planAppends(appends, snapshot);
    if (
      plan.toInsert.length > 0 &&
      !(await this.appendAfter(snapshot.headPosition, plan.toInsert, managerSql(runner.manager)))
    )
      throw new Error('the log moved while its append lock was held');
    return plan.outcomes;
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.readStreamWith(this.sql, streamId, options);
  }

  private async readStreamWith(
    sql: Sql,
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<RecordedEvent[]> {
    const rows = await sql<RawEventLogRow>(
      `select ${RAW_EVENT_LOG_COLUMNS} from event_log
        where stream_id = $1 and stream_version >= $2 order by stream_version limit $3`,
      [streamId, options.fromVersion ?? 1, readLimit(options.limit)],
    );
    return this.opened(sql, rows.map(fromRawRow));
  }

  eventsById(eventIds: string[]): Promise<RecordedEvent[]> {
    return this.eventsByIdWith(this.sql, eventIds);
  }

  private async eventsByIdWith(sql: Sql, eventIds: string[]): Promise<RecordedEvent[]> {
    const ids = eventIds.filter((id) => isUuid(id)).map((id) => id.toLowerCase());
    if (ids.length === 0) return [];
    const rows = await sql<RawEventLogRow>(
      `select ${RAW_EVENT_LOG_COLUMNS} from event_log where event_id = any($1::uuid[]) order by position`,
      [ids],
    );
    return this.opened(sql, rows.map(fromRawRow));
  }

  /** The hot path of every reader (relay, projections, verify): plain rows, no entity building. */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const rows = await this.sql<RawEventLogRow>(
      `select ${RAW_EVENT_LOG_COLUMNS} from event_log where position > $1 order by position limit $2`,
      [options.after ?? 0, readLimit(options.limit)],
    );
    const events = rows.map(fromRawRow);
    return options.asStored ? events : this.opened(this.sql, events);
  }

  /** A batch opened with one query for its keys, none kept after it: an erasure counts at once. */
  private opened(sql: Sql, events: RecordedEvent[]): Promise<RecordedEvent[]> | RecordedEvent[] {
    const sealer = this.sealer;
    return sealer && events.length > 0 ? sealer.open(events, sql) : events;
  }

  async head(): Promise<LogHead> {
    const [row] = await this.rows().find({
      select: { position: true, hash: true },
      order: { position: 'DESC' },
      take: 1,
    });
    return row
      ? { position: toSafeNumber(row.position), hash: row.hash.toString('hex') }
      : { position: 0, hash: GENESIS_HASH };
  }

  async streamVersion(streamId: string): Promise<number> {
    const [row] = await this.sql<{ version: number }>(
      'select coalesce(max(stream_version), 0)::int as version from event_log where stream_id = $1',
      [streamId],
    );
    return row?.version ?? 0;
  }

  onAppended(listener: (head: number) => void): () => void {
    this.appended.on('appended', listener);
    return () => this.appended.off('appended', listener);
  }

  private rows() {
    return this.dataSource.getRepository(EventLogRow);
  }

  private async inTransaction<T>(work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction(); // READ COMMITTED, the server default
      const result = await work(runner);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** The head, each stream's version and the stored events among the ids callers chose. */
  private async snapshot(sql: Sql, appends: PendingAppend[]): Promise<LogSnapshot> {
    const streams = [...new Set(appends.map((append) => append.streamId))];
    const [state] = await sql<LogState>('select * from event_log_group_state($1, $2)', [
      streams,
      chosenIds(appends),
    ]);
    if (!state) throw new Error('the log state query returned no row');
    return {
      headPosition: state.head_position === null ? 0 : toSafeNumber(state.head_position),
      headHash: state.head_hash?.toString('hex') ?? GENESIS_HASH,
      now: state.now,
      streamVersions: new Map(streams.map((stream, index) => [stream, state.stream_versions[index] ?? 0])),
      storedById: new Map(state.stored.map((row) => [row.eventId, fromStoredJson(row)])),
    };
  }

  /**
   * One statement for the whole group (unnest keeps it at 13 parameters however many events). It
   * takes the log's lock and appends only after the expected head; outside a transaction it commits
   * on its own, which saves the round trips of BEGIN and COMMIT.
   */
  private async appendAfter(
    expectedHead: number,
    events: RecordedEvent[],
    sql: Sql = this.sql,
  ): Promise<boolean> {
    const [row] = await sql<{ appended: boolean }>(
      `select event_log_append_after($1, $2, $3::bigint[], $4::uuid[], $5::text[], $6::int[], $7::text[],
         $8::int[], $9::jsonb[], $10::jsonb[], $11::timestamptz[], $12::timestamptz[], $13::bytea[]) as appended`,
      [
        expectedHead,
        LOG_APPEND_LOCK,
        events.map((event) => event.position),
        events.map((event) => event.eventId),
        events.map((event) => event.streamId),
        events.map((event) => event.streamVersion),
        events.map((event) => event.type),
        events.map((event) => event.schemaVersion),
        events.map((event) => JSON.stringify(event.data)),
        events.map((event) => JSON.stringify(event.metadata)),
        events.map((event) => event.occurredAt.toISOString()),
        events.map((event) => event.recordedAt.toISOString()),
        events.map((event) => Buffer.from(event.hash, 'hex')),
      ],
    );
    return row?.appended === true;
  }
}

/** A stored event as the state query returns it (JSON, so one round trip carries everything). */
interface StoredJson extends Omit<RecordedEvent, 'occurredAt' | 'recordedAt'> {
  occurredAt: string;
  recordedAt: string;
}

function fromStoredJson(row: StoredJson): RecordedEvent {
  return { ...row, occurredAt: new Date(row.occurredAt), recordedAt: new Date(row.recordedAt) };
}

function readLimit(limit: number | undefined): number {
  return Math.min(Math.max(1, limit ?? DEFAULT_READ_LIMIT), MAX_READ_LIMIT);
}
