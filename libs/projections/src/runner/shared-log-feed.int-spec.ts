import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CONSUMERS_SCHEMA, consumerStatus } from '@saksi/consumers';
import { combineSchemas, openStorage, type Storage } from '@saksi/database';
import { EVENT_STORE_SCHEMA, PostgresEventStore } from '@saksi/event-store';
import { hmacPseudonymiser } from '@saksi/relay';
import { createTestDatabase, type TestDatabase } from '@saksi/testing';
import type { Projection } from '../projection.js';
import { PROJECTIONS_SCHEMA } from '../projections.schema.js';
import { alertsProjection } from '../read-models/alerts.projection.js';
import { programmesProjection } from '../read-models/programmes.projection.js';
import { scriptedProgramme } from '../testing/scripted-programme.js';
import { SharedLogFeed } from './shared-log-feed.js';

describe('read models following the log together', () => {
  let database: TestDatabase;
  let storage: Storage;
  let store: PostgresEventStore;
  let head: number;
  const pseudonymise = hmacPseudonymiser(randomBytes(32).toString('hex'));

  beforeAll(async () => {
    database = await createTestDatabase('shared_log_feed');
    storage = await openStorage(
      { mode: 'postgres', url: database.url },
      combineSchemas([EVENT_STORE_SCHEMA, CONSUMERS_SCHEMA, PROJECTIONS_SCHEMA]),
    );
    store = new PostgresEventStore(storage.dataSource);
    for (const { streamId, event } of scriptedProgramme()) await store.append(streamId, [event], 'any');
    head = (await store.head()).position;
  });

  afterAll(async () => {
    await storage?.close();
    await database?.drop();
  });

  it('lets the others go on while one read model fails, and waits for that one until it recovers', async () => {
    let failing = true;
    const flaky: Projection = {
      ...alertsProjection,
      name: 'flaky',
      handle: (events, manager) =>
        failing ? Promise.reject(new Error('down')) : alertsProjection.handle(events, manager),
    };
    const steady: Projection = { ...programmesProjection, name: 'steady' };
    const feed = await new SharedLogFeed(store, storage.dataSource, [steady, flaky], pseudonymise).start();
    try {
      const waited = feed.waitFor(head, 60_000);
      await until(async () => (await positions())['steady'] === head);
      expect((await positions())['flaky']).toBe(0);
      failing = false;
      await waited;
      expect(await positions()).toMatchObject({ steady: head, flaky: head });
    } finally {
      await feed.stop();
    }
  });

  it('starts each read model from its own checkpoint', async () => {
    const late: Projection = { ...programmesProjection, name: 'late' };
    const handled: number[] = [];
    const counting: Projection = {
      ...alertsProjection,
      name: 'steady-again',
      handle: (events, manager) => {
        handled.push(...events.map((event) => event.position));
        return alertsProjection.handle(events, manager);
      },
    };
    await storage.dataSource.query(
      "insert into consumer_position (consumer, position) values ('steady-again', $1)",
      [head - 3],
    );
    const feed = await new SharedLogFeed(store, storage.dataSource, [late, counting], pseudonymise).start();
    try {
      await feed.waitFor(head);
      expect(handled).toEqual([head - 2, head - 1, head]);
      expect(await positions()).toMatchObject({ late: head, 'steady-again': head });
    } finally {
      await feed.stop();
    }
  });

  async function positions(): Promise<Record<string, number>> {
    const status = await consumerStatus(storage.dataSource, ['steady', 'flaky', 'late', 'steady-again']);
    return Object.fromEntries(status.map((entry) => [entry.name, entry.position]));
  }
});

async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; !(await condition()); tries++) {
    if (tries > 200) throw new Error('never happened');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
