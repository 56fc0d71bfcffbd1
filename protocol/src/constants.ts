/** Prefix of every hub HTTP route in protocol version 1. */
export const API_PREFIX = '/api/v1';

/** Port the hub listens on when `PORT` is not set. */
export const DEFAULT_HUB_PORT = 8488;

/** Version of the wire protocol described by this package. */
export const PROTOCOL_VERSION = 1;

/** Most readings one ingest batch may carry; larger batches get 413. */
export const MAX_BATCH_READINGS = 5000;

/** Largest ingest body the hub accepts, after gzip decompression, in bytes. */
export const MAX_INGEST_BODY_BYTES = 4 * 1024 * 1024;

/** Earliest reading timestamp accepted (2000-01-01T00:00:00Z): older means a Pi with no clock. */
export const MIN_READING_TS = 946_684_800_000;

/** Latest reading timestamp accepted (2100-01-01T00:00:00Z). */
export const MAX_READING_TS = 4_102_444_800_000;

/**
 * How far after the hub's clock a reading may be dated. The edge stamps readings with the hub's
 * clock (corrected by the offset it learns from `server_time`), so anything later is a clock that
 * is wrong, and a reading from the future would stay the "latest" value until its date.
 */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Largest magnitude of a reading value (1e15: a petabyte in bytes). Bounding values keeps every
 * sum the hub keeps (rollups over any span) finite, so a summary can never turn into NaN.
 */
export const MAX_READING_MAGNITUDE = 1e15;

/** Media type of every error body the hub returns (RFC 9457). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
