import type { Session } from '@brewpit/protocol';
import type { Alert } from '@brewpit/protocol';
import type { BrewEstimate, ChannelEstimate, SessionEstimates } from '../intel/estimator.js';
import type { HaEntity, HaStateItem } from './types.js';

/** Unique id of a session's entity: `brewpit_session_<session id>_<what>`. */
export const sessionUid = (sessionId: string, what: string): string =>
  `brewpit_session_${sessionId}_${what}`;

/** What the session entities need to know about the session's series. */
export interface SessionSeries {
  /** Series name (a channel without a label is named after it), null when unknown. */
  name: (seriesId: number) => string | null;
  /** Device of the series, null when unknown. */
  deviceId: (seriesId: number) => string | null;
}

const iso = (ts: number | null | undefined): string | null =>
  ts === null || ts === undefined ? null : new Date(ts).toISOString();

/** Meat (cook) channels of a session: those the estimator gives a time to target. */
const meatChannels = (s: Session) => s.channels.filter((c) => c.role === 'meat');

/** The gravity channel of a brew whose fermentation the brew entities show (the first one). */
const gravityChannel = (s: Session) =>
  s.kind === 'brew' ? (s.channels.find((c) => c.role === 'gravity') ?? null) : null;

/**
 * The Home Assistant entities of an active session, on the device of its first channel's series
 * (so they show with the probes): per meat channel a time-to-target timestamp and a minutes
 * remaining duration; per brew attenuation, ABV and "fermentation finished"; and a problem binary
 * sensor, on while an alert episode of the session is open. Empty when the device is unknown.
 */
export function sessionEntities(s: Session, series: SessionSeries): HaEntity[] {
  const first = s.channels[0];
  const deviceId = first ? series.deviceId(first.series_id) : null;
  if (!deviceId) return [];
  const base = (what: string) => ({
    unique_id: sessionUid(s.id, what),
    device_id: deviceId,
    key: `session_${s.id}_${what}`,
  });
  return [
    ...meatChannels(s).flatMap((c): HaEntity[] => {
      const label = c.label ?? series.name(c.series_id) ?? `Probe ${c.series_id}`;
      return [
        {
          ...base(`${c.series_id}_eta`),
          platform: 'sensor',
          name: `${label} time to target`,
          device_class: 'timestamp',
          icon: 'mdi:timer-sand',
        },
        {
          ...base(`${c.series_id}_minutes_remaining`),
          platform: 'sensor',
          name: `${label} minutes remaining`,
          device_class: 'duration',
          unit_of_measurement: 'min',
          state_class: 'measurement',
          suggested_display_precision: 0,
        },
      ];
    }),
    ...(gravityChannel(s) ? brewEntities(s, base) : []),
    {
      ...base('problem'),
      platform: 'binary_sensor',
      name: `${s.name} problem`,
      device_class: 'problem',
    },
  ];
}

/** A brew's attenuation, ABV and "fermentation finished". */
function brewEntities(
  s: Session,
  base: (what: string) => Pick<HaEntity, 'unique_id' | 'device_id' | 'key'>,
): HaEntity[] {
  const percent = { unit_of_measurement: '%', state_class: 'measurement' as const };
  return [
    {
      ...base('attenuation'),
      ...percent,
      platform: 'sensor',
      name: `${s.name} attenuation`,
      suggested_display_precision: 1,
      icon: 'mdi:percent',
    },
    {
      ...base('abv'),
      ...percent,
      platform: 'sensor',
      name: `${s.name} ABV`,
      suggested_display_precision: 1,
      icon: 'mdi:glass-mug-variant',
    },
    {
      ...base('fermentation_finished'),
      platform: 'binary_sensor',
      name: `${s.name} fermentation finished`,
      icon: 'mdi:flag-checkered',
    },
  ];
}

/** States of a meat channel's time to target and minutes remaining. */
function channelStates(sessionId: string, e: ChannelEstimate): HaStateItem[] {
  const known = e.status !== 'unknown' && e.eta !== null;
  const attributes: Record<string, unknown> = {
    status: e.status,
    reason: e.reason,
    target: e.target,
    value: e.value,
    low: known ? iso(e.low) : null,
    high: known ? iso(e.high) : null,
    stall: e.stall !== null && e.stall.ended_at === null,
    stall_since: iso(e.stall?.since),
    stall_ended_at: iso(e.stall?.ended_at),
    stall_duration_min: e.stall ? Math.round(e.stall.duration_s / 60) : null,
    as_of: iso(e.as_of),
  };
  const minutes = e.status === 'reached' ? 0 : known ? e.minutes_remaining : null;
  return [
    {
      unique_id: sessionUid(sessionId, `${e.series_id}_eta`),
      state: known ? iso(e.eta) : null,
      attributes,
    },
    {
      unique_id: sessionUid(sessionId, `${e.series_id}_minutes_remaining`),
      state: minutes,
      attributes: {
        low_minutes: known ? e.low_minutes : null,
        high_minutes: known ? e.high_minutes : null,
        status: e.status,
      },
    },
  ];
}

