import type { Calibration } from '@brewpit/protocol';
import type { CalibrationStore } from './contract.js';
import type { Db } from './db.js';

/** One calibration per hydrometer, kept as the JSON document the API exports. */
export class SqliteCalibrationStore implements CalibrationStore {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      get: db.prepare('SELECT json FROM calibrations WHERE device_id = ?').pluck(),
      put: db.prepare(`INSERT INTO calibrations (device_id, json, updated_at) VALUES (?, ?, ?)
        ON CONFLICT (device_id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at`),
      delete: db.prepare('DELETE FROM calibrations WHERE device_id = ?'),
    };
  }

  get(deviceId: string): Calibration | null {
    const json = this.stmts.get.get(deviceId) as string | undefined;
    return json ? (JSON.parse(json) as Calibration) : null;
  }

  put(cal: Calibration): void {
    this.stmts.put.run(cal.device_id, JSON.stringify(cal), cal.updated_at);
  }

  delete(deviceId: string): boolean {
    return this.stmts.delete.run(deviceId).changes === 1;
  }
}
