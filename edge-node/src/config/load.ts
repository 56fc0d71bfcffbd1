import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { LineCounter, isMap, isNode, parseDocument, type Document } from 'yaml';
import type { ControlSection } from '../control/schema.js';
import { ConfigError } from '../errors.js';
import { PLATFORM_NAMES, loadPlatforms } from '../sensors/registry.js';
import type { AnyPlatform } from '../sensors/types.js';
import {
  EdgeConfigSchema,
  HEARTBEAT_CONTROL,
  HEARTBEAT_IDLE,
  type EdgeConfig,
  type RawEdgeConfig,
  type SensorConfig,
} from './schema.js';
import { parseDuration, parseSize } from './units.js';
import { formatPath, prepareSchemas, validateWith, type Issue } from './validate.js';

/** Reads, validates and resolves `edge.yaml`; throws `ConfigError` listing every problem. */
export async function loadConfigFile(path: string): Promise<EdgeConfig> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError([`${path}: cannot read: ${(err as Error).message}`], path);
  }
  return parseConfig(text, path);
}

/** Parses YAML text; `file` names it in messages and its folder anchors relative paths. */
export async function parseConfig(text: string, file: string): Promise<EdgeConfig> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const name = file.split('/').pop() ?? file;
  if (doc.errors.length > 0) {
    const issues = doc.errors.map(
      (e) =>
        `${name}:${e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`,
    );
    throw new ConfigError(issues, file);
  }
  const locate = (path: readonly (string | number)[]): number | undefined =>
    lineOf(doc, lineCounter, path);
  return resolveConfig(doc.toJS(), { source: file, baseDir: dirname(resolve(file)), locate });
}

/** Where a config came from, for messages and relative paths. */
export interface ConfigOrigin {
  source: string;
  baseDir: string;
  locate?: (path: readonly (string | number)[]) => number | undefined;
}

/**
 * Validates a configuration object (parsed YAML, or built in code for `startEdgeNode`),
 * fills defaults, parses units and resolves paths against `baseDir`. Loads the code of the
 * sensor platforms the configuration names, and control's only when it has a `control:`
 * section.
 */
export async function resolveConfig(input: unknown, origin: ConfigOrigin): Promise<EdgeConfig> {
  const raw = structuredClone(input ?? {}) as RawEdgeConfig;
  const sensors: SensorConfig[] = [];
  const platforms = await loadPlatforms(platformsNamed(raw.sensors));
  await prepareSchemas([EdgeConfigSchema, ...[...platforms.values()].map((p) => p.schema)]);
  const issues = validateWith(EdgeConfigSchema, raw);
  if (Array.isArray(raw.sensors)) issues.push(...validateSensors(raw.sensors, platforms, sensors));
  if (raw.hub && raw.hub.token && raw.hub.token_file) {
    issues.push({ path: ['hub', 'token'], message: 'give either token or token_file, not both' });
  }
  const control = raw.control === undefined ? undefined : await import('../control/config.js');
  if (control && !issues.some((i) => i.path[0] === 'control')) {
    // Against invalid sensors every input would look unproduced: check channels only when not.
    const sensorsValid = !issues.some((i) => i.path[0] === 'sensors');
    issues.push(
      ...(await controlIssues(raw, control, sensorsValid ? { sensors, platforms } : undefined)),
    );
  }
  const heartbeat = raw.uplink?.heartbeat ?? (raw.control ? HEARTBEAT_CONTROL : HEARTBEAT_IDLE);
  if (!issues.some((i) => i.path[1] === 'heartbeat') && parseDuration(heartbeat) < MIN_HEARTBEAT_MS)
    issues.push({
      path: ['uplink', 'heartbeat'],
      message: `must be at least ${MIN_HEARTBEAT_MS} ms (each heartbeat is a request to the hub)`,
    });
  if (issues.length > 0) throw new ConfigError(formatIssues(issues, origin), origin.source);
  const abs = (p: string): string => (isAbsolute(p) ? p : resolve(origin.baseDir, p));
  const outboxPath = abs(raw.outbox.path);
  const tokenFile = raw.hub.token ? undefined : abs(raw.hub.token_file ?? './edge-token');
  const u = raw.uplink;
  return {
    source: origin.source,
    hub: {
      url: raw.hub.url.replace(/\/+$/, ''),
      tokenFile,
      token: raw.hub.token,
      deviceId: raw.hub.device_id,
      applyConfig: raw.hub.apply_config,
    },
    deviceName: raw.device.name,
    sampleIntervalMs: parseDuration(raw.sample_interval as string | number),
    // The sampler keeps it under the interval in force (the hub may change the interval).
    sensorTimeoutMs:
      raw.sensor_timeout !== undefined
        ? parseDuration(raw.sensor_timeout as string | number)
        : DEFAULT_SENSOR_TIMEOUT_MS,
    outbox: { path: outboxPath, maxBytes: parseSize(raw.outbox.max_size as string | number) },
    uplink: {
      batchMaxReadings: u.batch_max_readings,
      batchMaxAgeMs: parseDuration(u.batch_max_age as string | number),
      backoffInitialMs: parseDuration(u.backoff_initial as string | number),
      backoffMaxMs: parseDuration(u.backoff_max as string | number),
      heartbeatMs: parseDuration(heartbeat),
      requestTimeoutMs: parseDuration(u.request_timeout as string | number),
      gzip: u.gzip,
    },
    statusFile: raw.status_file ? abs(raw.status_file) : `${outboxPath}.status.json`,
    sensors,
    ...(control && raw.control
      ? { control: control.resolveControl(raw.control as ControlSection, origin.baseDir) }
      : {}),
  };
}

