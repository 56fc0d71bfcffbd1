import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import { DEFAULT_HUB_PORT, createValidator, formatErrors } from '@brewpit/protocol';

/** Every hub setting, with its default; the one source of truth for env and add-on options. */
export const Settings = Type.Object({
  port: Type.Integer({
    minimum: 0,
    maximum: 65535,
    default: DEFAULT_HUB_PORT,
    description: 'HTTP port (0: any free port)',
  }),
  host: Type.String({
    default: '127.0.0.1',
    description: 'Address to listen on; 0.0.0.0 for edge nodes on the LAN',
  }),
  data_dir: Type.String({
    default: './data',
    description: 'Folder of the SQLite store and the admin token',
  }),
  admin_token: Type.Optional(
    Type.String({ minLength: 16, description: 'Admin bearer token; generated when unset' }),
  ),
  log_level: Type.Union(
    [Type.Literal('error'), Type.Literal('warn'), Type.Literal('info'), Type.Literal('debug')],
    { default: 'info' },
  ),
  log_pretty: Type.Boolean({ default: false }),
  loopback_reads: Type.Boolean({
    default: false,
    description:
      'Let GET calls from this machine (127.0.0.1, ::1) read without a token; for the npm start demo',
  }),
  ingest_rate_limit: Type.Number({
    minimum: 0,
    default: 50,
    description:
      'Ingest calls per second one device may make (bursts of four seconds allowed); 0 turns the limit off',
  }),
  retention_days: Type.Integer({
    minimum: 0,
    default: 0,
    description: 'Delete raw readings older than this (0 keeps all)',
  }),
  ha_event_max_age_h: Type.Number({
    exclusiveMinimum: 0,
    maximum: 8760,
    default: 24,
    description:
      'Home Assistant events (alerts) raised while Home Assistant is away are kept this many hours, then given up (counted and logged)',
  }),
  metrics_token: Type.Optional(
    Type.String({
      minLength: 16,
      description:
        'Bearer token Prometheus may scrape /metrics with, besides the admin token; unset: admin token only',
    }),
  ),
  ssl: Type.Boolean({
    default: false,
    description: 'Serve HTTPS with certfile and keyfile instead of plain HTTP',
  }),
  certfile: Type.String({
    minLength: 1,
    default: 'fullchain.pem',
    description: 'Certificate chain (PEM); a relative path is read from ssl_dir',
  }),
  keyfile: Type.String({
    minLength: 1,
    default: 'privkey.pem',
    description: 'Private key of the certificate (PEM); a relative path is read from ssl_dir',
  }),
  plain_port: Type.Optional(
    Type.Integer({
      minimum: 0,
      maximum: 65535,
      description:
        "With ssl: also serve plain HTTP on this port (the add-on's internal port for Home Assistant; publish it only for hydrometers that cannot speak HTTPS)",
    }),
  ),
  ssl_dir: Type.String({
    default: '/ssl',
    description: "Folder of certfile and keyfile: Home Assistant's /ssl in the add-on",
  }),
  backup_secret: Type.Optional(
    Type.String({
      minLength: 16,
      description:
        'Secret the backup hooks may be called with besides the admin token; the add-on generates one per start',
    }),
  ),
  replicate_from: Type.Optional(
    Type.String({
      pattern: '^https?://',
      description:
        'Follow another hub as a read-only replica: its base URL (e.g. http://pi.local:8787); needs replicate_token',
    }),
  ),
  replicate_token: Type.Optional(
    Type.String({
      minLength: 16,
      description: 'A read-only token of the hub in replicate_from (POST /api/v1/tokens there)',
    }),
  ),
  change_log_keep: Type.Integer({
    minimum: 1000,
    default: 2_000_000,
    description:
      'Changes the changes feed keeps (about 1 KB each for 20 readings); a consumer further behind starts again from a full export',
  }),
  seq_gap_limit: Type.Integer({
    minimum: 1,
    default: 1000,
    description:
      'Gaps in its seqs one device may leave open; a batch that opens more is refused (409)',
  }),
  wal_fold_interval_ms: Type.Integer({
    minimum: 100,
    maximum: 60_000,
    default: 5000,
    description:
      'How often the WAL is folded into the database file, ms; longer writes each changed page to the database less often, and keeps a larger WAL',
  }),
  compress_after_days: Type.Integer({
    minimum: 0,
    maximum: 3650,
    default: 2,
    description:
      'Compress raw readings older than this many days into cold blocks (~1 B a reading instead of ~25); 0 never compresses',
  }),
  ha_url: Type.Optional(
    Type.String({ description: 'Home Assistant URL for the bridge, e.g. http://127.0.0.1:8123' }),
  ),
  ha_token: Type.Optional(Type.String({ description: 'Home Assistant long-lived access token' })),
});
/** Validated hub settings. */
export type Settings = Static<typeof Settings>;

