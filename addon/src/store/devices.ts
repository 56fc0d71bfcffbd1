import type Database from 'better-sqlite3';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DeviceConfig } from '@brewpit/protocol';
import type { DeviceRow, DeviceStore, MintedToken } from './contract.js';
import type { Db } from './db.js';
import type { HourlyRollupCache } from './hour-cache.js';
import type { PendingRollups } from './rollups.js';
import { hashToken, mintToken, sha256, verifyToken, VerifiedTokens } from './tokens.js';

/** The config a new device gets until an admin or Home Assistant changes it. */
const DEFAULT_DEVICE_CONFIG: DeviceConfig = {
  sample_interval_s: 5,
  recording: true,
  targets: {},
};

/** Characters of pairing codes: no 0/O or 1/I, which people misread from a screen. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const PAIRING_TTL_MS = 10 * 60 * 1000;

/** Device tokens read `bpd_<device id>_<secret>`: the id picks the one hash to check. */
const TOKEN_RE = /^bpd_([0-9a-f-]{36})_[A-Za-z0-9_-]{32}$/;

/** Device registry, pairing codes and device tokens. */
export class SqliteDeviceStore implements DeviceStore {
  private readonly verified = new VerifiedTokens();
  /**
   * The statements of the request path, compiled once: `config` runs after every ingest commit
   * (the acknowledgement's config etag) and `get` after many (the alert engine's device-back
   * check), and compiling the SQL each time cost more than the query.
   */
  private readonly stmts: {
    get: Database.Statement;
    config: Database.Statement;
    tokenHash: Database.Statement;
  };
  /** Each device's config as last parsed, with the JSON it came from (see `config`). */
  private readonly configs = new Map<string, { json: string; config: Readonly<DeviceConfig> }>();

  constructor(
    private readonly db: Db,
    private readonly hours: HourlyRollupCache,
    private readonly rollups: PendingRollups,
  ) {
    this.stmts = {
      get: db.prepare('SELECT * FROM devices WHERE id = ?'),
      config: db.prepare('SELECT config_json FROM devices WHERE id = ?').pluck(),
      tokenHash: db.prepare('SELECT token_hash FROM devices WHERE id = ?').pluck(),
    };
  }

  /** Creates a one-time pairing code; only its hash is stored. */
  createPairing(now = Date.now()): { code: string; expires_at: number } {
    const bytes = randomBytes(6);
    const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
    const code = `${chars.slice(0, 3)}-${chars.slice(3)}`;
    const expires_at = now + PAIRING_TTL_MS;
    this.db
      .prepare('INSERT INTO pairings (code_hash, created_at, expires_at) VALUES (?, ?, ?)')
      .run(sha256(code), now, expires_at);
    return { code, expires_at };
  }

  /**
   * Exchanges a valid, unused, unexpired code for a new device and its token (shown once).
   * Returns null when the code is unknown, used or expired: the caller does not learn which.
   */
  pair(
    code: string,
    name: string,
    now = Date.now(),
    secret?: MintedToken,
  ): { device_id: string; token: string } | null {
    const paired = this.db.transaction(() => {
      if (!this.pairable(code, now)) return null;
      const { device_id, token } = this.create(name, 'edge', now, secret);
      this.db
        .prepare('UPDATE pairings SET used_at = ?, device_id = ? WHERE code_hash = ?')
        .run(now, device_id, sha256(code));
      return { device_id, token };
    })();
    if (paired) this.verified.minted(this.db, paired.token, paired.device_id);
    return paired;
  }

  mintSecret(deviceId: string = randomUUID()): Promise<MintedToken> {
    return mintToken(deviceId, newToken(deviceId));
  }

  pairable(code: string, now = Date.now()): boolean {
    const row = this.db
      .prepare('SELECT expires_at, used_at FROM pairings WHERE code_hash = ?')
      .get(sha256(code)) as { expires_at: number; used_at: number | null } | undefined;
    return !!row && row.used_at === null && row.expires_at >= now;
  }

