import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { validate as isUuid } from 'uuid';
import type { Actor } from './actor.js';
import { AccessKeyNotFound } from './access.errors.js';
import { formatAccessKey, parseAccessKey, SECRET_BYTES } from './access-key.format.js';
import { accessKeyMatches, cacheDigest, hashAccessKey, newSalt } from './access-key.hashing.js';
import { ACCESS_KEY_STORE, type AccessKeyStore, type StoredAccessKey } from './access-key.store.port.js';
import { type IssueAccessKey, validateIssueAccessKey } from './issue-access-key.validation.js';
import { VerifiedKeyCache } from './verified-key.cache.js';

export const ACCESS_OPTIONS = Symbol('AccessOptions');

export interface AccessOptions {
  /**
   * How long a verified key is trusted without checking it again (default 60 s). A key revoked
   * through another process keeps working here for at most this long. 0 turns the cache off.
   */
  cacheTtlMs?: number;
  /** Most keys held in the cache at once (default 1000); the oldest makes room. */
  cacheSize?: number;
}

export const DEFAULT_CACHE_TTL_MS = 60_000;

export interface IssuedAccessKey {
  id: string;
  /** The only time the whole key exists outside its holder: it is shown once and never stored. */
  key: string;
}

@Injectable()
export class AccessKeyService {
  private readonly cache: VerifiedKeyCache;
  /** Parallel requests with one key share one scrypt run instead of each starting their own. */
  private readonly verifying = new Map<string, Promise<Actor | undefined>>();

  constructor(
    @Inject(ACCESS_KEY_STORE) private readonly store: AccessKeyStore,
    @Optional() @Inject(ACCESS_OPTIONS) options: AccessOptions = {},
  ) {
    this.cache = new VerifiedKeyCache(options.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS, options.cacheSize);
  }

  async issue(request: IssueAccessKey): Promise<IssuedAccessKey> {
    const valid = validateIssueAccessKey(request);
    const id = randomUUID();
    const key = formatAccessKey(id, randomBytes(SECRET_BYTES));
    const salt = newSalt();
    await this.store.insert({ id, ...valid, salt, secretHash: await hashAccessKey(key, salt) });
    return { id, key };
  }

  /** The actor a key stands for; undefined for a malformed, unknown, wrong or revoked key. */
  async authenticate(presentedKey: string): Promise<Actor | undefined> {
    const parsed = parseAccessKey(presentedKey);
    if (!parsed) return undefined;
    const digest = cacheDigest(presentedKey);
    const cached = this.cache.get(digest);
    if (cached) return cached;
    const running = this.verifying.get(digest);
    if (running) return running;
    const verification = this.verify(presentedKey, parsed.id, digest).finally(() =>
      this.verifying.delete(digest),
    );
    this.verifying.set(digest, verification);
    return verification;
  }

  /** The actor of a key this process verified within the cache lifetime, without checking it again. */
  verifiedBefore(presentedKey: string): Actor | undefined {
    return this.cache.get(cacheDigest(presentedKey));
  }

  /** Takes effect at once in this process, and within the cache lifetime in every other one. */
  async revoke(id: string): Promise<void> {
    if (!isUuid(id) || !(await this.store.revoke(id.toLowerCase()))) throw AccessKeyNotFound.withId(id);
    this.cache.evictKey(id.toLowerCase());
  }

  private async verify(presentedKey: string, id: string, digest: string): Promise<Actor | undefined> {
    // Unknown and revoked ids are refused before scrypt: guessing costs the server a lookup, not 50 ms.
    const stored = await this.store.findById(id);
    if (!stored || stored.revokedAt !== null) return undefined;
    if (!(await accessKeyMatches(presentedKey, stored.salt, stored.secretHash))) return undefined;
    const actor = toActor(stored);
    this.cache.set(digest, stored.id, actor);
    return actor;
  }
}

function toActor(key: StoredAccessKey): Actor {
  return { id: key.id, role: key.role, villages: [...key.villages], name: key.label };
}
