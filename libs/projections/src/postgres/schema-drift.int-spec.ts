import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ACCESS_SCHEMA } from '@saksi/access';
import { CONSUMERS_SCHEMA } from '@saksi/consumers';
import { type ClassRef, combineSchemas, openStorage, type Storage } from '@saksi/database';
import { EVENT_STORE_SCHEMA } from '@saksi/event-store';
import { PRIVACY_SCHEMA } from '@saksi/privacy';
import { SENTINEL_SCHEMA } from '@saksi/sentinel';
import { createTestDatabase, type TestDatabase } from '@saksi/testing';
import { PROJECTIONS_SCHEMA } from '../projections.schema.js';

/**
 * The migrations make the tables; the entities describe them to TypeORM. Where the two disagree,
 * TypeORM's schema builder finds something to change, and the test prints what. These are the parts
 * of @saksi/ledger's LEDGER_SCHEMA, combined here because importing the ledger would be a cycle.
 */
const schema = combineSchemas([
  EVENT_STORE_SCHEMA,
  PRIVACY_SCHEMA,
  ACCESS_SCHEMA,
  CONSUMERS_SCHEMA,
  PROJECTIONS_SCHEMA,
  SENTINEL_SCHEMA,
]);
// combineSchemas flattens every part's list into an array.
const entities = (schema.entities as ClassRef[]).map((entity) => [entity.name, entity] as const);

describe('schema drift', () => {
  let database: TestDatabase | undefined;
  let storage: Storage | undefined;
  let changes: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('schema_drift');
    storage = await openStorage({ mode: 'postgres', url: database.url }, schema);
    // Only reads the catalogs, so the least-privileged runtime role may ask.
    const sql = await storage.dataSource.driver.createSchemaBuilder().log();
    changes = sql.upQueries.map((query) => query.query);
  });

  afterAll(async () => {
    await storage?.close();
    await database?.drop();
  });

  it.each(entities)('finds the table of %s exactly as its migrations made it', (_name, entity) => {
    const table = storage!.dataSource.getMetadata(entity).tableName;
    expect(changes.filter((query) => query.includes(`"${table}"`))).toEqual([]);
  });

  it('finds nothing at all to change', () => {
    expect(changes).toEqual([]);
  });
});