  /** Registers a device directly (admin) and returns its token, shown once. */
  create(
    name: string,
    kind = 'edge',
    now = Date.now(),
    secret?: MintedToken | null,
  ): { device_id: string; token: string } {
    const device_id = secret?.id ?? randomUUID();
    const token = secret === null ? '' : (secret?.token ?? newToken(device_id));
    // No hash at all, as for a device restored from an export: no token authenticates as it.
    const hash = secret === null ? null : (secret?.hash ?? hashToken(token));
    this.db
      .prepare(
        'INSERT INTO devices (id, name, kind, token_hash, created_at, config_json) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(device_id, name, kind, hash, now, JSON.stringify(DEFAULT_DEVICE_CONFIG));
    if (token) this.verified.minted(this.db, token, device_id);
    return { device_id, token };
  }

  /** Finds the device a bearer token belongs to, or null. */
  async authenticate(token: string): Promise<string | null> {
    const cached = this.verified.get(token);
    if (cached) return cached;
    const id = TOKEN_RE.exec(token)?.[1];
    if (!id) return null;
    const hashOf = () => (this.stmts.tokenHash.get(id) as string | null | undefined) ?? null;
    const hash = hashOf();
    if (!hash || !(await verifyToken(token, hash))) return null;
    // The device may have been deleted, or its token rotated, while scrypt ran.
    if (hashOf() !== hash) return null;
    this.verified.remember(token, id);
    return id;
  }

  rotateToken(id: string, secret?: MintedToken): string | null {
    if (secret && secret.id !== id) throw new Error('A secret minted for another device');
    const token = secret?.token ?? newToken(id);
    const hash = secret?.hash ?? hashToken(token);
    const changed =
      this.db.prepare('UPDATE devices SET token_hash = ? WHERE id = ?').run(hash, id).changes === 1;
    this.verified.revoke(id);
    if (changed) this.verified.minted(this.db, token, id);
    return changed ? token : null;
  }

  get(id: string): DeviceRow | null {
    const row = this.stmts.get.get(id) as Record<string, unknown> | undefined;
    return row ? toDevice(row) : null;
  }

  config(id: string): Readonly<DeviceConfig> | null {
    const json = this.stmts.config.get(id) as string | undefined;
    if (json === undefined) {
      this.configs.delete(id);
      return null;
    }
    // Compared by its JSON, so a config changed by any path (the API, an import, a replica) is
    // parsed again; an unchanged one is not parsed on every ingest answer.
    const known = this.configs.get(id);
    if (known?.json === json) return known.config;
    const parsed = parseConfig(json);
    // Its own copy of the targets: the defaults' object must not be frozen with it.
    const config = Object.freeze({ ...parsed, targets: Object.freeze({ ...parsed.targets }) });
    this.configs.set(id, { json, config });
    return config;
  }

  list(): DeviceRow[] {
    return (
      this.db.prepare('SELECT * FROM devices ORDER BY created_at').all() as Record<
        string,
        unknown
      >[]
    ).map(toDevice);
  }

  rename(id: string, name: string): boolean {
    return this.db.prepare('UPDATE devices SET name = ? WHERE id = ?').run(name, id).changes === 1;
  }

  setConfig(id: string, config: DeviceConfig): boolean {
    return (
      this.db
        .prepare('UPDATE devices SET config_json = ? WHERE id = ?')
        .run(JSON.stringify(config), id).changes === 1
    );
  }

  /** Deletes a device with its series and readings; its token stops working at once. */
  delete(id: string): boolean {
    const deleted = this.db.transaction(() => {
      // Buckets still waiting go with the rollup rows below, not into a series that later gets
      // one of these ids again.
      this.rollups.settle();
      const series = this.db
        .prepare('SELECT id FROM series WHERE device_id = ?')
        .pluck()
        .all(id) as number[];
      for (const sid of series) {
        this.db.prepare('DELETE FROM readings WHERE series_id = ?').run(sid);
        this.db.prepare('DELETE FROM rollups_1m WHERE series_id = ?').run(sid);
        this.db.prepare('DELETE FROM rollups_1h WHERE series_id = ?').run(sid);
        this.hours.forgetSeries(sid);
      }
      return this.db.prepare('DELETE FROM devices WHERE id = ?').run(id).changes === 1;
    })();
    this.verified.revoke(id);
    return deleted;
  }
}

/** A device token: `bpd_<device id>_<32 random characters>`. */
const newToken = (id: string) => `bpd_${id}_${randomBytes(24).toString('base64url')}`;

/** A stored config, with the defaults for what it leaves out. */
const parseConfig = (json: string): DeviceConfig => ({
  ...DEFAULT_DEVICE_CONFIG,
  ...(JSON.parse(json) as Partial<DeviceConfig>),
});

function toDevice(row: Record<string, unknown>): DeviceRow {
  return {
    id: row.id as string,
    name: row.name as string,
    kind: row.kind as string,
    created_at: row.created_at as number,
    last_seen: (row.last_seen as number | null) ?? null,
    boot_id: (row.boot_id as string | null) ?? null,
    ack_seq: row.ack_seq as number,
    dropped_total: row.dropped_total as number,
    config: parseConfig(row.config_json as string),
    status: JSON.parse(row.status_json as string) as Record<string, unknown>,
  };
}
