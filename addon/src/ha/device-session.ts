import { suggestRole, type Alert, type SeriesInfo, type Session } from '@brewpit/protocol';
import type { BrewEstimate, ChannelEstimate, SessionEstimates } from '../intel/estimator.js';
import type { DeviceRow } from '../store/index.js';
import { uid } from './entities.js';
import type { HaEntity, HaStateItem } from './types.js';

/**
 * The session entities of a device: they follow the device's *current* session (the newest
 * active session using one of its channels), so a dashboard card or an automation keeps working
 * from one cook to the next. Unique ids name the device and the channel, never the session:
 * `brewpit_<device>_session_state`, `brewpit_<device>_<channel>_time_to_target`. The history of
 * each session stays in the hub and the panel. Names are translation keys with the channel's
 * label as placeholder (`translations/en.json`).
 */

/** An ongoing stall longer than this is a problem (a normal brisket stall lasts 2-4 h). */
const LONG_STALL_S = 5 * 3600;
/** Alert kinds that mean something is wrong (a reached target or a countdown is not). */
const PROBLEM_ALERTS: Record<string, string> = {
  above: 'out_of_range',
  below: 'out_of_range',
  rate_of_change: 'out_of_range',
  device_offline: 'node_offline',
  low_battery: 'low_battery',
};

/** Unique id of a device's session entity. */
export const sessionUid = (deviceId: string, what: string): string =>
  uid(deviceId, `session_${what}`);
/** Unique id of a channel's session entity (time to target, stall, ...). */
export const channelSessionUid = (deviceId: string, key: string, what: string): string =>
  `${uid(deviceId, key)}_${what}`;

/** What the session entities of one device are computed from. */
export interface DeviceSessionInput {
  device: DeviceRow;
  /** The device's series. */
  series: SeriesInfo[];
  /** Its current session, or null when idle. */
  session: Session | null;
  /** Series ids that were meat in a session (see `meatIds`). */
  meat: ReadonlySet<number>;
  estimates: SessionEstimates | null;
  /** Open alert episodes (any device: those of this one are picked here). */
  open: Alert[];
  online: boolean;
  now: number;
}

/** Whether a device gets session entities: it has a temperature or gravity channel. */
export function hasSessionEntities(series: SeriesInfo[]): boolean {
  return series.some((s) => s.kind === 'temperature' || s.kind === 'gravity');
}

/** The device's current session: the newest active one using one of its series. */
export function currentSession(series: SeriesInfo[], active: Session[]): Session | null {
  const ids = new Set(series.map((s) => s.id));
  let best: Session | null = null;
  for (const s of active)
    if (s.channels.some((c) => ids.has(c.series_id)) && (!best || s.started_at > best.started_at))
      best = s;
  return best;
}

/**
 * Channels with a time to target: those the session form proposes as meat, and those that were
 * meat in a session of the device (`meat`: their series ids). Once a channel was cooked on, its
 * entities stay, so the set does not change from one cook to the next.
 */
function meatSeries(series: SeriesInfo[], meat: ReadonlySet<number>): SeriesInfo[] {
  return series.filter(
    (s) => s.kind === 'temperature' && (meat.has(s.id) || suggestRole(s.key, s.kind) === 'meat'),
  );
}

/** Series ids that played the meat role in any of `sessions`. */
export function meatIds(sessions: Session[]): Set<number> {
  const out = new Set<number>();
  for (const s of sessions) for (const c of s.channels) if (c.role === 'meat') out.add(c.series_id);
  return out;
}

const gravitySeries = (series: SeriesInfo[]) => series.find((s) => s.kind === 'gravity') ?? null;

/** Every session entity of a device (empty for a device without probes). */
export function deviceSessionEntities(
  d: DeviceRow,
  series: SeriesInfo[],
  meat: ReadonlySet<number>,
): HaEntity[] {
  if (!hasSessionEntities(series)) return [];
  const own = (what: string, platform: HaEntity['platform'], translation_key: string) => ({
    unique_id: sessionUid(d.id, what),
    device_id: d.id,
    platform,
    key: `session_${what}`,
    translation_key,
  });
  const out: HaEntity[] = [
    own('name', 'sensor', 'session_name'),
    {
      ...own('state', 'sensor', 'session_state'),
      device_class: 'enum',
      options: ['idle', 'active'],
    },
    {
      ...own('elapsed', 'sensor', 'session_elapsed'),
      device_class: 'duration',
      unit_of_measurement: 'min',
      suggested_display_precision: 0,
    },
    { ...own('problem', 'binary_sensor', 'problem'), device_class: 'problem' },
  ];
  for (const s of meatSeries(series, meat)) out.push(...channelEntities(d, s));
  if (gravitySeries(series)) out.push(...brewEntities(d));
  return out;
}

function channelEntities(d: DeviceRow, s: SeriesInfo): HaEntity[] {
  const base = (what: string, platform: HaEntity['platform']) => ({
    unique_id: channelSessionUid(d.id, s.key, what),
    device_id: d.id,
    platform,
    key: `${s.key}_${what}`,
    translation_key: what,
    translation_placeholders: { channel: s.name },
    channel: s.key,
    series_id: s.id,
  });
  return [
    { ...base('time_to_target', 'sensor'), device_class: 'timestamp' },
    {
      ...base('minutes_remaining', 'sensor'),
      device_class: 'duration',
      unit_of_measurement: 'min',
      state_class: 'measurement',
      suggested_display_precision: 0,
    },
    base('stall', 'binary_sensor'),
    base('target_reached', 'binary_sensor'),
  ];
}

