// A session's estimates as the hub computes them (`GET /api/v1/sessions/{id}/estimates`,
// through the integration's `brewpit/sessions/estimates`): time to target and stall per meat
// probe of a cook, fermentation per gravity probe of a brew. The estimator evolves on the hub
// side, so the answer is read defensively: a field of the wrong type is treated as missing, and
// fields the panel does not know are kept but ignored.
import type { HomeAssistant } from './hass.js';

/** A stall of a meat probe: when it began and, once over, when it ended (UTC epoch ms). */
export interface StallInfo {
  since: number;
  ended_at: number | null;
  duration_s: number | null;
}

/** Time to target of one probe. */
export interface ChannelEstimate {
  series_id: number;
  label: string | null;
  role: string | null;
  /** SI unit of the values below. */
  unit: string | null;
  target: number | null;
  value: number | null;
  /** `ok`, `unknown`, `reached`, or a status a newer hub introduced. */
  status: string;
  /** Why the estimate is unknown (`insufficient_data`, `no_progress`, …), else null. */
  reason: string | null;
  eta: number | null;
  low: number | null;
  high: number | null;
  /** Pit level the projection assumes (SI), when the hub says. */
  pit: number | null;
  rate_per_h: number | null;
  stall: StallInfo | null;
  as_of: number | null;
}

/** Fermentation state of one gravity probe. */
export interface BrewEstimate {
  series_id: number;
  label: string | null;
  gravity: number | null;
  attenuation: number | null;
  abv: number | null;
  trend_per_day: number | null;
  finished: boolean;
  as_of: number | null;
}

/** Everything the hub estimates about one session. */
export interface SessionEstimates {
  session_id: string;
  as_of: number | null;
  channels: ChannelEstimate[];
  brew: BrewEstimate[];
}

type Raw = Record<string, unknown>;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const obj = (v: unknown): Raw | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : null;
const list = (v: unknown): Raw[] =>
  Array.isArray(v) ? v.map(obj).filter((x): x is Raw => x !== null) : [];

function stallOf(v: unknown): StallInfo | null {
  const s = obj(v);
  const since = s ? num(s.since) : null;
  if (!s || since === null) return null;
  return { since, ended_at: num(s.ended_at), duration_s: num(s.duration_s) };
}

function channelOf(c: Raw): ChannelEstimate | null {
  const id = num(c.series_id);
  if (id === null) return null;
  return {
    series_id: id,
    label: str(c.label),
    role: str(c.role),
    unit: str(c.unit),
    target: num(c.target),
    value: num(c.value),
    status: str(c.status) ?? 'unknown',
    reason: str(c.reason),
    eta: num(c.eta),
    low: num(c.low),
    high: num(c.high),
    pit: num(c.pit),
    rate_per_h: num(c.rate_per_h),
    stall: stallOf(c.stall),
    as_of: num(c.as_of),
  };
}

function brewOf(b: Raw): BrewEstimate | null {
  const id = num(b.series_id);
  if (id === null) return null;
  return {
    series_id: id,
    label: str(b.label),
    gravity: num(b.gravity),
    attenuation: num(b.attenuation),
    abv: num(b.abv),
    trend_per_day: num(b.trend_per_day),
    finished: b.finished === true,
    as_of: num(b.as_of),
  };
}

/** Reads an estimates answer; anything malformed in it is left out, never thrown. */
export function readEstimates(raw: unknown, sessionId: string): SessionEstimates {
  const r = obj(raw) ?? {};
  return {
    session_id: str(r.session_id) ?? sessionId,
    as_of: num(r.as_of),
    channels: list(r.channels)
      .map(channelOf)
      .filter((c): c is ChannelEstimate => c !== null),
    brew: list(r.brew)
      .map(brewOf)
      .filter((b): b is BrewEstimate => b !== null),
  };
}

/** Fetches a session's estimates. */
export async function sessionEstimates(
  hass: HomeAssistant,
  sessionId: string,
): Promise<SessionEstimates> {
  const raw = await hass.callWS<unknown>({
    type: 'brewpit/sessions/estimates',
    session_id: sessionId,
  });
  return readEstimates(raw, sessionId);
}

/** The unique-id prefix of a session's entities: their live states mean new estimates. */
export const sessionEntityPrefix = (sessionId: string): string => `brewpit_session_${sessionId}_`;