/** States of a brew's attenuation, ABV and "fermentation finished". */
function brewStates(sessionId: string, b: BrewEstimate | null): HaStateItem[] {
  const attributes = b
    ? {
        gravity: b.gravity,
        og: b.og,
        trend_per_day: b.trend_per_day,
        as_of: iso(b.as_of),
      }
    : {};
  return [
    { unique_id: sessionUid(sessionId, 'attenuation'), state: b?.attenuation ?? null },
    { unique_id: sessionUid(sessionId, 'abv'), state: b?.abv ?? null },
    {
      unique_id: sessionUid(sessionId, 'fermentation_finished'),
      state: b ? b.finished : null,
      attributes,
    },
  ];
}

/** State of a session's problem binary sensor from its open alert episodes. */
export function problemState(sessionId: string, open: Alert[]): HaStateItem {
  const sorted = [...open].sort((a, b) => a.raised_at - b.raised_at);
  return {
    unique_id: sessionUid(sessionId, 'problem'),
    state: sorted.length > 0,
    attributes: {
      count: sorted.length,
      messages: sorted.map((a) => a.message),
      alerts: sorted.map((a) => ({
        id: a.id,
        kind: a.kind,
        message: a.message,
        raised_at: iso(a.raised_at),
      })),
    },
  };
}

/** What is known about one announced session. */
interface Tracked {
  session: Session;
  uids: string[];
  estimates: SessionEstimates | null;
  open: Map<number, Alert>;
}

/**
 * The session entities of the bridge: which sessions are announced, with their latest estimates
 * and open alerts, so that a reconnect sends the current state and an ended session's entities
 * can be removed.
 */
export class SessionEntityTracker {
  private readonly sessions = new Map<string, Tracked>();

  constructor(private readonly series: SessionSeries) {}

  /**
   * Takes (or re-takes) an active session with what is known of it; returns its entities and
   * the unique ids of entities it no longer has (channels taken out of it).
   */
  track(
    s: Session,
    estimates: SessionEstimates | null = null,
    open: Alert[] = [],
  ): { entities: HaEntity[]; gone: string[] } {
    const entities = sessionEntities(s, this.series);
    const prev = this.sessions.get(s.id);
    const uids = entities.map((e) => e.unique_id);
    const gone = prev ? prev.uids.filter((id) => !uids.includes(id)) : [];
    const alerts = new Map<number, Alert>(prev?.open ?? []);
    for (const a of open) if (a.session_id === s.id && a.cleared_at === null) alerts.set(a.id, a);
    this.sessions.set(s.id, {
      session: s,
      uids,
      estimates: estimates ?? prev?.estimates ?? null,
      open: alerts,
    });
    return { entities, gone };
  }

  /** Forgets a session (ended or deleted); returns the unique ids of its entities to remove. */
  end(sessionId: string): string[] {
    const t = this.sessions.get(sessionId);
    this.sessions.delete(sessionId);
    return t?.uids ?? [];
  }

  has(sessionId: string): boolean {
    return this.sessions.has(sessionId);
  }

  /** Notes new estimates; returns the states to send (none for an untracked session). */
  estimates(sessionId: string, e: SessionEstimates): HaStateItem[] {
    const t = this.sessions.get(sessionId);
    if (!t) return [];
    t.estimates = e;
    return this.estimateStates(t);
  }

  /** Notes an alert raised or cleared; returns the problem state to send, or null. */
  alert(a: Alert): HaStateItem | null {
    const t = a.session_id === null ? undefined : this.sessions.get(a.session_id);
    if (!t) return null;
    if (a.cleared_at === null) t.open.set(a.id, a);
    else t.open.delete(a.id);
    return problemState(t.session.id, [...t.open.values()]);
  }

  /** Every state of a tracked session (after an announcement). */
  states(sessionId: string): HaStateItem[] {
    const t = this.sessions.get(sessionId);
    if (!t) return [];
    return [...this.estimateStates(t), problemState(sessionId, [...t.open.values()])];
  }

  private estimateStates(t: Tracked): HaStateItem[] {
    const announced = new Set(t.uids);
    const out: HaStateItem[] = [];
    const est = t.estimates;
    for (const c of meatChannels(t.session)) {
      const e = est?.channels.find((x) => x.series_id === c.series_id);
      out.push(
        ...(e
          ? channelStates(t.session.id, e)
          : [
              { unique_id: sessionUid(t.session.id, `${c.series_id}_eta`), state: null },
              {
                unique_id: sessionUid(t.session.id, `${c.series_id}_minutes_remaining`),
                state: null,
              },
            ]),
      );
    }
    const g = gravityChannel(t.session);
    if (g) {
      const b = est?.brew.find((x) => x.series_id === g.series_id) ?? null;
      out.push(...brewStates(t.session.id, b));
    }
    return out.filter((s) => announced.has(s.unique_id));
  }
}
