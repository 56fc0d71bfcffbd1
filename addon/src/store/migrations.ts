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
  // 2: sessions with their series and notes, the command queue, hub-wide markers.
  `
  CREATE TABLE sessions (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    name       TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    ended_at   INTEGER,
    notes      TEXT NOT NULL DEFAULT '',
    recipe     TEXT,
    og         REAL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX sessions_started ON sessions (started_at);
  -- position keeps the order the user gave (chart legend order)
  CREATE TABLE session_channels (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    series_id  INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    role       TEXT NOT NULL,
    target     REAL,
    label      TEXT,
    PRIMARY KEY (session_id, series_id)
  ) WITHOUT ROWID;
  CREATE INDEX session_channels_series ON session_channels (series_id);
  CREATE TABLE annotations (
    id         INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    ts         INTEGER NOT NULL,
    text       TEXT NOT NULL,
    kind       TEXT NOT NULL DEFAULT 'note'
  );
  CREATE INDEX annotations_session ON annotations (session_id, ts);
  CREATE TABLE commands (
    id              TEXT PRIMARY KEY,
    device_id       TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    type            TEXT NOT NULL,
    params_json     TEXT NOT NULL DEFAULT '{}',
    status          TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    next_attempt_at INTEGER,
    expires_at      INTEGER NOT NULL,
    result_json     TEXT
  );
  -- delivery looks up a device's open commands on every ingest
  CREATE INDEX commands_open ON commands (device_id, status, next_attempt_at);
  CREATE INDEX audit_action ON audit (action, id);
  -- key/value markers, e.g. raw_from: the retention cut-off below which only rollups remain
  CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  // 3: third-party hydrometers (hydrometers/): gateway tokens, the device each hydrometer became
  // (with the hub-assigned seq counter, since iSpindels and Tilts send no seq), calibrations.
  `
  CREATE TABLE compat_gateways (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    tz         TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE compat_devices (
    device_id     TEXT PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,
    -- the gateway that last posted; identity is hub-wide, so a new token keeps the device
    gateway_id    TEXT NOT NULL,
    format        TEXT NOT NULL,
    ext_key       TEXT NOT NULL,
    next_seq      INTEGER NOT NULL DEFAULT 1,
    settings_json TEXT NOT NULL DEFAULT '{}',
    info_json     TEXT NOT NULL DEFAULT '{}',
    UNIQUE (format, ext_key)
  );
  CREATE TABLE calibrations (
    device_id  TEXT PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,
    json       TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  );
  `,
  // 4: alert rules (per session or global) and every alert raised, open until cleared. Default
  // global rules give every session the expected events without setup; users may delete them.
  `
  CREATE TABLE alert_rules (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    session_id  TEXT REFERENCES sessions(id) ON DELETE CASCADE,
    series_id   INTEGER REFERENCES series(id) ON DELETE CASCADE,
    role        TEXT,
    device_id   TEXT,
    name        TEXT,
    params_json TEXT NOT NULL DEFAULT '{}',
    enabled     INTEGER NOT NULL DEFAULT 1,
    created_at  INTEGER NOT NULL
  );
  CREATE TABLE alerts (
    id         INTEGER PRIMARY KEY,
    rule_id    TEXT NOT NULL,
    kind       TEXT NOT NULL,
    -- what the episode is about: rule + session + series or device
    subject    TEXT NOT NULL,
    session_id TEXT,
    series_id  INTEGER,
    device_id  TEXT,
    raised_at  INTEGER NOT NULL,
    cleared_at INTEGER,
    value      REAL,
    message    TEXT NOT NULL,
    data_json  TEXT NOT NULL DEFAULT '{}'
  );
  CREATE INDEX alerts_raised ON alerts (raised_at);
  CREATE INDEX alerts_session ON alerts (session_id, raised_at);
  -- at most one open episode per rule and subject
  CREATE UNIQUE INDEX alerts_open ON alerts (rule_id, subject) WHERE cleared_at IS NULL;
  INSERT INTO alert_rules (id, kind, name, params_json, created_at) VALUES
    ('default-target-reached', 'target_reached', 'Target reached', '{}', 0),
    ('default-target-expected', 'target_expected', 'Done in 30 minutes', '{"minutes":30}', 0),
    ('default-stall', 'stall_started', 'Stall', '{}', 0),
    ('default-fermentation-finished', 'fermentation_finished', 'Fermentation finished', '{}', 0),
    ('default-device-offline', 'device_offline', 'Edge node offline', '{"minutes":10}', 0),
    ('default-low-battery', 'low_battery', 'Low battery', '{"threshold":15}', 0);
  `,
  // 5: cold storage (store/cold/): readings older than `compress_after_days` move into compressed
  // blocks, one series and at most an hour (and 4,096 readings) each, with the figures queries
  // read without decoding. Retention records per series what it deleted (`raw_gone`, replacing
  // the hub-wide `raw_from` mark), since sessions marked `keep` are spared.
  `
  CREATE TABLE cold_blocks (
    -- AUTOINCREMENT: an id is never reused, so a decoded block cached by id stays right
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    t0        INTEGER NOT NULL, -- first and last reading; both in one UTC hour
    t1        INTEGER NOT NULL,
    n         INTEGER NOT NULL, -- readings of every status
    ok_n      INTEGER NOT NULL, -- ok readings with a value; min, max, sum are over these, as decoded
    min       REAL,
    max       REAL,
    sum       REAL NOT NULL,
    decimals  INTEGER,          -- scale of the values; NULL when they are exact doubles (XOR)
    data      BLOB NOT NULL
  );
  CREATE UNIQUE INDEX cold_blocks_series ON cold_blocks (series_id, t0);
  -- running figures per series for /metrics and GET /storage, kept in the compressing transaction
  CREATE TABLE cold_series (
    series_id   INTEGER PRIMARY KEY REFERENCES series(id) ON DELETE CASCADE,
    blocks      INTEGER NOT NULL DEFAULT 0,
    readings    INTEGER NOT NULL DEFAULT 0,
    bytes       INTEGER NOT NULL DEFAULT 0,
    saved_bytes INTEGER NOT NULL DEFAULT 0
  );
  -- [from_ts, to_ts) ranges whose raw readings retention deleted: only rollups answer there
  CREATE TABLE raw_gone (
    series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    from_ts   INTEGER NOT NULL,
    to_ts     INTEGER NOT NULL,
    PRIMARY KEY (series_id, from_ts)
  ) WITHOUT ROWID;
  INSERT INTO raw_gone (series_id, from_ts, to_ts)
    SELECT s.id, 0, CAST(m.value AS INTEGER) FROM series s JOIN meta m ON m.key = 'raw_from'
    WHERE CAST(m.value AS INTEGER) > 0;
  DELETE FROM meta WHERE key = 'raw_from';
  ALTER TABLE sessions ADD COLUMN keep INTEGER NOT NULL DEFAULT 0;
  `,
  // 6: Home Assistant entities followed as a source (sources/): the one "Home Assistant" device
  // with its hub-assigned seq counter, and each followed entity with the series it feeds. A
  // reading's (series_id, ts) key makes a backfilled state that is already stored a no-op.
  `
  CREATE TABLE ha_source (
    device_id TEXT PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,
    next_seq  INTEGER NOT NULL DEFAULT 1
  );
  CREATE TABLE ha_entities (
    entity_id    TEXT PRIMARY KEY,
    series_id    INTEGER NOT NULL UNIQUE REFERENCES series(id) ON DELETE CASCADE,
    -- the unit and device class Home Assistant reports, for converting each state to SI
    ha_unit      TEXT,
    device_class TEXT,
    -- chosen by the user (kept until unfollowed) rather than only by a running session
    explicit     INTEGER NOT NULL DEFAULT 0,
    followed     INTEGER NOT NULL DEFAULT 1,
    added_at     INTEGER NOT NULL,
    -- the recorder was read back to here: an older gap (a session started earlier) is read once
    covered_from INTEGER
  );
  `,
  // 7: the outbox of Home Assistant events (ha/events.ts): each event is kept until Home Assistant
  // confirms it fired it, so an alert raised while Home Assistant is away is delivered late,
  // not lost. AUTOINCREMENT: an id is never reused after a delete, since Home Assistant skips
  // ids it has already fired. The stream id (in meta) names this log.
  `
  CREATE TABLE ha_events (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    event_type TEXT NOT NULL,
    data_json  TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX ha_events_created ON ha_events (created_at);
  INSERT INTO meta (key, value) VALUES ('ha_event_stream', lower(hex(randomblob(16))));
  `,
  // 8: replication (replication/). The change log every committed write lands in (filled by the
  // triggers store/changelog.ts installs once the log is armed, from the column lists of the
  // day), read-only API tokens, and a replica's own state (its source's cursor, the log's armed
  // state), none of which is itself replicated.
  `
  CREATE TABLE change_log (
    -- AUTOINCREMENT: a cursor is an id, and an id is never reused, even after trimming
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl  TEXT NOT NULL,
    op   TEXT NOT NULL, -- 'u' (the row as it now is) or 'd' (its key)
    row  TEXT NOT NULL  -- JSON object
  );
  CREATE TABLE api_tokens (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
  );
  CREATE TABLE replica_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  // 9: minute buckets of committed batches waiting to be merged into the rollup tables
  // (store/rollups.ts). Appended in the batch's transaction, merged every few seconds and
  // before any read of the rollups, so they are as durable as the readings they sum.
  `
  CREATE TABLE rollups_pending (
    id        INTEGER PRIMARY KEY,
    device_id TEXT NOT NULL,
    at        INTEGER NOT NULL, -- when it was appended, by the hub's clock (ms)
    -- one batch's minute buckets, packed: 8 float64 each (series id, minute since 1970, min,
    -- min_ts, max, max_ts, sum, count)
    buckets   BLOB NOT NULL
  );
  -- merged a device at a time (store/rollups.ts)
  CREATE INDEX rollups_pending_device ON rollups_pending (device_id, id);
  `,
];
