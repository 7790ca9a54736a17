import { EventEmitter } from 'node:events';
import canonicalize from 'canonicalize';
import { validate as isUuid } from 'uuid';
import {
  type DataSource,
  type EntityManager,
  In,
  MoreThan,
  MoreThanOrEqual,
  type QueryRunner,
} from 'typeorm';
import type { AppendedEvent, AppendResult } from '../append-result.js';
import type { LogHead, NewEvent, RecordedEvent } from '../event.js';
import type { AppendSession, EventStore, ReadAllOptions, ReadStreamOptions } from '../event-store.port.js';
import { EventIdReused, StreamVersionConflict } from '../event-store.errors.js';
import { type ExpectedVersion, expectedVersionMatches } from '../expected-version.js';
import { chainHash, GENESIS_HASH } from '../hash-chain.js';
import { validateAppend, type ValidEvent } from '../new-event.validation.js';
import { EventLogRow } from './event-log.entity.js';
import { toRecordedEvent, toSafeNumber } from './event-log-row.mapper.js';

/**
 * One lock for the whole log: the hash chain needs the previous event's hash at insert time, and
 * gap-free positions in commit order make catch-up reads and (later) Merkle proofs trivial. Advisory
 * lock keys are scoped to the database, so test databases on one server never contend.
 */
const LOG_APPEND_LOCK = 7_253_614_001;
const DEFAULT_READ_LIMIT = 1000;
const MAX_READ_LIMIT = 10_000;

interface LogState {
  head_position: string | null;
  head_hash: Buffer | null;
  stream_version: number;
  now: Date;
}

export class PostgresEventStore implements EventStore {
  private readonly appended = new EventEmitter();

  constructor(private readonly dataSource: DataSource) {
    this.appended.setMaxListeners(0);
  }

