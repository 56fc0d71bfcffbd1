import { randomBytes, randomUUID } from 'node:crypto';
import type { Gateway, HydrometerFormat, HydrometerSettings } from '@brewpit/protocol';
import type { HydrometerRow, HydrometerStore, MintedToken } from './contract.js';
import type { Db } from './db.js';
import { hashToken, mintToken, verifyToken, VerifiedTokens } from './tokens.js';

/** Gateway tokens read `bpg_<gateway id>_<secret>`: URL-safe, since they travel in URLs. */
const TOKEN_RE = /^bpg_([0-9a-f-]{36})_[A-Za-z0-9_-]{32}$/;

/** Gateway tokens and hydrometer mappings with their seq counters (tables of migration 3). */
export class SqliteHydrometerStore implements HydrometerStore {
  private readonly verified = new VerifiedTokens();
  private readonly stmts;

  constructor(private readonly db: Db) {
    this.stmts = {
      insertGateway: db.prepare(
        'INSERT INTO compat_gateways (id, name, token_hash, tz, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      gateway: db.prepare('SELECT id, name, tz, created_at FROM compat_gateways WHERE id = ?'),
      gatewayHash: db.prepare('SELECT token_hash FROM compat_gateways WHERE id = ?').pluck(),
      gateways: db.prepare(
        'SELECT id, name, tz, created_at FROM compat_gateways ORDER BY created_at',
      ),
      deleteGateway: db.prepare('DELETE FROM compat_gateways WHERE id = ?'),
      rotateGateway: db.prepare('UPDATE compat_gateways SET token_hash = ? WHERE id = ?'),
      countByGateway: db
        .prepare('SELECT count(*) FROM compat_devices WHERE gateway_id = ?')
        .pluck(),
      find: db.prepare('SELECT * FROM compat_devices WHERE format = ? AND ext_key = ?'),
      get: db.prepare('SELECT * FROM compat_devices WHERE device_id = ?'),
      list: db.prepare('SELECT * FROM compat_devices ORDER BY format, ext_key'),
      insert: db.prepare(
        'INSERT INTO compat_devices (device_id, gateway_id, format, ext_key) VALUES (?, ?, ?, ?)',
      ),
      touch: db.prepare(
        'UPDATE compat_devices SET gateway_id = ?, info_json = ? WHERE device_id = ?',
      ),
      settings: db.prepare(
        'UPDATE compat_devices SET settings_json = ?, info_json = ? WHERE device_id = ?',
      ),
      nextSeq: db.prepare('SELECT next_seq FROM compat_devices WHERE device_id = ?').pluck(),
      advanceSeq: db.prepare(
        'UPDATE compat_devices SET next_seq = next_seq + ? WHERE device_id = ?',
      ),
    };
  }

  mintGatewaySecret(id: string = randomUUID()): Promise<MintedToken> {
    return mintToken(id, newToken(id));
  }

  createGateway(
    name: string,
    tz: string | null,
    now = Date.now(),
    secret?: MintedToken,
  ): Gateway & { token: string } {
    const id = secret?.id ?? randomUUID();
    const token = secret?.token ?? newToken(id);
    this.stmts.insertGateway.run(id, name, secret?.hash ?? hashToken(token), tz, now);
    this.verified.minted(this.db, token, id);
    return { id, name, tz, created_at: now, token };
  }

  gateway(id: string): Gateway | null {
    return (this.stmts.gateway.get(id) as Gateway | undefined) ?? null;
  }

  gateways(): Gateway[] {
    return this.stmts.gateways.all() as Gateway[];
  }

  deleteGateway(id: string): boolean {
    this.verified.revoke(id);
    return this.stmts.deleteGateway.run(id).changes === 1;
  }

  rotateGateway(id: string, secret?: MintedToken): string | null {
    if (secret && secret.id !== id) throw new Error('A secret minted for another gateway');
    const token = secret?.token ?? newToken(id);
    const changed =
      this.stmts.rotateGateway.run(secret?.hash ?? hashToken(token), id).changes === 1;
    this.verified.revoke(id);
    if (changed) this.verified.minted(this.db, token, id);
    return changed ? token : null;
  }

  countByGateway(gatewayId: string): number {
    return this.stmts.countByGateway.get(gatewayId) as number;
  }

  async authenticate(token: string): Promise<Gateway | null> {
    const cached = this.verified.get(token);
    if (cached) return this.gateway(cached);
    const id = TOKEN_RE.exec(token)?.[1];
    if (!id) return null;
    const hash = this.stmts.gatewayHash.get(id) as string | undefined;
    if (!hash || !(await verifyToken(token, hash))) return null;
    // The gateway may have been revoked, or its token rotated, while scrypt ran.
    if (this.stmts.gatewayHash.get(id) !== hash) return null;
    this.verified.remember(token, id);
    return this.gateway(id);
  }

  find(format: HydrometerFormat, key: string): HydrometerRow | null {
    const row = this.stmts.find.get(format, key) as Record<string, unknown> | undefined;
    return row ? toHydrometer(row) : null;
  }

  get(deviceId: string): HydrometerRow | null {
    const row = this.stmts.get.get(deviceId) as Record<string, unknown> | undefined;
    return row ? toHydrometer(row) : null;
  }

  list(): HydrometerRow[] {
    return (this.stmts.list.all() as Record<string, unknown>[]).map(toHydrometer);
  }

  insert(deviceId: string, gatewayId: string, format: HydrometerFormat, key: string): void {
    this.stmts.insert.run(deviceId, gatewayId, format, key);
  }

  touch(deviceId: string, gatewayId: string, info: Record<string, unknown>): void {
    this.stmts.touch.run(gatewayId, JSON.stringify(info), deviceId);
  }

  setSettings(deviceId: string, settings: HydrometerSettings, info: Record<string, unknown>): void {
    this.stmts.settings.run(JSON.stringify(settings), JSON.stringify(info), deviceId);
  }

  takeSeqs(deviceId: string, count: number): number {
    const first = this.stmts.nextSeq.get(deviceId) as number;
    this.stmts.advanceSeq.run(count, deviceId);
    return first;
  }
}

/** A gateway token: `bpg_<gateway id>_<32 random characters>`, URL-safe. */
const newToken = (id: string) => `bpg_${id}_${randomBytes(24).toString('base64url')}`;

function toHydrometer(row: Record<string, unknown>): HydrometerRow {
  return {
    device_id: row.device_id as string,
    gateway_id: row.gateway_id as string,
    format: row.format as HydrometerFormat,
    key: row.ext_key as string,
    next_seq: row.next_seq as number,
    settings: JSON.parse(row.settings_json as string) as HydrometerSettings,
    info: JSON.parse(row.info_json as string) as Record<string, unknown>,
  };
}
