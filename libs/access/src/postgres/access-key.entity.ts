import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** One issued access key. Only `revoked_at` ever changes, and only from null to a time. */
@Entity({ name: 'access_key' })
@Check('access_key_label_check', 'length(label) between 1 and 200')
@Check('access_key_role_check', "role in ('operator', 'forum', 'inspector', 'admin')")
@Check('access_key_secret_hash_check', 'octet_length(secret_hash) = 32')
@Check('access_key_salt_check', 'octet_length(salt) = 16')
@Check('access_key_created_by_check', 'length(created_by) between 1 and 200')
@Check('access_key_villages_only_for_operators', "(role = 'operator') = (cardinality(villages) > 0)")
@Check('access_key_village_codes', 'access_key_village_codes_valid(villages)')
export class AccessKeyRow {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text' })
  role!: string;

  @Column({ type: 'text', array: true, default: [] })
  villages!: string[];

  @Column({ name: 'secret_hash', type: 'bytea' })
  secretHash!: Buffer;

  @Column({ type: 'bytea' })
  salt!: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
