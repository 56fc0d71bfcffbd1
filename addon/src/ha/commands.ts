import {
  ChamberModeParams,
  ChamberTargetParams,
  createValidator,
  type ChamberState,
  type CommandType,
  type SessionChannel,
  type SessionCreate,
} from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import type { Log } from '../log.js';
import type { DeviceRow } from '../store/devices.js';
import { chamberModeOf, chambersOf, HVAC_MODE_OF } from './climate.js';
import { roleOf } from './entities.js';
import type { HaCommand } from './types.js';

/** Thrown for a command the hub cannot apply; logged by the bridge, never fatal. */
export class CommandRejected extends Error {
  readonly code = 'ha_command_rejected';
}

const validTarget = createValidator(ChamberTargetParams);
const validMode = createValidator(ChamberModeParams);

/**
 * Applies one command Home Assistant pushed (an entity action or a service). Targets and
 * recording change the device's desired config, which the edge node fetches by ETag; a target
 * is also queued as a `set_target` command so the node applies it with its next ingest answer.
 * A climate entity's target and hvac mode become a chamber's `set_target` and `set_mode`
 * commands, checked against the protocol and the chamber's modes before they are queued.
 */
export function applyCommand(ctx: HubContext, cmd: HaCommand, log: Log): string {
  const deviceId = cmd.device_id;
  const device = deviceId ? ctx.store.devices.get(deviceId) : null;
  if (!deviceId || !device) throw new CommandRejected(`unknown device '${deviceId ?? ''}'`);
  switch (cmd.type) {
    case 'set_value':
    case 'set_target': {
      const key = cmd.key;
      const value = Number(cmd.value);
      if (!key || !Number.isFinite(value))
        throw new CommandRejected(`${cmd.type} needs a key and a numeric value`);
      ctx.store.devices.setConfig(deviceId, {
        ...device.config,
        targets: { ...device.config.targets, [key]: value },
      });
      ctx.store.enqueueCommand(deviceId, 'set_target', { channel: key, value });
      ctx.store.audit('home_assistant', 'device.set_target', deviceId, { channel: key, value });
      ctx.bus.emit('deviceChanged', { deviceId, reason: 'updated' });
      return `target of '${key}' on '${device.name}' set to ${value}`;
    }
    case 'set_switch': {
      if (cmd.key !== 'recording') throw new CommandRejected(`no switch '${cmd.key}'`);
      const recording = cmd.value === true;
      ctx.store.devices.setConfig(deviceId, { ...device.config, recording });
      ctx.store.audit('home_assistant', 'device.update', deviceId, { config: { recording } });
      ctx.bus.emit('deviceChanged', { deviceId, reason: 'updated' });
      return `recording on '${device.name}' ${recording ? 'on' : 'off'}`;
    }
    case 'set_temperature':
      return setChamberTarget(ctx, device, cmd);
    case 'set_hvac_mode':
      return setChamberMode(ctx, device, cmd);
    case 'press':
      if (cmd.key === 'start_session') return startSession(ctx, deviceId, device.name, log);
      if (cmd.key === 'end_session') return endSessions(ctx, deviceId, device.name);
      throw new CommandRejected(`no button '${cmd.key}'`);
    default:
      throw new CommandRejected(`unsupported command '${cmd.type}'`);
  }
}

/** The chamber a climate command names (its `key`), as the device last reported it. */
function chamberOf(device: DeviceRow, cmd: HaCommand): ChamberState {
  const chamber = chambersOf(device).find((c) => c.name === cmd.key);
  if (!chamber) throw new CommandRejected(`no chamber '${cmd.key ?? ''}' on '${device.name}'`);
  return chamber;
}

/** Queues a chamber command for the edge node and audits it. */
function queue(
  ctx: HubContext,
  device: DeviceRow,
  type: CommandType,
  params: Record<string, unknown>,
): void {
  const queued = ctx.store.enqueueCommand(device.id, type, params);
  if (!queued) throw new CommandRejected(`unknown device '${device.id}'`);
  ctx.store.audit('home_assistant', 'command.enqueue', device.id, {
    id: queued.id,
    type,
    params,
  });
}

function setChamberTarget(ctx: HubContext, device: DeviceRow, cmd: HaCommand): string {
  const chamber = chamberOf(device, cmd);
  const params = { chamber: chamber.name, target: Number(cmd.value) };
  const v = validTarget(params);
  if (!v.ok)
    throw new CommandRejected(
      `target ${String(cmd.value)} for '${chamber.name}': ${v.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
    );
  queue(ctx, device, 'set_target', v.value);
  return `target of chamber '${chamber.name}' on '${device.name}' set to ${v.value.target} °C`;
}

function setChamberMode(ctx: HubContext, device: DeviceRow, cmd: HaCommand): string {
  const chamber = chamberOf(device, cmd);
  const mode = chamberModeOf(cmd.value);
  if (!mode || !chamber.modes.includes(mode))
    throw new CommandRejected(
      `hvac mode '${String(cmd.value)}' is not available on '${chamber.name}' (${chamber.modes.map((m) => HVAC_MODE_OF[m]).join(', ')})`,
    );
  const v = validMode({ chamber: chamber.name, mode });
  if (!v.ok) throw new CommandRejected(`mode for '${chamber.name}': invalid`);
  queue(ctx, device, 'set_mode', v.value);
  return `mode of chamber '${chamber.name}' on '${device.name}' set to ${mode}`;
}

function startSession(ctx: HubContext, deviceId: string, deviceName: string, log: Log): string {
  const series = ctx.store.series.list().filter((s) => s.device_id === deviceId);
  const channels: SessionChannel[] = series
    .filter((s) => s.kind === 'temperature' || s.kind === 'gravity')
    .map((s) => ({ series_id: s.id, role: roleOf(s.key, s.kind) as SessionChannel['role'] }));
  const brew = series.some((s) => s.kind === 'gravity' || s.key.startsWith('wort'));
  const input: SessionCreate = {
    kind: brew ? 'brew' : 'cook',
    name: `${deviceName} ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`,
    channels,
  };
  let session;
  try {
    session = ctx.store.sessions.create(input);
  } catch (err) {
    log.debug({ err }, 'Session create refused');
    throw new CommandRejected(
      `cannot start a session on '${deviceName}': ${(err as Error).message}`,
    );
  }
  ctx.store.audit('home_assistant', 'session.create', session.id, {
    name: session.name,
    kind: session.kind,
  });
  ctx.bus.emit('sessionChanged', { sessionId: session.id, reason: 'started' });
  return `session '${session.name}' started`;
}

function endSessions(ctx: HubContext, deviceId: string, deviceName: string): string {
  const ids = new Set(
    ctx.store.series
      .list()
      .filter((s) => s.device_id === deviceId)
      .map((s) => s.id),
  );
  const ended: string[] = [];
  for (const s of ctx.store.sessions.active()) {
    if (!s.channels.some((c) => ids.has(c.series_id))) continue;
    const result = ctx.store.sessions.end(s.id, Date.now());
    if (!result?.changed) continue;
    ctx.store.audit('home_assistant', 'session.end', s.id, { ended_at: result.session.ended_at });
    ctx.bus.emit('sessionChanged', { sessionId: s.id, reason: 'ended' });
    ended.push(s.name);
  }
  if (!ended.length) throw new CommandRejected(`no active session uses '${deviceName}'`);
  return `ended ${ended.map((n) => `'${n}'`).join(', ')}`;
}
