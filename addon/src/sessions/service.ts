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
   * Starts a session on every temperature and gravity channel of one device (Home Assistant's
   * "start session" button): a brew when the device measures gravity or wort, else a cook.
   */
  startForDevice(deviceId: string, actor: Actor): Session {
    const device = this.core.store.devices.get(deviceId);
    if (!device) throw notFound(`No device '${deviceId}'`);
    const series = this.core.store.series.ofDevice(deviceId);
    const channels: SessionChannel[] = series
      .filter((s) => s.kind === 'temperature' || s.kind === 'gravity')
      .map((s) => ({ series_id: s.id, role: roleOf(s.key, s.kind) }));
    const brew = series.some((s) => s.kind === 'gravity' || s.key.startsWith('wort'));
    return this.start(
      {
        kind: brew ? 'brew' : 'cook',
        name: `${device.name} ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`,
        channels,
      },
      actor,
    );
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
   * Ends every running session with a channel of this device (Home Assistant's "end session"
   * button); `Refused` (conflict) when none runs.
   */
  endForDevice(deviceId: string, actor: Actor): Session[] {
    const device = this.core.store.devices.get(deviceId);
    if (!device) throw notFound(`No device '${deviceId}'`);
    const ids = new Set(this.core.store.series.ofDevice(deviceId).map((s) => s.id));
    const ended: Session[] = [];
    for (const s of this.core.store.sessions.active()) {
      if (!s.channels.some((c) => ids.has(c.series_id))) continue;
      const result = this.end(s.id, Date.now(), actor);
      if (result.changed) ended.push(result.session);
    }
    if (!ended.length)
      throw new Refused('conflict', 'Nothing to end', `no active session uses '${device.name}'`);
    return ended;
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