/** Thrown when settings are invalid; `message` lists every problem as `path: message`. */
export class SettingsError extends Error {
  readonly code = 'invalid_settings';
}

const validate = createValidator(Settings);

function envInt(v: string | undefined): number | string | undefined {
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : v;
}

/**
 * Reads settings from, in order of precedence: environment variables, the add-on's
 * `options.json` (inside Home Assistant, `/data/options.json`), then the schema defaults.
 */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const optionsFile = env.BREWPIT_OPTIONS_FILE ?? '/data/options.json';
  const fromOptions: Record<string, unknown> = existsSync(optionsFile)
    ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Record<string, unknown>)
    : {};
  const fromEnv: Record<string, unknown> = {
    port: envInt(env.PORT),
    host: env.HOST,
    data_dir: env.BREWPIT_DATA_DIR,
    admin_token: env.BREWPIT_ADMIN_TOKEN || undefined,
    log_level: env.BREWPIT_LOG_LEVEL ?? env.LOG_LEVEL,
    log_pretty: env.BREWPIT_LOG_PRETTY === '1' ? true : undefined,
    loopback_reads: env.BREWPIT_LOOPBACK_READS === '1' ? true : undefined,
    retention_days: envInt(env.BREWPIT_RETENTION_DAYS),
    compress_after_days: envInt(env.BREWPIT_COMPRESS_AFTER_DAYS),
    ingest_rate_limit: envInt(env.BREWPIT_INGEST_RATE_LIMIT),
    ha_event_max_age_h: envNumber(env.BREWPIT_HA_EVENT_MAX_AGE_H),
    metrics_token: env.BREWPIT_METRICS_TOKEN || undefined,
    ssl: env.BREWPIT_SSL === '1' ? true : env.BREWPIT_SSL === '0' ? false : undefined,
    certfile: env.BREWPIT_CERTFILE,
    keyfile: env.BREWPIT_KEYFILE,
    ssl_dir: env.BREWPIT_SSL_DIR,
    plain_port: envInt(env.BREWPIT_PLAIN_PORT),
    backup_secret: env.BREWPIT_BACKUP_SECRET || undefined,
    seq_gap_limit: envInt(env.BREWPIT_SEQ_GAP_LIMIT),
    replicate_from: env.BREWPIT_REPLICATE_FROM || undefined,
    replicate_token: env.BREWPIT_REPLICATE_TOKEN || undefined,
    change_log_keep: envInt(env.BREWPIT_CHANGE_LOG_KEEP),
    wal_fold_interval_ms: envInt(env.BREWPIT_WAL_FOLD_INTERVAL_MS),
    ha_url: env.HA_URL,
    ha_token: env.HA_TOKEN,
  };
  const merged: Record<string, unknown> = {
    ...defaults(),
    ...dropUndefined(fromOptions),
    ...dropUndefined(fromEnv),
  };
  const result = validate(merged);
  if (!result.ok) throw new SettingsError(`Invalid settings:\n${formatErrors(result.errors)}`);
  if (result.value.replicate_from && !result.value.replicate_token)
    throw new SettingsError('Invalid settings:\nreplicate_token: required with replicate_from');
  return { ...result.value, data_dir: path.resolve(result.value.data_dir) };
}

function envNumber(v: string | undefined): number | string | undefined {
  return v !== undefined && v !== '' && Number.isFinite(Number(v)) ? Number(v) : v;
}

function defaults(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(Settings.properties)) {
    const d = (schema as { default?: unknown }).default;
    if (d !== undefined) out[key] = d;
  }
  return out;
}

function dropUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== ''));
}
