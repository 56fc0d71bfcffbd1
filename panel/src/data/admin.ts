// The administrator's calls of the Devices and Hydrometers pages: WebSocket commands the
// integration refuses to anyone but an administrator and answers by asking the hub.
import type {
  AlertRule,
  AlertRuleCreate,
  Calibration,
  CalibrationPoint,
  DeviceInfo,
  Gateway,
  GatewayCreated,
  Hydrometer,
  PairingCreated,
} from '@brewpit/protocol';
import type { HomeAssistant } from './hass.js';

/** The hub as the integration reaches it. */
export interface HubInfo {
  url: string;
  version: string | null;
}

export const hubInfo = (hass: HomeAssistant) => hass.callWS<HubInfo>({ type: 'brewpit/hub/info' });

export const listNodes = (hass: HomeAssistant) =>
  hass.callWS<DeviceInfo[]>({ type: 'brewpit/nodes/list' });

export const createPairing = (hass: HomeAssistant) =>
  hass.callWS<PairingCreated>({ type: 'brewpit/nodes/pairing' });

export const renameNode = (hass: HomeAssistant, deviceId: string, name: string) =>
  hass.callWS<DeviceInfo>({ type: 'brewpit/nodes/rename', device_id: deviceId, name });

export const rotateToken = (hass: HomeAssistant, deviceId: string) =>
  hass.callWS<{ device_id: string; token: string }>({
    type: 'brewpit/nodes/rotate_token',
    device_id: deviceId,
  });

export const removeNode = (hass: HomeAssistant, deviceId: string) =>
  hass.callWS<null>({ type: 'brewpit/nodes/remove', device_id: deviceId });

export const listHydrometers = (hass: HomeAssistant) =>
  hass.callWS<Hydrometer[]>({ type: 'brewpit/hydrometers/list' });

export const listGateways = (hass: HomeAssistant) =>
  hass.callWS<Gateway[]>({ type: 'brewpit/hydrometers/gateways' });

export const createGateway = (hass: HomeAssistant, name: string, tz?: string) =>
  hass.callWS<GatewayCreated>({
    type: 'brewpit/hydrometers/gateway_create',
    name,
    ...(tz ? { tz } : {}),
  });

export const deleteGateway = (hass: HomeAssistant, gatewayId: string) =>
  hass.callWS<null>({ type: 'brewpit/hydrometers/gateway_delete', gateway_id: gatewayId });

export const getCalibration = (hass: HomeAssistant, deviceId: string) =>
  hass.callWS<Calibration>({ type: 'brewpit/hydrometers/calibration', device_id: deviceId });

export const saveCalibration = (
  hass: HomeAssistant,
  deviceId: string,
  input: Calibration['input'],
  points: CalibrationPoint[],
) =>
  hass.callWS<Calibration>({
    type: 'brewpit/hydrometers/calibrate',
    device_id: deviceId,
    input,
    points,
  });

/**
 * The hub's address as a node on the network reaches it. The integration may know the add-on
 * by its container name (`http://local-brewpit:8488`), which a Pi cannot resolve; then the
 * host is the one this browser reached Home Assistant at, with the hub's port.
 */
export function reachableHubUrl(hubUrl: string, browserHost: string): string {
  let u: URL;
  try {
    u = new URL(hubUrl);
  } catch {
    return hubUrl;
  }
  const host = u.hostname;
  const internal = !host.includes('.') && !host.includes(':') && host !== 'localhost';
  if (internal && browserHost) u.hostname = browserHost;
  return u.toString().replace(/\/$/, '');
}

/** The command a user runs on the Pi to pair it (the installer puts `brewpit-edge` on PATH). */
export function pairCommand(hubUrl: string, code: string): string {
  return `sudo brewpit-edge pair ${hubUrl} ${code}`;
}

export const listAlertRules = (hass: HomeAssistant) =>
  hass.callWS<AlertRule[]>({ type: 'brewpit/alerts/rules' });

export const createAlertRule = (hass: HomeAssistant, rule: AlertRuleCreate) =>
  hass.callWS<AlertRule>({ type: 'brewpit/alerts/rule_create', ...rule });

export const deleteAlertRule = (hass: HomeAssistant, ruleId: string) =>
  hass.callWS<null>({ type: 'brewpit/alerts/rule_delete', rule_id: ruleId });

/** A command for a node's chamber: start or stop a profile, its mode or its target. */
export const chamberCommand = (
  hass: HomeAssistant,
  deviceId: string,
  command: 'start_profile' | 'stop_profile' | 'set_mode' | 'set_target',
  params: Record<string, unknown>,
) =>
  hass.callWS<{ id: string }>({
    type: 'brewpit/chambers/command',
    device_id: deviceId,
    command,
    params,
  });
