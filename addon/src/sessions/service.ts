import type {
  Annotation,
  Session,
  SessionChannel,
  SessionCreate,
  SessionPatch,
} from '@brewpit/protocol';
import type { Actor, HubCore } from '../core.js';
import { notFound, quotaReached, Refused } from '../errors.js';
import { child, type Log } from '../log.js';
import type { TargetChange, TargetsService } from '../targets/service.js';
import { MAX_NOTES_PER_SESSION_HOUR, NoteQuota } from './note-quota.js';
import { roleOf } from './roles.js';

/** A note to put on a session's chart. */
export interface NoteInput {
  text: string;
  ts?: number;
  kind?: Annotation['kind'];
}

/**
 * Cook and brew sessions' one write path: start, change, end, delete, annotate, from the API,
 * the panel (through the integration's proxy, which calls the API), Home Assistant's buttons and
 * services, hydrometer comments and the alert log. Targets a session starts with or is given
 * go through `TargetsService`, so the devices and edge nodes follow them.
 */
export class SessionsService {
  private readonly log: Log;
  private readonly notes = new NoteQuota();

  constructor(
    private readonly core: HubCore,
    private readonly targets: TargetsService,
  ) {
    this.log = child(core.log, 'hub:sessions');
  }

  /** A session, or `Refused` (not found). */
  get(id: string): Session {
    const s = this.core.store.sessions.get(id);
    if (!s) throw notFound(`No session '${id}'`);
    return s;
  }

  /** Starts a session; `StoreRejected` names a channel whose series is unknown or repeated. */
  start(input: SessionCreate, actor: Actor): Session {
    const s = this.core.store.sessions.create(input);
    this.core.store.audit.add(actor, 'session.create', s.id, { name: s.name, kind: s.kind });
    this.log.info({ sessionId: s.id, kind: s.kind }, `Session '${s.name}' started`);
    this.core.bus.emit('sessionChanged', { sessionId: s.id, reason: 'started' });
    this.propagate(
      s.channels.filter((c) => c.target !== null && c.target !== undefined),
      actor,
    );
    return s;
  }

  /**
   * Starts a session on one device (Home Assistant's "start session" button): of the node's
   * usual kind (that of its last session; else a brew when it measures gravity or wort), with
   * its plugged-in probes in the roles the session form proposes and the device's targets.
   * Refused while the node already runs a session: a button never overlaps a cook.
   */
  startForDevice(deviceId: string, actor: Actor): Session {
    const device = this.core.store.devices.get(deviceId);
    if (!device) throw notFound(`No device '${deviceId}'`);
    const running = this.currentOf(deviceId);
    if (running)
      throw new Refused(
        'conflict',
        'A session is running',
        `'${device.name}' already runs '${running.name}'; end it first`,
      );
    const series = this.core.store.series
      .ofDevice(deviceId)
      .filter((s) => s.kind === 'temperature' || s.kind === 'gravity');
    const proposed = series.map((s) => ({ s, role: roleOf(s.key, s.kind) }));
    // The probes plugged in now; all of them when none reported yet.
    const plugged = proposed.filter(({ s }) => s.last_value !== null);
    const chosen = plugged.length ? plugged : proposed;
    const channels: SessionChannel[] = chosen.map(({ s, role }) => {
      const target = device.config.targets[s.key];
      return { series_id: s.id, role, ...(typeof target === 'number' ? { target } : {}) };
    });
    return this.start(
      {
        kind:
          this.usualKind(deviceId) ??
          (series.some((s) => s.kind === 'gravity' || s.key.startsWith('wort')) ? 'brew' : 'cook'),
        name: `${device.name} ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`,
        channels,
      },
      actor,
    );
  }

  /** The newest running session using one of a device's series, or null. */
  currentOf(deviceId: string): Session | null {
    const ids = new Set(this.core.store.series.ofDevice(deviceId).map((s) => s.id));
    const mine = this.core.store.sessions
      .active()
      .filter((s) => s.channels.some((c) => ids.has(c.series_id)));
    return mine.sort((a, b) => b.started_at - a.started_at)[0] ?? null;
  }

  /** The kind of the device's most recent session, or null when it never had one. */
  private usualKind(deviceId: string): Session['kind'] | null {
    const ids = new Set(this.core.store.series.ofDevice(deviceId).map((s) => s.id));
    const recent = this.core.store.sessions.list({ limit: 50, offset: 0 });
    return recent.find((s) => s.channels.some((c) => ids.has(c.series_id)))?.kind ?? null;
  }

