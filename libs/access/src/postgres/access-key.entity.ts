import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One issued access key. Only `revoked_at` ever changes, and only from null to a time. */
@Entity({ name: 'access_key' })
export class AccessKeyRow {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text' })
  role!: string;

  @Column({ type: 'text', array: true })
  villages!: string[];

  @Column({ name: 'secret_hash', type: 'bytea' })
  secretHash!: Buffer;

  @Column({ type: 'bytea' })
  salt!: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
