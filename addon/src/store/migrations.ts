/**
 * Numbered schema migrations. Each runs once, in order, in its own transaction; the applied
 * number is kept in `PRAGMA user_version`. Never edit a shipped migration: add the next one.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: devices, series, readings with rollups, pairing codes, audit log.
  `
  CREATE TABLE devices (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL DEFAULT 'edge',
    token_hash    TEXT,
    created_at    INTEGER NOT NULL,
    last_seen     INTEGER,
    boot_id       TEXT,
    -- highest seq such that every seq up to it is stored or was reported dropped
    ack_seq       INTEGER NOT NULL DEFAULT 0,
    dropped_total INTEGER NOT NULL DEFAULT 0,
    config_json   TEXT NOT NULL DEFAULT '{}',
    status_json   TEXT NOT NULL DEFAULT '{}'
  );
  -- seqs above ack_seq already stored (out-of-order or gapped batches), as inclusive ranges;
  -- tiny in practice, since edges send oldest first
  CREATE TABLE seq_ranges (
    device_id TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    from_seq  INTEGER NOT NULL,
    to_seq    INTEGER NOT NULL,
    PRIMARY KEY (device_id, from_seq)
  ) WITHOUT ROWID;
  CREATE TABLE series (
    id         INTEGER PRIMARY KEY,
    device_id  TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    key        TEXT NOT NULL,
    kind       TEXT NOT NULL,
    unit       TEXT NOT NULL,
    name       TEXT NOT NULL,
    precision  INTEGER,
    created_at INTEGER NOT NULL,
    last_ts    INTEGER,
    last_value REAL,
    last_status TEXT,
    UNIQUE (device_id, key)
  );
  -- status: 0 ok, 1 unavailable, 2 spike, 3 frozen, 4 implausible
  CREATE TABLE readings (
    series_id INTEGER NOT NULL,
    ts        INTEGER NOT NULL,
    value     REAL,
    status    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (series_id, ts)
  ) WITHOUT ROWID;
  CREATE TABLE rollups_1m (
    series_id INTEGER NOT NULL,
    bucket    INTEGER NOT NULL,
    min REAL NOT NULL, min_ts INTEGER NOT NULL,
    max REAL NOT NULL, max_ts INTEGER NOT NULL,
    sum REAL NOT NULL, count INTEGER NOT NULL,
    PRIMARY KEY (series_id, bucket)
  ) WITHOUT ROWID;
  CREATE TABLE rollups_1h (
    series_id INTEGER NOT NULL,
    bucket    INTEGER NOT NULL,
    min REAL NOT NULL, min_ts INTEGER NOT NULL,
    max REAL NOT NULL, max_ts INTEGER NOT NULL,
    sum REAL NOT NULL, count INTEGER NOT NULL,
    PRIMARY KEY (series_id, bucket)
  ) WITHOUT ROWID;
  CREATE TABLE pairings (
    code_hash  TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER,
    device_id  TEXT
  );
  CREATE TABLE audit (
    id     INTEGER PRIMARY KEY,
    ts     INTEGER NOT NULL,
    actor  TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT,
    detail TEXT
  );
  `,
];