function brewEntities(d: DeviceRow): HaEntity[] {
  const percent = {
    unit_of_measurement: '%',
    state_class: 'measurement' as const,
    suggested_display_precision: 1,
  };
  const base = (what: string, platform: HaEntity['platform']) => ({
    unique_id: sessionUid(d.id, what),
    device_id: d.id,
    platform,
    key: `session_${what}`,
    translation_key: what,
  });
  return [
    { ...base('attenuation', 'sensor'), ...percent },
    { ...base('abv', 'sensor'), ...percent },
    base('fermentation_finished', 'binary_sensor'),
  ];
}

const iso = (ts: number | null | undefined): string | null =>
  ts === null || ts === undefined ? null : new Date(ts).toISOString();

/** Every session state of a device; idle: the session's sensors unknown, the problem still true. */
export function deviceSessionStates(i: DeviceSessionInput): HaStateItem[] {
  const { device: d, session: s } = i;
  if (!hasSessionEntities(i.series)) return [];
  const out: HaStateItem[] = [
    {
      unique_id: sessionUid(d.id, 'name'),
      state: s?.name ?? null,
      attributes: {
        session_id: s?.id ?? null,
        kind: s?.kind ?? null,
        started_at: iso(s?.started_at),
      },
    },
    { unique_id: sessionUid(d.id, 'state'), state: s ? 'active' : 'idle' },
    {
      unique_id: sessionUid(d.id, 'elapsed'),
      state: s ? Math.max(0, Math.floor((i.now - s.started_at) / 60_000)) : null,
    },
    problemState(i),
  ];
  for (const series of meatSeries(i.series, i.meat)) {
    const inSession = s?.channels.some((c) => c.series_id === series.id) ?? false;
    const e = inSession ? i.estimates?.channels.find((c) => c.series_id === series.id) : undefined;
    out.push(...channelStates(d.id, series.key, inSession ? (e ?? null) : undefined));
  }
  const g = gravitySeries(i.series);
  if (g)
    out.push(
      ...brewStates(d.id, s ? (i.estimates?.brew.find((b) => b.series_id === g.id) ?? null) : null),
    );
  return out;
}

/**
 * A channel's time to target, minutes remaining, stall and target reached. `undefined`: the
 * channel is not in the current session (all unknown); null: in it, no estimate yet.
 */
function channelStates(
  deviceId: string,
  key: string,
  e: ChannelEstimate | null | undefined,
): HaStateItem[] {
  const id = (what: string) => channelSessionUid(deviceId, key, what);
  const known = !!e && e.status !== 'unknown' && e.eta !== null;
  const minutes = e?.status === 'reached' ? 0 : known ? e.minutes_remaining : null;
  const stalled = e ? e.stall !== null && e.stall.ended_at === null : null;
  return [
    {
      unique_id: id('time_to_target'),
      state: known ? iso(e.eta) : null,
      attributes: {
        status: e?.status ?? null,
        reason: e?.reason ?? null,
        target: e?.target ?? null,
        low: known ? iso(e.low) : null,
        high: known ? iso(e.high) : null,
        as_of: iso(e?.as_of),
      },
    },
    {
      unique_id: id('minutes_remaining'),
      state: minutes,
      attributes: {
        low_minutes: known ? e.low_minutes : null,
        high_minutes: known ? e.high_minutes : null,
      },
    },
    {
      unique_id: id('stall'),
      state: e === undefined ? null : (stalled ?? false),
      attributes: {
        since: iso(e?.stall?.since),
        duration_min: e?.stall ? Math.round(e.stall.duration_s / 60) : null,
      },
    },
    { unique_id: id('target_reached'), state: e === undefined ? null : e?.status === 'reached' },
  ];
}

function brewStates(deviceId: string, b: BrewEstimate | null): HaStateItem[] {
  return [
    { unique_id: sessionUid(deviceId, 'attenuation'), state: b?.attenuation ?? null },
    { unique_id: sessionUid(deviceId, 'abv'), state: b?.abv ?? null },
    {
      unique_id: sessionUid(deviceId, 'fermentation_finished'),
      state: b ? b.finished : null,
      attributes: b
        ? { gravity: b.gravity, og: b.og, trend_per_day: b.trend_per_day, as_of: iso(b.as_of) }
        : {},
    },
  ];
}

/**
 * The problem sensor: on for a real problem only: the node offline, a probe of the current
 * session unplugged, a value out of range (an above/below/rate alert), a low battery, a stall
 * far longer than usual. A reached target or a countdown is never a problem.
 */
export function problemState(i: DeviceSessionInput): HaStateItem {
  const problems: { code: string; channel?: string; message?: string }[] = [];
  if (!i.online && i.device.kind === 'edge') problems.push({ code: 'node_offline' });
  const mine = new Map(i.series.map((s) => [s.id, s]));
  for (const c of i.session?.channels ?? []) {
    const s = mine.get(c.series_id);
    if (s && s.last_ts !== null && s.last_value === null)
      problems.push({ code: 'probe_unplugged', channel: s.key });
  }
  for (const a of i.open) {
    const code = PROBLEM_ALERTS[a.kind];
    const ours = a.device_id === i.device.id || (a.series_id !== null && mine.has(a.series_id));
    if (!code || !ours || a.cleared_at !== null) continue;
    if (code === 'node_offline' && problems.some((p) => p.code === code)) continue;
    const s = a.series_id === null ? undefined : mine.get(a.series_id);
    problems.push({ code, ...(s ? { channel: s.key } : {}), message: a.message });
  }
  for (const e of i.estimates?.channels ?? []) {
    const s = mine.get(e.series_id);
    if (s && e.stall && e.stall.ended_at === null && e.stall.duration_s >= LONG_STALL_S)
      problems.push({ code: 'long_stall', channel: s.key });
  }
  return {
    unique_id: sessionUid(i.device.id, 'problem'),
    state: problems.length > 0,
    attributes: { problems },
  };
}
