// Edge nodes as Home Assistant knows them: the hub announces one HA device per node (identifier
// `brewpit`, node id), which the user may rename and put in an area. The panel names nodes the
// way the rest of Home Assistant does instead of by their id.
import type { HomeAssistant } from './hass.js';

/** How a node is named in the panel. */
export interface NodeName {
  name: string;
  area: string | null;
}

/** Lookup from hub device id to its name and area. */
export type NodeNames = (deviceId: string, hubName?: string) => NodeName;

/** `smoker-pi` for a node Home Assistant does not know (yet): its id, shortened. */
function fallback(deviceId: string): NodeName {
  return { name: deviceId.length > 12 ? `${deviceId.slice(0, 8)}…` : deviceId, area: null };
}

/**
 * Builds the lookup from `hass.devices` and `hass.areas` (Home Assistant keeps both current in
 * the frontend). Call again when `hass.devices` or `hass.areas` change identity.
 */
export function nodeNames(
  devices: HomeAssistant['devices'],
  areas: HomeAssistant['areas'],
): NodeNames {
  const byNode = new Map<string, NodeName>();
  for (const d of Object.values(devices ?? {})) {
    const id = d.identifiers?.find(([domain]) => domain === 'brewpit')?.[1];
    if (!id) continue;
    const area = d.area_id ? (areas?.[d.area_id]?.name ?? null) : null;
    byNode.set(id, { name: d.name_by_user || d.name || id, area });
  }
  // Before Home Assistant knows the node, the hub's name for it (when the caller has it).
  return (deviceId, hubName) =>
    byNode.get(deviceId) ?? (hubName ? { name: hubName, area: null } : fallback(deviceId));
}

/** "smoker-pi (Backyard)" or "smoker-pi". */
export function nodeLabel(n: NodeName): string {
  return n.area ? `${n.name} (${n.area})` : n.name;
}
