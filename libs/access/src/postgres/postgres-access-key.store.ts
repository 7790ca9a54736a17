import type { DataSource } from 'typeorm';
import { isStaffRole } from '../actor.js';
import type { AccessKeyStore, NewAccessKey, StoredAccessKey } from '../access-key.store.port.js';
import { AccessKeyRow } from './access-key.entity.js';

export class PostgresAccessKeyStore implements AccessKeyStore {
  constructor(private readonly dataSource: DataSource) {}

  async insert(key: NewAccessKey): Promise<void> {
    // created_at comes from the database clock, like the log's recorded_at.
    await this.rows().insert({
      id: key.id,
      label: key.label,
      role: key.role,
      villages: key.villages,
      secretHash: key.secretHash,
      salt: key.salt,
      createdBy: key.createdBy,
    });
  }

  async findById(id: string): Promise<StoredAccessKey | undefined> {
    const row = await this.rows().findOneBy({ id });
    return row ? toStoredAccessKey(row) : undefined;
  }

  async revoke(id: string): Promise<boolean> {
    const result = await this.rows()
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'coalesce(revoked_at, now())' })
      .where('id = :id', { id })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  private rows() {
    return this.dataSource.getRepository(AccessKeyRow);
  }
}

function toStoredAccessKey(row: AccessKeyRow): StoredAccessKey {
  // The table's check constraint allows only staff roles; a row that says otherwise is corrupt.
  if (!isStaffRole(row.role)) throw new Error(`access_key ${row.id} has an unknown role`);
  return {
    id: row.id,
    label: row.label,
    role: row.role,
    villages: row.villages,
    secretHash: row.secretHash,
    salt: row.salt,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    revokedAt: row.revokedAt,
  };
}
