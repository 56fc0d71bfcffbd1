import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { formatDuration, formatSize } from '../config/units.js';
import type { EdgeConfig } from '../config/schema.js';
import { readStatusFile, type StatusSnapshot } from '../status.js';

/** What `status` found, also printed as JSON with `--json`. */
export interface StatusReport {
  running: boolean;
  outbox: {
    path: string;
    exists: boolean;
    depth: number;
    oldest_unsent_ts: number | null;
    next_seq: number | null;
    last_ack_seq: number | null;
    last_ack_at: number | null;
    dropped_total: number;
    rejected_total: number;
    size: number;
  };
  node: StatusSnapshot | null;
}

/** Liveness: the status file is refreshed every 2 s by a running node. */
const STALE_MS = 10_000;

/**
 * Reads the outbox directly (read-only, safe next to the running node thanks to WAL) and the
 * status file the running node writes.
 */
export function collectStatus(config: EdgeConfig, now = Date.now()): StatusReport {
  const path = config.outbox.path;
  const report: StatusReport = {
    running: false,
    outbox: {
      path,
      exists: existsSync(path),
      depth: 0,
      oldest_unsent_ts: null,
      next_seq: null,
      last_ack_seq: null,
      last_ack_at: null,
      dropped_total: 0,
      rejected_total: 0,
      size: 0,
    },
    node: readStatusFile(config.statusFile) ?? null,
  };
  if (report.outbox.exists) {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const meta = new Map(
        db
          .prepare<[], { key: string; value: string }>('SELECT key, value FROM meta')
          .all()
          .map((r) => [r.key, r.value]),
      );
      const row = db
        .prepare<[], { n: number; ts: number | null }>(
          'SELECT count(*) AS n, (SELECT ts FROM readings ORDER BY seq LIMIT 1) AS ts FROM readings',
        )
        .get();
      const pages =
        Number(db.pragma('page_count', { simple: true })) -
        Number(db.pragma('freelist_count', { simple: true }));
      Object.assign(report.outbox, {
        depth: row?.n ?? 0,
        oldest_unsent_ts: row?.ts ?? null,
        next_seq: meta.has('next_seq') ? Number(meta.get('next_seq')) : null,
        last_ack_seq: meta.has('last_ack_seq') ? Number(meta.get('last_ack_seq')) : null,
        last_ack_at: meta.has('last_ack_at') ? Number(meta.get('last_ack_at')) : null,
        dropped_total: Number(meta.get('dropped_total') ?? 0),
        rejected_total: Number(meta.get('rejected_total') ?? 0),
        size: pages * Number(db.pragma('page_size', { simple: true })),
      });
    } finally {
      db.close();
    }
  }
  const n = report.node;
  report.running = !!n && !n.stopped && now - n.updated_at < STALE_MS && pidAlive(n.pid);
  return report;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const ago = (ts: number | null | undefined, now: number): string =>
  ts ? `${formatDuration(now - ts)} ago` : 'never';

/** Human-readable status. */
export function formatStatus(r: StatusReport, now = Date.now()): string {
  const lines: string[] = [];
  const n = r.node;
  lines.push(
    `Edge node:    ${r.running ? `running (pid ${n?.pid}, up ${formatDuration(now - (n?.started_at ?? now))})` : 'not running'}`,
  );
  if (n)
    lines.push(
      `Hub:          ${n.hub_url} — ${n.uplink.token_rejected ? 'TOKEN REJECTED (re-pair)' : n.uplink.connected ? 'connected' : `unreachable${n.uplink.last_error ? `: ${n.uplink.last_error}` : ''}`}`,
    );
  const o = r.outbox;
  lines.push(
    `Outbox:       ${o.exists ? `${o.depth} unsent readings, ${formatSize(o.size)}${n ? ` of ${formatSize(n.outbox.maxBytes)}` : ''}` : `${o.path} does not exist yet`}`,
  );
  lines.push(
    `Oldest unsent: ${o.oldest_unsent_ts ? `${new Date(o.oldest_unsent_ts).toISOString()} (${ago(o.oldest_unsent_ts, now)})` : '—'}`,
  );
  lines.push(
    `Last ack:     seq ${o.last_ack_seq ?? '—'}, ${ago(o.last_ack_at, now)}; next seq ${o.next_seq ?? '—'}`,
  );
  lines.push(`Dropped:      ${o.dropped_total} readings thinned to stay within the size bound`);
  if (o.rejected_total > 0)
    lines.push(
      `Refused:      ${o.rejected_total} readings the hub could not store (reported to it as dropped)`,
    );
  if (n?.drain) {
    const d = n.drain;
    lines.push(
      d.active
        ? `Draining:     ${d.sent} of ${d.backlog_at_start} sent, ${d.rate_per_s}/s, ~${formatDuration((d.eta_s ?? 0) * 1000)} left`
        : `Last drain:   ${d.sent} readings at ${d.rate_per_s}/s, finished`,
    );
  }
  if (n) {
    lines.push(
      `Sampling:     every ${formatDuration(n.sample_interval_ms)}, ${n.samples_taken} samples since start${n.recording ? '' : ' (recording paused by the hub)'}`,
    );
    lines.push('Sensors:');
    for (const s of n.sensors) {
      const channels = Object.entries(s.channels)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
      lines.push(
        `  ${s.state === 'ok' ? 'ok ' : 'ERR'} ${s.label.padEnd(28)} ${channels}${s.message ? `\n        ${s.message}` : ''}`,
      );
    }
  }
  if (n?.control) lines.push(...formatControl(n.control));
  return lines.join('\n');
}

/** One line per chamber: mode, setpoint, input, what it does and why it waits, profile. */
function formatControl(c: NonNullable<StatusSnapshot['control']>): string[] {
  const lines = [`Control:      ${c.running ? 'running' : `NOT RUNNING: ${c.error ?? 'stopped'}`}`];
  for (const ch of c.chambers) {
    const input =
      ch.input.value === null
        ? `${ch.input.channel} —`
        : `${ch.input.channel} ${ch.input.value} °C`;
    const doing = ch.fault
      ? `SAFE STATE: ${ch.fault_message}`
      : `${ch.action}${ch.waiting ? ` (waiting ${ch.waiting}, ${ch.wait_s} s)` : ''}`;
    const p = ch.profile;
    const profile = p
      ? `; profile '${p.profile}' step ${p.step_index + 1}/${p.step_count} '${p.step_name}'${p.finished ? ' (finished)' : ''}`
      : '';
    lines.push(
      `  ${ch.name.padEnd(12)} ${ch.mode.padEnd(4)} setpoint ${ch.setpoint} °C, ${input}, ${doing}${profile}`,
    );
  }
  return lines;
}