  /** Changes a session; a changed channel target of a running session reaches its device. */
  update(id: string, patch: SessionPatch, actor: Actor): Session {
    const before = this.get(id);
    const s = this.core.store.sessions.update(id, patch)!;
    this.core.store.audit.add(actor, 'session.update', id, patch);
    this.core.bus.emit('sessionChanged', { sessionId: id, reason: 'updated' });
    if (s.status === 'active' && patch.channels) {
      const old = new Map(before.channels.map((c) => [c.series_id, c.target ?? null]));
      this.propagate(
        s.channels.filter((c) => (c.target ?? null) !== (old.get(c.series_id) ?? null)),
        actor,
      );
    }
    return this.core.store.sessions.get(id)!;
  }

  /** Ends a session; ending an ended one changes nothing (`changed: false`). */
  end(id: string, endedAt: number, actor: Actor): { session: Session; changed: boolean } {
    this.get(id);
    const result = this.core.store.sessions.end(id, endedAt)!;
    if (result.changed) {
      this.core.store.audit.add(actor, 'session.end', id, { ended_at: result.session.ended_at });
      this.log.info({ sessionId: id }, `Session '${result.session.name}' ended`);
      this.core.bus.emit('sessionChanged', { sessionId: id, reason: 'ended' });
    }
    return result;
  }

  /**
   * Ends the node's current session (Home Assistant's "end session" button): the newest one
   * using its probes, and only that one; another session on the node, or on other nodes, runs on.
   */
  endForDevice(deviceId: string, actor: Actor): Session[] {
    const device = this.core.store.devices.get(deviceId);
    if (!device) throw notFound(`No device '${deviceId}'`);
    const current = this.currentOf(deviceId);
    if (!current)
      throw new Refused('conflict', 'Nothing to end', `no active session uses '${device.name}'`);
    const result = this.end(current.id, Date.now(), actor);
    return result.changed ? [result.session] : [];
  }

  /** Deletes a session (readings stay); for listeners a running one has ended. */
  delete(id: string, actor: Actor): void {
    const { name, status } = this.get(id);
    this.core.store.sessions.delete(id);
    this.core.store.audit.add(actor, 'session.delete', id, { name });
    if (status === 'active')
      this.core.bus.emit('sessionChanged', { sessionId: id, reason: 'ended' });
  }

  /**
   * Puts a note on a session's chart and says so on the bus (`annotated`). Notes a person adds
   * are audited; those the hub adds (alerts, a hydrometer's comment) are not.
   */
  annotate(id: string, note: NoteInput, actor: Actor, now = Date.now()): Annotation {
    if (actor !== 'hub') this.takeNote(this.get(id).id, now);
    const a = this.core.store.sessions.annotate(id, note.text, note.ts ?? now, note.kind);
    if (!a) throw notFound(`No session '${id}'`);
    if (actor === 'admin' || actor === 'home_assistant')
      this.core.store.audit.add(actor, 'session.annotate', id, { text: note.text, ts: a.ts });
    this.core.bus.emit('sessionChanged', { sessionId: id, reason: 'annotated' });
    return a;
  }

  /** Counts a note from outside the hub; `Refused` (429) past the session's hourly quota. */
  private takeNote(id: string, now: number): void {
    if (this.notes.take(id, now)) return;
    this.core.metrics.quotaReached('notes_per_session_hour');
    throw quotaReached(
      `The session has had ${MAX_NOTES_PER_SESSION_HOUR} notes this hour; try again in ${this.notes.secondsLeft(now)} s`,
      [
        {
          path: '/text',
          message: `is past the quota of ${MAX_NOTES_PER_SESSION_HOUR} notes per session per hour`,
        },
      ],
      'too_many',
    );
  }

  /** Session channels' targets reach their devices (and every other running session on them). */
  private propagate(channels: SessionChannel[], actor: Actor): void {
    const changes: TargetChange[] = [];
    for (const c of channels) {
      const series = this.core.store.series.get(c.series_id);
      if (series)
        changes.push({ deviceId: series.device_id, channel: series.key, value: c.target ?? null });
    }
    if (changes.length) this.targets.apply(changes, actor, { audit: false });
  }
}
