import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type {
  Calibration,
  Channel,
  Gateway,
  Hydrometer,
  HydrometerFormat,
  HydrometerSettings,
} from '@brewpit/protocol';
import type { Db } from '../store/db.js';
import { hashToken, verifyToken } from '../store/devices.js';

/**
 * Tables of the compat module (migration 3). Kept beside the module rather than in `store/`
 * while the store is being reworked; the SQL is plain SQLite and small enough to move there.
 */

/** A hydrometer's mapping row, with its parsed settings and info. */
export type HydrometerRow = Hydrometer & { next_seq: number };

/** A channel as the store knows it, to announce only what is new or changed. */
export type KnownChannel = Pick<Channel, 'kind' | 'unit' | 'name'> & { precision: number | null };

/** Gateway tokens read `bpg_<gateway id>_<secret>`: URL-safe, since they travel in URLs. */
const TOKEN_RE = /^bpg_([0-9a-f-]{36})_[A-Za-z0-9_-]{32}$/;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Gateway tokens, hydrometer mappings with their seq counters, and calibrations. */
export class CompatStore {
  /** Verified tokens by SHA-256 (never in clear): scrypt costs ~50 ms, too much per post. */
  private readonly verified = new Map<string, string>();
  private readonly stmts;

  constructor(readonly db: Db) {
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
      advanceSeq: db.prepare(
        'UPDATE compat_devices SET next_seq = next_seq + ? WHERE device_id = ?',
      ),
      channels: db.prepare(
        'SELECT key, kind, unit, name, precision FROM series WHERE device_id = ?',
      ),
      calibration: db.prepare('SELECT json FROM calibrations WHERE device_id = ?').pluck(),
      putCalibration:
        db.prepare(`INSERT INTO calibrations (device_id, json, updated_at) VALUES (?, ?, ?)
        ON CONFLICT (device_id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at`),
      deleteCalibration: db.prepare('DELETE FROM calibrations WHERE device_id = ?'),
    };
  }

  /** Creates a gateway; its token is returned here only, and only its scrypt hash is kept. */
  createGateway(name: string, tz: string | null, now = Date.now()): Gateway & { token: string } {
    const id = randomUUID();
    const token = `bpg_${id}_${randomBytes(24).toString('base64url')}`;
    this.stmts.insertGateway.run(id, name, hashToken(token), tz, now);
    return { id, name, tz, created_at: now, token };
  }

  gateway(id: string): Gateway | null {
    return (this.stmts.gateway.get(id) as Gateway | undefined) ?? null;
  }

  gateways(): Gateway[] {
    return this.stmts.gateways.all() as Gateway[];
  }

  /** Revokes a gateway token at once; the hydrometers it created keep their devices and history. */
  deleteGateway(id: string): boolean {
    for (const [k, v] of this.verified) if (v === id) this.verified.delete(k);
    return this.stmts.deleteGateway.run(id).changes === 1;
  }

  /** The gateway a token belongs to, or null. */
  async authenticate(token: string): Promise<Gateway | null> {
    const key = sha256(token);
    const cached = this.verified.get(key);
    if (cached) return this.gateway(cached);
    const id = TOKEN_RE.exec(token)?.[1];
    if (!id) return null;
    const hash = this.stmts.gatewayHash.get(id) as string | undefined;
    if (!hash || !(await verifyToken(token, hash))) return null;
    // The gateway may have been revoked while scrypt ran.
    const gw = this.gateway(id);
    if (gw) this.verified.set(key, id);
    return gw;
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

  /** Maps a new hydrometer to its (just created) device. */
  insert(deviceId: string, gatewayId: string, format: HydrometerFormat, key: string): void {
    this.stmts.insert.run(deviceId, gatewayId, format, key);
  }

  /** Records which gateway posted last and what the hydrometer reported besides readings. */
  touch(deviceId: string, gatewayId: string, info: Record<string, unknown>): void {
    this.stmts.touch.run(gatewayId, JSON.stringify(info), deviceId);
  }

  setSettings(deviceId: string, settings: HydrometerSettings, info: Record<string, unknown>): void {
    this.stmts.settings.run(JSON.stringify(settings), JSON.stringify(info), deviceId);
  }

  /**
   * Reserves `count` consecutive seqs for a hydrometer's next batch. Call inside the batch's
   * transaction so the counter and the readings commit together.
   */
  takeSeqs(deviceId: string, count: number): number {
    const first = (this.stmts.get.get(deviceId) as { next_seq: number }).next_seq;
    this.stmts.advanceSeq.run(count, deviceId);
    return first;
  }

  /** The channels the store knows for a device, by key. */
  channels(deviceId: string): Map<string, KnownChannel> {
    const rows = this.stmts.channels.all(deviceId) as (KnownChannel & { key: string })[];
    return new Map(rows.map(({ key, ...c }) => [key, c]));
  }

  calibration(deviceId: string): Calibration | null {
    const json = this.stmts.calibration.get(deviceId) as string | undefined;
    return json ? (JSON.parse(json) as Calibration) : null;
  }

  putCalibration(cal: Calibration): void {
    this.stmts.putCalibration.run(cal.device_id, JSON.stringify(cal), cal.updated_at);
  }

  deleteCalibration(deviceId: string): boolean {
    return this.stmts.deleteCalibration.run(deviceId).changes === 1;
  }
}

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
