import type { ReadingStatus } from '@brewpit/protocol';

/** Health of one sensor, shown by `brewpit-edge status`. */
export interface SensorHealth {
  label: string;
  platform: string;
  /** `ok`, `setup_failed` (waiting to retry setup) or `read_error` (last poll failed). */
  state: 'ok' | 'setup_failed' | 'read_error' | 'starting';
  code?: string;
  message?: string;
  /** Epoch ms of the last successful read. */
  last_ok?: number;
  /** Status of each channel at the last sample. */
  channels: Record<string, ReadingStatus>;
}