/** The platform names a (not yet validated) sensor list mentions. */
function platformsNamed(sensors: unknown): string[] {
  if (!Array.isArray(sensors)) return [];
  return sensors.flatMap((s) => {
    const p = (s as { platform?: unknown } | null)?.platform;
    return typeof p === 'string' ? [p] : [];
  });
}

/** Longest a sensor may take for one poll unless `sensor_timeout` says otherwise. */
const DEFAULT_SENSOR_TIMEOUT_MS = 2000;

/** Below this an idle node would hammer the hub with empty batches. */
const MIN_HEARTBEAT_MS = 200;

/**
 * Checks a `control:` section: control's schema (filling its defaults), control's own rules
 * (`checkControl`), then what only the whole file knows: each chamber's input and gravity
 * channel must be produced by a sensor, and control's own channels (`<chamber>_setpoint` …)
 * must not clash with a sensor's.
 */
async function controlIssues(
  raw: RawEdgeConfig,
  control: typeof import('../control/config.js'),
  known: { sensors: SensorConfig[]; platforms: Map<string, AnyPlatform> } | undefined,
): Promise<Issue[]> {
  const { ControlSchema } = await import('../control/schema.js');
  await prepareSchemas([ControlSchema]);
  const invalid = validateWith(ControlSchema, raw.control, ['control']);
  if (invalid.length > 0) return invalid;
  const section = raw.control as ControlSection;
  const issues = control.checkControl(section).map((msg) => {
    const [where = '', ...rest] = msg.split(': ');
    return { path: pathFrom(where), message: rest.join(': ') };
  });
  if (!known) return issues;
  const produced = new Map<string, number>();
  known.sensors.forEach((s, i) => {
    for (const r of known.platforms.get(s.platform)!.readings(s.options)) produced.set(r.key, i);
  });
  const names = [...produced.keys()].join(', ') || 'none';
  section.chambers.forEach((c, i) => {
    for (const role of ['input', 'gravity'] as const) {
      const key = c[role];
      if (key !== undefined && !produced.has(key))
        issues.push({
          path: ['control', 'chambers', i, role],
          message: `no sensor produces channel '${key}' (known: ${names})`,
        });
    }
    for (const suffix of control.CONTROL_CHANNEL_SUFFIXES) {
      const other = produced.get(`${c.name}${suffix}`);
      if (other !== undefined)
        issues.push({
          path: ['control', 'chambers', i, 'name'],
          message: `control channel '${c.name}${suffix}' is already used by sensors[${other}]`,
        });
    }
  });
  return issues;
}

function validateSensors(
  entries: unknown[],
  platforms: Map<string, AnyPlatform>,
  out: SensorConfig[],
): Issue[] {
  const issues: Issue[] = [];
  const owners = new Map<string, number>();
  entries.forEach((entry, i) => {
    const platform = (entry as { platform?: unknown } | null)?.platform;
    if (typeof platform !== 'string') return; // the top-level schema reported it
    const descriptor = platforms.get(platform);
    if (!descriptor) {
      issues.push({
        path: ['sensors', i, 'platform'],
        message: `unknown platform '${platform}' (known: ${PLATFORM_NAMES.join(', ')})`,
      });
      return;
    }
    const found = validateWith(descriptor.schema, entry, ['sensors', i]);
    // Extra checks run on invalid options too (all errors at once); a check that trips over
    // a malformed option has nothing to add beyond the schema's message.
    let checked: string[] = [];
    try {
      checked = descriptor.check?.(entry) ?? [];
    } catch {
      checked = [];
    }
    {
      for (const msg of checked) {
        const [where, ...rest] = msg.split(': ');
        const path = rest.length ? pathFrom(where ?? '') : [];
        issues.push({
          path: ['sensors', i, ...path],
          message: rest.length ? rest.join(': ') : msg,
        });
      }
    }
    if (found.length === 0) {
      for (const r of descriptor.readings(entry)) {
        const other = owners.get(r.key);
        if (other !== undefined)
          issues.push({
            path: ['sensors', i],
            message: `channel key '${r.key}' is already used by sensors[${other}]`,
          });
        owners.set(r.key, i);
      }
      out.push({ platform, options: entry as SensorConfig['options'] });
    }
    issues.push(...found);
  });
  return issues;
}

/** `probes[1].channel` → ['probes', 1, 'channel']. */
function pathFrom(text: string): (string | number)[] {
  return text
    .split(/\.|\[|\]/)
    .filter(Boolean)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function formatIssues(issues: Issue[], origin: ConfigOrigin): string[] {
  const name = origin.source.split('/').pop() ?? origin.source;
  return issues
    .map((i) => ({
      line: origin.locate?.(i.path),
      text: `${formatPath(i.path) || '(top level)'}: ${i.message}`,
    }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .map((i) => (i.line !== undefined ? `${name}:${i.line}: ${i.text}` : `${name}: ${i.text}`));
}

/** Line of the node at `path`, or of its nearest existing ancestor (for missing options). */
function lineOf(
  doc: Document,
  lc: LineCounter,
  path: readonly (string | number)[],
): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) {
      // For a missing key, point at the mapping that should hold it.
      return lc.linePos(node.range[0]).line;
    }
    if (n > 0 && isMap(doc.getIn(path.slice(0, n - 1), true))) continue;
  }
  return undefined;
}
