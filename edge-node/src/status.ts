import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { DeviceConfig } from '@brewpit/protocol';
import type { ChamberStatus } from './control/chamber.js';
import type { OutboxStats } from './outbox/outbox.js';
import type { SensorHealth } from './sensors/health.js';
import type { DrainProgress } from './uplink/drain.js';
import type { UplinkState } from './uplink/health.js';

/** What a running node writes every few seconds for `brewpit-edge status`. */
export interface StatusSnapshot {
  pid: number;
  version: string;
  device: string;
  hub_url: string;
  started_at: number;
  updated_at: number;
  stopped: boolean;
  sample_interval_ms: number;
  samples_taken: number;
  clock_offset_ms: number;
  recording: boolean;
  targets: Record<string, number>;
  outbox: OutboxStats;
  uplink: UplinkState;
  drain: DrainProgress | null;
  sensors: SensorHealth[];
  config_etag: string | null;
  hub_config?: DeviceConfig;
  /** Chamber control, when configured; `error` says why it is not running. */
  control?: { running: boolean; error: string | null; chambers: ChamberStatus[] };
}

/** Writes atomically (temp file + rename) so a reader never sees half a file. */
export function writeStatusFile(path: string, snapshot: StatusSnapshot): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(snapshot, null, 2)}\n`);
  renameSync(tmp, path);
}

/** Reads the status file, or `undefined` when there is none. */
export function readStatusFile(path: string): StatusSnapshot | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as StatusSnapshot;
  } catch {
    return undefined;
  }
}