  async append(
    streamId: string,
    events: NewEvent[],
    expectedVersion: ExpectedVersion,
  ): Promise<AppendResult> {
    const valid = validateAppend(streamId, events, expectedVersion);
    const result = await this.inTransaction((runner) =>
      this.appendWith(runner, streamId, valid, expectedVersion),
    );
    if (!result.duplicate) this.appended.emit('appended', result.events.at(-1)?.position);
    return result;
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
    return this.appendWith(
      runner,
      streamId,
      validateAppend(streamId, events, expectedVersion),
      expectedVersion,
    );
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
          this.appendWith(
            runner,
            streamId,
            validateAppend(streamId, events, expectedVersion),
            expectedVersion,
          ),
        readStream: (streamId, options) => this.readStreamWith(runner.manager, streamId, options),
        eventsById: (eventIds) => this.eventsByIdWith(runner.manager, eventIds),
      });
    });
    this.appended.emit('appended', (await this.head()).position);
    return result;
  }

  private async appendWith(
    runner: QueryRunner,
    streamId: string,
    valid: ValidEvent[],
    expectedVersion: ExpectedVersion,
  ): Promise<AppendResult> {
    const state = await this.lockForAppend(runner, streamId);
    // Checked under the lock, so two racing retries of one request cannot both store it.
    const replay = await this.findReplay(runner, streamId, valid);
    if (replay) return replay;
    if (!expectedVersionMatches(expectedVersion, state.stream_version)) {
      throw StreamVersionConflict.of(streamId, expectedVersion, state.stream_version);
    }
    const recorded = this.chain(streamId, valid, state);
    await this.insert(runner, recorded);
    return {
      streamId,
      nextExpectedVersion: state.stream_version + valid.length,
      events: recorded.map(toAppended),
      duplicate: false,
    };
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.readStreamWith(this.dataSource.manager, streamId, options);
  }

  private async readStreamWith(
    manager: EntityManager,
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<RecordedEvent[]> {
    const rows = await manager.getRepository(EventLogRow).find({
      where: { streamId, streamVersion: MoreThanOrEqual(options.fromVersion ?? 1) },
      order: { streamVersion: 'ASC' },
      take: readLimit(options.limit),
    });
    return rows.map(toRecordedEvent);
  }

  eventsById(eventIds: string[]): Promise<RecordedEvent[]> {
    return this.eventsByIdWith(this.dataSource.manager, eventIds);
  }

  private async eventsByIdWith(manager: EntityManager, eventIds: string[]): Promise<RecordedEvent[]> {
    const ids = eventIds.filter((id) => isUuid(id)).map((id) => id.toLowerCase());
    if (ids.length === 0) return [];
    const rows = await manager
      .getRepository(EventLogRow)
      .find({ where: { eventId: In(ids) }, order: { position: 'ASC' } });
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const rows = await this.rows().find({
      where: { position: MoreThan(String(options.after ?? 0)) },
      order: { position: 'ASC' },
      take: readLimit(options.limit),
    });
    return rows.map(toRecordedEvent);
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
    const [row] = await this.dataSource.query<{ version: number }[]>(
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

  /** The first result again when every event id is already stored with the same content. */
  private async findReplay(
    runner: QueryRunner,
    streamId: string,
    events: ValidEvent[],
  ): Promise<AppendResult | undefined> {
    const chosenIds = events.filter((event) => event.callerChoseId).map((event) => event.eventId);
    if (chosenIds.length === 0) return undefined;
    const stored = await runner.manager
      .getRepository(EventLogRow)
      .find({ where: { eventId: In(chosenIds) } });
    if (stored.length === 0) return undefined;
    const byId = new Map(stored.map((row) => [row.eventId, toRecordedEvent(row)]));
    const sameRequest =
      stored.length === events.length &&
      events.every((event) => {
        const found = byId.get(event.eventId);
        return found !== undefined && sameContent(found, streamId, event);
      });
    if (!sameRequest) throw EventIdReused.withIds([...byId.keys()]);
    const replayed = events.map((event) => byId.get(event.eventId) as RecordedEvent);
    return {
      streamId,
      nextExpectedVersion: Math.max(...replayed.map((event) => event.streamVersion)),
      events: replayed.map(toAppended),
      duplicate: true,
    };
  }

  /** Takes the log's append lock and reads the head and the stream's version after it. */
  private async lockForAppend(runner: QueryRunner, streamId: string): Promise<LogState> {
    const [state] = (await runner.query('select * from event_log_lock_for_append($1, $2)', [
      streamId,
      LOG_APPEND_LOCK,
    ])) as LogState[];
    if (!state) throw new Error('the log state query returned no row');
    return state;
  }

  private chain(streamId: string, events: ValidEvent[], state: LogState): RecordedEvent[] {
    let position = state.head_position === null ? 0 : toSafeNumber(state.head_position);
    let previousHash = state.head_hash?.toString('hex') ?? GENESIS_HASH;
    let version = state.stream_version;
    return events.map((event) => {
      const unhashed = {
        position: ++position,
        eventId: event.eventId,
        streamId,
        streamVersion: ++version,
        type: event.type,
        schemaVersion: event.schemaVersion,
        data: event.data,
        metadata: event.metadata,
        occurredAt: event.occurredAt,
        recordedAt: state.now,
      };
      previousHash = chainHash(previousHash, unhashed);
      return { ...unhashed, hash: previousHash };
    });
  }

  /** One statement for the whole batch: unnest keeps it at 11 parameters however many events. */
  private async insert(runner: QueryRunner, events: RecordedEvent[]): Promise<void> {
    await runner.query(
      `insert into event_log (position, event_id, stream_id, stream_version, type, schema_version,
                              data, metadata, occurred_at, recorded_at, hash)
       select * from unnest($1::bigint[], $2::uuid[], $3::text[], $4::int[], $5::text[], $6::int[],
                            $7::jsonb[], $8::jsonb[], $9::timestamptz[], $10::timestamptz[], $11::bytea[])`,
      [
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
  }
}

function toAppended(event: RecordedEvent): AppendedEvent {
  return {
    eventId: event.eventId,
    position: event.position,
    streamVersion: event.streamVersion,
    hash: event.hash,
  };
}

function sameContent(stored: RecordedEvent, streamId: string, event: ValidEvent): boolean {
  const fingerprint = (
    e: Pick<RecordedEvent, 'streamId' | 'type' | 'schemaVersion' | 'data' | 'metadata' | 'occurredAt'>,
  ) =>
    canonicalize({
      streamId: e.streamId,
      type: e.type,
      schemaVersion: e.schemaVersion,
      data: e.data,
      metadata: e.metadata,
      occurredAt: e.occurredAt.toISOString(),
    });
  return fingerprint(stored) === fingerprint({ ...event, streamId });
}

function readLimit(limit: number | undefined): number {
  return Math.min(Math.max(1, limit ?? DEFAULT_READ_LIMIT), MAX_READ_LIMIT);
}
