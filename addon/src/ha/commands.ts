import {
  ChamberModeParams,
  ChamberTargetParams,
  createValidator,
  type ChamberState,
} from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import { Refused } from '../errors.js';
import { StoreRejected, type DeviceRow } from '../store/index.js';
import { chamberModeOf, chambersOf, HVAC_MODE_OF } from './climate.js';
import type { HaCommand } from './types.js';

/** Thrown for a command the hub cannot apply; logged by the bridge, never fatal. */
export class CommandRejected extends Error {
  readonly code = 'ha_command_rejected';
}

const validTarget = createValidator(ChamberTargetParams);
const validMode = createValidator(ChamberModeParams);

/**
 * Applies one command Home Assistant pushed (an entity action or a service): checks it,
 * translates it into a service call, and says what was done. A channel target (the number
 * entity, `brewpit.set_target`) goes through the targets service like every target; recording
 * through the device service; the session buttons through the sessions service; a climate
 * entity's target and hvac mode become a chamber's `set_target` and `set_mode` commands,
 * checked against the protocol and the chamber's modes first. A refusal of the service becomes
 * `CommandRejected`.
 */
export function applyCommand(ctx: HubContext, cmd: HaCommand): string {
  const deviceId = cmd.device_id;
  const device = deviceId ? ctx.store.devices.get(deviceId) : null;
  if (!deviceId || !device) throw new CommandRejected(`unknown device '${deviceId ?? ''}'`);
  try {
    return dispatch(ctx, device, cmd);
  } catch (err) {
    if (err instanceof Refused || err instanceof StoreRejected)
      throw new CommandRejected(err.message);
    throw err;
  }
}

function dispatch(ctx: HubContext, device: DeviceRow, cmd: HaCommand): string {
  const { services } = ctx;
  switch (cmd.type) {
    case 'set_value':
    case 'set_target': {
      const value = Number(cmd.value);
      if (!cmd.key || !Number.isFinite(value))
        throw new CommandRejected(`${cmd.type} needs a key and a numeric value`);
      const done = services.targets.set(
        { deviceId: device.id, channel: cmd.key, value },
        'home_assistant',
      );
      const sessions = done.sessions.length ? ` (and ${done.sessions.length} session(s))` : '';
      return `target of '${cmd.key}' on '${device.name}' set to ${value}${sessions}`;
    }
    case 'set_switch': {
      if (cmd.key !== 'recording') throw new CommandRejected(`no switch '${cmd.key}'`);
      const recording = cmd.value === true;
      services.devices.update(device.id, { config: { recording } }, 'home_assistant');
      return `recording on '${device.name}' ${recording ? 'on' : 'off'}`;
    }
    case 'set_temperature':
      return setChamberTarget(ctx, device, cmd);
    case 'set_hvac_mode':
      return setChamberMode(ctx, device, cmd);
    case 'press':
      if (cmd.key === 'start_session') {
        const s = services.sessions.startForDevice(device.id, 'home_assistant');
        return `session '${s.name}' started`;
      }
      if (cmd.key === 'end_session') {
        const ended = services.sessions.endForDevice(device.id, 'home_assistant');
        return `ended ${ended.map((s) => `'${s.name}'`).join(', ')}`;
      }
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

function setChamberTarget(ctx: HubContext, device: DeviceRow, cmd: HaCommand): string {
  const chamber = chamberOf(device, cmd);
  const v = validTarget({ chamber: chamber.name, target: Number(cmd.value) });
  if (!v.ok)
    throw new CommandRejected(
      `target ${String(cmd.value)} for '${chamber.name}': ${v.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
    );
  ctx.services.commands.enqueue(device.id, 'set_target', v.value, 'home_assistant');
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
  ctx.services.commands.enqueue(device.id, 'set_mode', v.value, 'home_assistant');
  return `mode of chamber '${chamber.name}' on '${device.name}' set to ${mode}`;
}
