import { Type, type Static } from '@sinclair/typebox';

const figures = {
  readings: Type.Integer({ description: 'Readings held in compressed blocks' }),
  blocks: Type.Integer({ description: 'Compressed blocks (one series, at most an hour each)' }),
  bytes: Type.Integer({ description: 'Bytes of the compressed blocks' }),
  saved_bytes: Type.Integer({
    description:
      'Store pages compression freed, net of the blocks it wrote (measured while compressing)',
  }),
};

/** Cold-storage figures of some data (the whole store, or one device's series). */
export const ColdFigures = Type.Object(figures, { $id: 'ColdFigures' });
/** Cold-storage figures of some data. */
export type ColdFigures = Static<typeof ColdFigures>;

/** Cold-storage figures of one device's series. */
export const DeviceColdFigures = Type.Object(
  { device_id: Type.String(), ...figures },
  { $id: 'DeviceColdFigures' },
);
/** Cold-storage figures of one device's series. */
export type DeviceColdFigures = Static<typeof DeviceColdFigures>;

/** Where the compression job stands. */
export const CompressionProgress = Type.Object(
  {
    enabled: Type.Boolean({ description: 'False when compress_after_days is 0' }),
    running: Type.Boolean({ description: 'A compression pass is under way' }),
    cutoff: Type.Union([Type.Integer(), Type.Null()], {
      description: 'The pass compresses readings before this instant (UTC epoch ms)',
    }),
    backlog_hours: Type.Integer({
      description:
        'Series-hours of readings past the cold age still to compress (0 when caught up; an upper bound while a pass runs)',
    }),
    progress: Type.Number({
      minimum: 0,
      maximum: 1,
      description: 'Share of the current (or last) pass done',
    }),
    moved: Type.Integer({ description: 'Readings the current (or last) pass compressed' }),
    last_pass_started_at: Type.Union([Type.Integer(), Type.Null()]),
    last_pass_finished_at: Type.Union([Type.Integer(), Type.Null()]),
  },
  { $id: 'CompressionProgress' },
);
/** Where the compression job stands. */
export type CompressionProgress = Static<typeof CompressionProgress>;

/** Answer to `GET /api/v1/storage`: how big the store is and what compression saved. */
export const StorageStats = Type.Object(
  {
    store_bytes: Type.Integer({ description: 'Database and write-ahead log' }),
    compress_after_days: Type.Integer(),
    retention_days: Type.Integer(),
    cold: ColdFigures,
    compression: CompressionProgress,
    devices: Type.Array(DeviceColdFigures, {
      description: 'Per device with compressed data, for its device page',
    }),
  },
  { $id: 'StorageStats' },
);
/** Answer to `GET /api/v1/storage`. */
export type StorageStats = Static<typeof StorageStats>;
