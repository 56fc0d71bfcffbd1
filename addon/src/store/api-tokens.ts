import { randomBytes, randomUUID } from 'node:crypto';
import type { MintedToken } from './contract-support.js';
import type { Db } from './db.js';
import { hashToken, mintToken, verifyToken, VerifiedTokens } from './tokens.js';

/** An API token as listed (never its secret nor its hash). */
export interface ApiTokenRow {
  id: string;
  name: string;
  /** `read`: every GET of the API, nothing that writes. */
  kind: 'read';
  created_at: number;
  revoked_at: number | null;
}

/**
 * API tokens besides the admin token. The only kind is `read`: a replica, a dashboard or an
 * external consumer reads everything and can write nothing. Stored as scrypt hashes; the id
 * is part of the token (`bpr_<id>.<secret>`) so a check costs one scrypt, not one per token.
 */
export class SqliteApiTokenStore {
  private readonly verified = new VerifiedTokens();
  private readonly stmts;

  constructor(private readonly db: Db) {
    this.stmts = {
      insert: db.prepare(
        'INSERT INTO api_tokens (id, name, kind, token_hash, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      list: db.prepare(
        'SELECT id, name, kind, created_at, revoked_at FROM api_tokens ORDER BY created_at, id',
      ),
      get: db.prepare('SELECT token_hash, revoked_at FROM api_tokens WHERE id = ?'),
      revoke: db.prepare(
        'UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
      ),
    };
  }

  mintSecret(): Promise<MintedToken> {
    const id = randomUUID();
    return mintToken(id, newToken(id));
  }

  /** Creates a read-only token; the secret is returned once and only its hash is kept. */
  create(
    name: string,
    now = Date.now(),
    secret?: MintedToken,
  ): { token: string; row: ApiTokenRow } {
    const id = secret?.id ?? randomUUID();
    const token = secret?.token ?? newToken(id);
    this.stmts.insert.run(id, name, 'read', secret?.hash ?? hashToken(token), now);
    this.verified.minted(this.db, token, id);
    return { token, row: { id, name, kind: 'read', created_at: now, revoked_at: null } };
  }

  list(): ApiTokenRow[] {
    return this.stmts.list.all() as ApiTokenRow[];
  }

  /** Revokes a token at once; false when it is unknown or already revoked. */
  revoke(id: string, now = Date.now()): boolean {
    const done = this.stmts.revoke.run(now, id).changes === 1;
    this.verified.revoke(id);
    return done;
  }

  /** The id of the live read token `token`, or null. */
  async authenticate(token: string): Promise<string | null> {
    const known = this.verified.get(token);
    if (known) return known;
    const m = /^bpr_([0-9a-f-]{36})\.[A-Za-z0-9_-]+$/.exec(token);
    if (!m) return null;
    const id = m[1]!;
    const row = this.stmts.get.get(id) as
      { token_hash: string; revoked_at: number | null } | undefined;
    if (!row || row.revoked_at !== null) return null;
    if (!(await verifyToken(token, row.token_hash))) return null;
    // Revoked while scrypt ran?
    const again = this.stmts.get.get(id) as { revoked_at: number | null } | undefined;
    if (!again || again.revoked_at !== null) return null;
    this.verified.remember(token, id);
    return id;
  }
}

/** A read-only API token: `bpr_<token id>.<32 random characters>`. */
const newToken = (id: string) => `bpr_${id}.${randomBytes(24).toString('base64url')}`;
