import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One subject's data key, wrapped under the master key. Erasure overwrites the wrapped key with
 * null and sets `erased_at`; the row stays, so the subject can never be given a new key and its old
 * sealed fields can never be opened again.
 */
@Entity({ name: 'personal_data_key' })
@Check('personal_data_key_subject_check', 'length(subject) between 1 and 200')
@Check('personal_data_key_wrapped_key_check', 'octet_length(wrapped_key) = 60')
@Check('personal_data_key_erased_has_no_key', '(erased_at is null) = (wrapped_key is not null)')
export class PersonalDataKeyRow {
  @PrimaryColumn({ type: 'text' })
  subject!: string;

  @Column({ name: 'wrapped_key', type: 'bytea', nullable: true })
  wrappedKey!: Buffer | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;
}
