import type { StaffRole } from './actor.js';

export const ACCESS_KEY_STORE = Symbol('AccessKeyStore');

export interface StoredAccessKey {
  id: string;
  label: string;
  role: StaffRole;
  villages: string[];
  secretHash: Buffer;
  salt: Buffer;
  createdAt: Date;
  createdBy: string;
  revokedAt: Date | null;
}

export type NewAccessKey = Omit<StoredAccessKey, 'createdAt' | 'revokedAt'>;

export interface AccessKeyStore {
  insert(key: NewAccessKey): Promise<void>;
  findById(id: string): Promise<StoredAccessKey | undefined>;
  /** Marks the key revoked (the first time only); answers false when no key has this id. */
  revoke(id: string): Promise<boolean>;
}
