// Every call from the panel to Brewpit goes through here: WebSocket commands the integration
// answers by asking the hub, plus the authenticated CSV download.
import type {
  Annotation,
  SeriesInfo,
  Session,
  SessionChart,
  SessionCreate,
  SessionHistory,
  SessionKind,
  SessionPatch,
  ReadingsResponse,
} from '@brewpit/protocol';
import { decodeChart } from '../lib/chart-columns.js';
import type { HomeAssistant } from './hass.js';

/** Filters of the sessions list; all optional. */
export interface SessionFilter {
  kind?: SessionKind;
  status?: Session['status'];
  q?: string;
}

/** Drops undefined and empty-string fields (the integration's schemas reject `null`). */
function compact<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== ''),
  ) as Partial<T>;
}

export async function listSessions(hass: HomeAssistant, filter: SessionFilter = {}): Promise<Session[]> {
  const res = await hass.callWS<{ sessions: Session[] }>({
    type: 'brewpit/sessions/list',
    ...compact(filter),
  });
  return res.sessions;
}

export function getSession(hass: HomeAssistant, sessionId: string): Promise<Session> {
  return hass.callWS<Session>({ type: 'brewpit/sessions/get', session_id: sessionId });
}

export function createSession(hass: HomeAssistant, body: SessionCreate): Promise<Session> {
  return hass.callWS<Session>({ type: 'brewpit/sessions/create', ...compact(body) });
}

export function updateSession(
  hass: HomeAssistant,
  sessionId: string,
  patch: SessionPatch,
): Promise<Session> {
  return hass.callWS<Session>({ type: 'brewpit/sessions/update', session_id: sessionId, ...patch });
}

export function endSession(hass: HomeAssistant, sessionId: string): Promise<Session> {
  return hass.callWS<Session>({ type: 'brewpit/sessions/end', session_id: sessionId });
}

/** Deletes a session with its notes; the readings stay with their devices. */
export async function deleteSession(hass: HomeAssistant, sessionId: string): Promise<void> {
  await hass.callWS<null>({ type: 'brewpit/sessions/delete', session_id: sessionId });
}

export function annotateSession(
  hass: HomeAssistant,
  sessionId: string,
  text: string,
  ts?: number,
): Promise<Annotation> {
  return hass.callWS<Annotation>({
    type: 'brewpit/sessions/annotate',
    session_id: sessionId,
    text,
    ...(ts === undefined ? {} : { ts: Math.round(ts) }),
  });
}

/** Options of {@link sessionHistory}: a time range (epoch ms) and a point budget per series. */
export interface HistoryQuery {
  from?: number;
  to?: number;
  max_points?: number;
}

/** Whether the integration answers `brewpit/chart`; false once it said it does not know it. */
let chartCommand = true;

/**
 * A session's chart. Asked for in the hub's compact columns (`brewpit/chart`, about a third of
 * the bytes of `[ts, value]` pairs through Home Assistant's WebSocket) and decoded here; an
 * integration too old to know that command is asked for the pairs instead.
 */
export async function sessionHistory(
  hass: HomeAssistant,
  sessionId: string,
  query: HistoryQuery = {},
): Promise<SessionHistory> {
  const q = compact(query);
  if (q.from !== undefined) q.from = Math.floor(q.from);
  if (q.to !== undefined) q.to = Math.ceil(q.to);
  if (chartCommand) {
    try {
      return decodeChart(
        await hass.callWS<SessionChart>({ type: 'brewpit/chart', session_id: sessionId, ...q }),
      );
    } catch (err) {
      if ((err as { code?: string } | null)?.code !== 'unknown_command') throw err;
      chartCommand = false;
    }
  }
  return hass.callWS<SessionHistory>({ type: 'brewpit/history', session_id: sessionId, ...q });
}

export function listSeries(hass: HomeAssistant): Promise<SeriesInfo[]> {
  return hass.callWS<SeriesInfo[]>({ type: 'brewpit/series/list' });
}

export function seriesHistory(
  hass: HomeAssistant,
  seriesId: number,
  from: number,
  to: number,
  maxPoints: number,
): Promise<ReadingsResponse> {
  return hass.callWS<ReadingsResponse>({
    type: 'brewpit/series/history',
    series_id: seriesId,
    from: Math.floor(from),
    to: Math.ceil(to),
    max_points: maxPoints,
  });
}

/** The CSV download was refused (`status` is the HTTP status); the page says so in words. */
export class CsvExportError extends Error {
  constructor(readonly status: number) {
    super(`CSV export failed: HTTP ${status}`);
  }
}

/**
 * Fetches the session's CSV through HA's authentication and hands it to the browser; times in
 * the CSV are in `timeZone` (IANA name) with their UTC offset.
 */
export async function downloadSessionCsv(
  hass: HomeAssistant,
  sessionId: string,
  fileName: string,
  timeZone?: string,
): Promise<void> {
  const query = timeZone ? `?tz=${encodeURIComponent(timeZone)}` : '';
  const res = await hass.fetchWithAuth(
    `/api/brewpit/sessions/${encodeURIComponent(sessionId)}/export.csv${query}`,
  );
  if (!res.ok) throw new CsvExportError(res.status);
  const url = URL.createObjectURL(await res.blob());
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // Revoke after the click has been handled, not synchronously (Safari cancels then).
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** A file name for a session's CSV: "brisket-2025-11-22.csv". */
export function csvFileName(session: Pick<Session, 'name' | 'started_at'>): string {
  const slug = session.name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  const day = new Date(session.started_at).toISOString().slice(0, 10);
  return `${slug || 'session'}-${day}.csv`;
}

/** A readable message for a failed call (HA WS errors are `{code, message}` objects). */
export function errorMessage(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}
