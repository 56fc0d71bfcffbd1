import { createHash, randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { MintedToken } from './contract-support.js';
import type { Db } from './db.js';

/** Hex SHA-256: how pairing codes are stored, and the key of the verified-token caches. */
export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** scrypt with a per-token salt; stored as `scrypt$salt$hash`. */
export function hashToken(token: string): string {
  const salt = randomBytes(16);
  return stored(salt, scryptSync(token, salt, 32));
}

const stored = (salt: Buffer, hash: Buffer) =>
  `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`;

const scryptAsync = promisify(scrypt) as (pw: string, salt: Buffer, len: number) => Promise<Buffer>;

/** `token` for `id` with its {@link hashToken} hash, the scrypt run on libuv's thread pool. */
export async function mintToken(id: string, token: string): Promise<MintedToken> {
  const salt = randomBytes(16);
  return { id, token, hash: stored(salt, await scryptAsync(token, salt, 32)) };
}

/**
 * Constant-time comparison of a presented token with a stored `scrypt$…` hash. Async, so a
 * flood of wrong tokens costs thread-pool time rather than blocking ingest on the event loop.
 */
export async function verifyToken(token: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scryptAsync(token, Buffer.from(salt, 'base64url'), expected.length);
  return timingSafeEqual(actual, expected);
}

/**
 * scrypt is deliberately slow (~50 ms); ingest cannot pay that per request. Verified tokens are
 * remembered by their SHA-256 (never in clear) with the id they belong to, until revoked.
 */
export class VerifiedTokens {
  private readonly byHash = new Map<string, string>();

  get(token: string): string | undefined {
    return this.byHash.get(sha256(token));
  }

  remember(token: string, id: string): void {
    this.byHash.set(sha256(token), id);
  }

  /**
   * Remembers a token the hub has just minted on `db`, so that its first use does not pay the
   * scrypt check (~50 ms of a thread-pool thread here, more on a Pi: eight nodes paired at once
   * took a third of a second of CPU from their first batches). Only once its row is committed:
   * inside a caller's transaction (a hydrometer created with its first post) the row may still
   * be rolled back, and a token must never outlive its row, so such a token is checked with
   * scrypt on first use as before.
   */
  minted(db: Db, token: string, id: string): void {
    if (!db.inTransaction) this.remember(token, id);
  }

  /** Forgets every token of `id` (a deleted device, a revoked gateway). */
  revoke(id: string): void {
    for (const [k, v] of this.byHash) if (v === id) this.byHash.delete(k);
  }
}
