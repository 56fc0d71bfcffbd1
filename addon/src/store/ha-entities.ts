import type { Channel, Reading } from '@brewpit/protocol';
import type {
  DeviceStore,
  HaEntityRow,
  HaEntityStore,
  IngestResult,
  ReadingStore,
} from './contract.js';
import type { Db } from './db.js';

/** Name and kind of the one device that Home Assistant entities' series belong to. */
const SOURCE_NAME = 'Home Assistant';
/** The boot id the source's batches carry. */
const SOURCE_KIND_BOOT = 'homeassistant';
/** Device kind of the source: the bridge does not announce its series back to Home Assistant. */
export const HA_SOURCE_KIND = 'homeassistant';

/** Home Assistant entities followed as a source (tables of migration 5). */
export class SqliteHaEntityStore implements HaEntityStore {
  private readonly stmts;

  constructor(
    private readonly db: Db,
    private readonly devices: DeviceStore,
    private readonly readings: ReadingStore,
  ) {
    this.stmts = {
      source: db.prepare('SELECT device_id FROM ha_source LIMIT 1').pluck(),
      insertSource: db.prepare('INSERT INTO ha_source (device_id) VALUES (?)'),
      nextSeq: db.prepare('SELECT next_seq FROM ha_source WHERE device_id = ?').pluck(),
      advanceSeq: db.prepare('UPDATE ha_source SET next_seq = next_seq + ? WHERE device_id = ?'),
      get: db.prepare('SELECT * FROM ha_entities WHERE entity_id = ?'),
      list: db.prepare('SELECT * FROM ha_entities ORDER BY entity_id'),
      upsert: db.prepare(`INSERT INTO ha_entities
        (entity_id, series_id, ha_unit, device_class, explicit, followed, added_at)
        VALUES (@entity_id, @series_id, @ha_unit, @device_class, @explicit, 1, @now)
        ON CONFLICT (entity_id) DO UPDATE SET ha_unit = excluded.ha_unit,
          device_class = excluded.device_class, explicit = MAX(explicit, excluded.explicit),
          added_at = CASE WHEN followed = 1 THEN added_at ELSE excluded.added_at END,
          covered_from = CASE WHEN followed = 1 THEN covered_from END,
          followed = 1`),
      setCovered: db.prepare(
        `UPDATE ha_entities SET covered_from = MIN(COALESCE(covered_from, @start), @start)
        WHERE entity_id = @entityId`,
      ),
      setUnit: db.prepare('UPDATE ha_entities SET ha_unit = ? WHERE entity_id = ?'),
      release: db.prepare('UPDATE ha_entities SET followed = 0, explicit = 0 WHERE entity_id = ?'),
      unseen: db.prepare('UPDATE devices SET last_seen = NULL WHERE id = ?'),
      newest: db.prepare('SELECT MAX(ts) FROM readings WHERE series_id = ?').pluck(),
    };
  }

  sourceDevice(now = Date.now()): string {
    const existing = this.stmts.source.get() as string | undefined;
    if (existing) return existing;
    return this.db.transaction(() => {
      // Its token is never shown: nothing outside the hub writes as this device.
      const { device_id } = this.devices.create(SOURCE_NAME, HA_SOURCE_KIND, now);
      this.stmts.insertSource.run(device_id);
      return device_id;
    })();
  }

  ingest(
    readings: Omit<Reading, 'seq'>[],
    channels: Channel[],
    now = Date.now(),
  ): IngestResult & { deviceId: string } {
    return this.db.transaction(() => {
      const deviceId = this.sourceDevice(now);
      const first = this.stmts.nextSeq.get(deviceId) as number;
      this.stmts.advanceSeq.run(readings.length, deviceId);
      const batch = {
        boot_id: SOURCE_KIND_BOOT,
        channels,
        readings: readings.map((r, i) => ({ ...r, seq: first + i })),
      };
      const result = this.readings.ingest(deviceId, batch, now);
      // The source is never "seen" like a device: whether an entity is there shows in its
      // readings, and a quiet sensor must not look like an edge node gone offline.
      this.stmts.unseen.run(deviceId);
      return { ...result, deviceId };
    })();
  }

  get(entityId: string): HaEntityRow | null {
    const row = this.stmts.get.get(entityId) as Record<string, unknown> | undefined;
    return row ? toRow(row) : null;
  }

  list(): HaEntityRow[] {
    return (this.stmts.list.all() as Record<string, unknown>[]).map(toRow);
  }

  follow(
    e: Pick<HaEntityRow, 'entity_id' | 'series_id' | 'ha_unit' | 'device_class' | 'explicit'>,
    now = Date.now(),
  ): HaEntityRow {
    this.stmts.upsert.run({ ...e, explicit: e.explicit ? 1 : 0, now });
    return this.get(e.entity_id)!;
  }

  setUnit(entityId: string, unit: string | null): void {
    this.stmts.setUnit.run(unit, entityId);
  }

  setCovered(entityId: string, from: number): void {
    this.stmts.setCovered.run({ start: from, entityId });
  }

  release(entityId: string): boolean {
    return this.stmts.release.run(entityId).changes > 0;
  }

  newestTs(seriesId: number): number | null {
    return (this.stmts.newest.get(seriesId) as number | null) ?? null;
  }
}

function toRow(r: Record<string, unknown>): HaEntityRow {
  return {
    entity_id: r.entity_id as string,
    series_id: r.series_id as number,
    ha_unit: (r.ha_unit as string | null) ?? null,
    device_class: (r.device_class as string | null) ?? null,
    explicit: r.explicit === 1,
    followed: r.followed === 1,
    added_at: r.added_at as number,
    covered_from: (r.covered_from as number | null) ?? null,
  };
}
