import type { Session, SessionChannel } from '@brewpit/protocol';
import type { AlertRule } from '@brewpit/protocol';

/** One thing a rule watches: a series (within a session or not). */
export interface Subject {
  key: string;
  session: Session | null;
  channel: SessionChannel | null;
  seriesId: number;
}

/** Series kinds and session roles each rule kind applies to when the rule names no series or role. */
function appliesByDefault(
  rule: AlertRule,
  channel: SessionChannel | null,
  session: Session | null,
  seriesKind: string,
): boolean {
  switch (rule.kind) {
    case 'target_reached':
      return channel !== null && channel.target !== null && channel.target !== undefined;
    case 'target_expected':
    case 'stall_started':
      return channel?.role === 'meat' && session?.kind !== 'brew';
    case 'fermentation_finished':
      return (channel?.role === 'gravity' || seriesKind === 'gravity') && session?.kind === 'brew';
    case 'low_battery':
      return seriesKind === 'battery';
    case 'device_offline':
      return false;
    default:
      // above/below/rate_of_change without a series or role: every channel of the session(s)
      return channel !== null;
  }
}

const subjectKey = (sessionId: string | null, seriesId: number) =>
  `s:${sessionId ?? '-'}:${seriesId}`;

/**
 * The subjects of `rule` that involve `seriesId`: once per active session the series takes part
 * in (a rule naming a session only there), or once without a session for kinds that need none
 * (low battery, a rule naming the series).
 */
export function subjectsFor(
  rule: AlertRule,
  seriesId: number,
  seriesKind: string,
  sessions: readonly Session[],
): Subject[] {
  if (!rule.enabled || rule.kind === 'device_offline') return [];
  if (rule.series_id !== null && rule.series_id !== seriesId) return [];
  const out: Subject[] = [];
  for (const s of sessions) {
    if (rule.session_id !== null && rule.session_id !== s.id) continue;
    const ch = s.channels.find((c) => c.series_id === seriesId);
    if (!ch) continue;
    if (rule.role !== null && ch.role !== rule.role) continue;
    if (rule.series_id === null && rule.role === null && !appliesByDefault(rule, ch, s, seriesKind))
      continue;
    if (
      rule.series_id !== null &&
      (rule.kind === 'target_reached' || rule.kind === 'target_expected') &&
      (ch.target ?? null) === null
    )
      continue;
    out.push({ key: subjectKey(s.id, seriesId), session: s, channel: ch, seriesId });
  }
  const sessionless =
    rule.session_id === null &&
    rule.role === null &&
    (rule.series_id !== null || rule.kind === 'low_battery');
  if (
    out.length === 0 &&
    sessionless &&
    (rule.series_id !== null || appliesByDefault(rule, null, null, seriesKind))
  ) {
    if (
      rule.kind === 'above' ||
      rule.kind === 'below' ||
      rule.kind === 'rate_of_change' ||
      rule.kind === 'low_battery'
    ) {
      out.push({ key: subjectKey(null, seriesId), session: null, channel: null, seriesId });
    }
  }
  return out;
}
