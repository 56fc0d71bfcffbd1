// The Home Assistant of `npm start`: the test harness's real Home Assistant Core (provisioned
// into its cache on the first run, with progress on stderr), the repository's integration
// copied in, and the Brewpit integration added through its config flow like a user adds it.
// Where it cannot run (not root, no debootstrap, no network for the first provisioning) the
// caller says why and goes on without it.
import { configEntries } from './ha/api.js';
import { startHomeAssistant, type HomeAssistant } from './ha/harness.js';
import { CLI_PORT } from './ha/paths.js';

/** The running demo Home Assistant. */
export interface DemoHa {
  ha: HomeAssistant;
  /** Where the Brewpit panel opens. */
  panelUrl: string;
}

/** Starts (or provisions and starts) Home Assistant on loopback; throws with the reason. */
export async function startDemoHa(port = CLI_PORT): Promise<HomeAssistant> {
  return startHomeAssistant({ port, fresh: false, startTimeoutMs: 300_000 });
}

/** Adds the Brewpit integration for the hub, unless an earlier run already did. */
export async function addIntegration(
  ha: HomeAssistant,
  hub: { url: string; token: string },
): Promise<DemoHa> {
  const entries = await configEntries(ha.url, ha.token);
  if (!entries.some((e) => e.domain === 'brewpit')) {
    const call = async (path: string, body: unknown) => {
      const res = await fetch(`${ha.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ha.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${text}`);
      return JSON.parse(text) as { flow_id: string; type: string; errors?: unknown };
    };
    const flow = await call('/api/config/config_entries/flow', { handler: 'brewpit' });
    const done = await call(`/api/config/config_entries/flow/${flow.flow_id}`, hub);
    if (done.type !== 'create_entry')
      throw new Error(`the Brewpit config flow did not finish: ${JSON.stringify(done)}`);
  }
  return { ha, panelUrl: `${ha.url}/brewpit` };
}
