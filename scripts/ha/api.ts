// Talking to a running Home Assistant: onboarding by API, tokens, and one-shot WebSocket calls.
import WebSocket from 'ws';
import { HA_NAME, HA_PASSWORD, HA_USERNAME } from './paths.js';

export interface OnboardingStep {
  step: string;
  done: boolean;
}

/** The OAuth client id the frontend itself uses, so UI logins and ours share one client. */
export const clientIdFor = (url: string): string => `${url}/`;

async function request(
  url: string,
  init: RequestInit & { token?: string; form?: Record<string, string>; json?: unknown } = {},
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  let body: string | undefined;
  if (init.form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(init.form).toString();
  } else if (init.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(init.json);
  }
  return fetch(url, { ...init, headers, body, signal: AbortSignal.timeout(30_000) });
}

async function expectJson<T>(res: Response, what: string): Promise<T> {
  const text = await res.text();
  if (!res.ok) throw new Error(`${what} failed: HTTP ${res.status} ${text.slice(0, 300)}`);
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${what}: answer is not JSON: ${text.slice(0, 300)}`);
  }
}

/**
 * True once HA's HTTP server answers at all. Asks an unauthenticated view: a request with no
 * token to an authenticated one would log a failed login and raise a UI notification.
 */
export async function httpAnswers(url: string): Promise<boolean> {
  try {
    const res = await request(`${url}/api/onboarding`, { signal: AbortSignal.timeout(2000) });
    await res.text();
    return true;
  } catch {
    return false;
  }
}

/** Steps and whether each is done; null when onboarding is complete (HA drops the view). */
export async function onboardingStatus(url: string): Promise<OnboardingStep[] | null> {
  const res = await request(`${url}/api/onboarding`);
  if (res.status === 404) return null;
  return expectJson<OnboardingStep[]>(res, `GET ${url}/api/onboarding`);
}

export interface Tokens {
  access_token: string;
  refresh_token?: string;
  expires_in: number;
}

export async function exchangeAuthCode(url: string, code: string): Promise<Tokens> {
  const res = await request(`${url}/auth/token`, {
    method: 'POST',
    form: { grant_type: 'authorization_code', code, client_id: clientIdFor(url) },
  });
  return expectJson<Tokens>(res, `POST ${url}/auth/token (authorization_code)`);
}

/** Creates the owner account; returns an auth code for /auth/token. */
export async function createOwner(url: string): Promise<string> {
  const res = await request(`${url}/api/onboarding/users`, {
    method: 'POST',
    json: {
      client_id: clientIdFor(url),
      name: HA_NAME,
      username: HA_USERNAME,
      password: HA_PASSWORD,
      language: 'en',
    },
  });
  const body = await expectJson<{ auth_code: string }>(res, `POST ${url}/api/onboarding/users`);
  return body.auth_code;
}

/** Logs in with the test password through HA's login flow (when the saved token is gone). */
export async function loginWithPassword(url: string): Promise<Tokens> {
  const clientId = clientIdFor(url);
  const start = await request(`${url}/auth/login_flow`, {
    method: 'POST',
    json: { client_id: clientId, handler: ['homeassistant', null], redirect_uri: clientId },
  });
  const flow = await expectJson<{ flow_id: string }>(start, `POST ${url}/auth/login_flow`);
  const step = await request(`${url}/auth/login_flow/${flow.flow_id}`, {
    method: 'POST',
    json: { client_id: clientId, username: HA_USERNAME, password: HA_PASSWORD },
  });
  const done = await expectJson<{ type: string; result?: string; errors?: unknown }>(
    step,
    `login flow as ${HA_USERNAME}`,
  );
  if (done.type !== 'create_entry' || !done.result) {
    throw new Error(`login as ${HA_USERNAME} refused: ${JSON.stringify(done)}`);
  }
  return exchangeAuthCode(url, done.result);
}

/** Marks the remaining onboarding steps done so the UI opens on the dashboard. */
export async function finishOnboarding(url: string, accessToken: string): Promise<void> {
  const status = (await onboardingStatus(url)) ?? [];
  const todo = new Set(status.filter((s) => !s.done).map((s) => s.step));
  const post = async (step: string, json: unknown): Promise<void> => {
    if (!todo.has(step)) return;
    const res = await request(`${url}/api/onboarding/${step}`, {
      method: 'POST',
      token: accessToken,
      json,
    });
    await expectJson(res, `POST ${url}/api/onboarding/${step}`);
  };
  await post('core_config', {});
  await post('analytics', {});
  const clientId = clientIdFor(url);
  await post('integration', { client_id: clientId, redirect_uri: `${clientId}?auth_callback=1` });
}

export interface HaConfig {
  state: string;
  version: string;
  components: string[];
  [key: string]: unknown;
}

/** GET /api/config; throws with the status when the token is refused. */
export async function getConfig(url: string, token: string): Promise<HaConfig> {
  return expectJson<HaConfig>(
    await request(`${url}/api/config`, { token }),
    `GET ${url}/api/config`,
  );
}

export async function tokenWorks(url: string, token: string): Promise<boolean> {
  const res = await request(`${url}/api/`, { token });
  await res.text();
  return res.ok;
}

export interface WsResult<T> {
  result: T;
  haVersion: string;
}

/**
 * Authenticates a WebSocket with `token`, sends one command and returns its result.
 * For long sessions use home-assistant-js-websocket; this is for the harness and quick checks.
 */
export async function callWs<T = unknown>(
  url: string,
  token: string,
  command: Record<string, unknown>,
  timeoutMs = 30_000,
): Promise<WsResult<T>> {
  const wsUrl = `${url.replace(/^http/, 'ws')}/api/websocket`;
  const ws = new WebSocket(wsUrl);
  let haVersion = '';
  try {
    return await new Promise<WsResult<T>>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`${wsUrl}: no answer to ${String(command.type)} in ${timeoutMs} ms`)),
        timeoutMs,
      );
      ws.on('error', (e) => reject(new Error(`${wsUrl}: ${e.message}`)));
      ws.on('close', () =>
        reject(new Error(`${wsUrl} closed before answering ${String(command.type)}`)),
      );
      ws.on('message', (data) => {
        const msg = JSON.parse(data.toString()) as Record<string, unknown>;
        if (msg.type === 'auth_required') {
          ws.send(JSON.stringify({ type: 'auth', access_token: token }));
        } else if (msg.type === 'auth_invalid') {
          reject(new Error(`${wsUrl}: token refused: ${String(msg.message)}`));
        } else if (msg.type === 'auth_ok') {
          haVersion = String(msg.ha_version);
          ws.send(JSON.stringify({ ...command, id: 1 }));
        } else if (msg.type === 'result' && msg.id === 1) {
          clearTimeout(timer);
          if (msg.success) resolve({ result: msg.result as T, haVersion });
          else reject(new Error(`${String(command.type)} failed: ${JSON.stringify(msg.error)}`));
        }
      });
    });
  } finally {
    ws.terminate();
  }
}

export async function createLongLivedToken(url: string, accessToken: string): Promise<string> {
  const { result } = await callWs<string>(url, accessToken, {
    type: 'auth/long_lived_access_token',
    // HA refuses a second long-lived token with the same name for a user.
    client_name: `brewpit-test-harness ${new Date().toISOString()}`,
    lifespan: 3650,
  });
  return result;
}

/** Integrations that finishing onboarding sets up on its own (met, radio_browser need internet). */
export const ONBOARDING_INTEGRATIONS = [
  'google_translate',
  'met',
  'radio_browser',
  'shopping_list',
];

interface ConfigEntry {
  entry_id: string;
  domain: string;
}

export async function configEntries(url: string, token: string): Promise<ConfigEntry[]> {
  return (await callWs<ConfigEntry[]>(url, token, { type: 'config_entries/get' })).result;
}

/**
 * Waits (bounded) for the onboarding integrations' entries and deletes them, so tests see only
 * what they set up and HA does not poll weather and radio servers it cannot reach.
 */
export async function removeOnboardingIntegrations(
  url: string,
  token: string,
  waitMs = 15_000,
): Promise<string[]> {
  const deadline = Date.now() + waitMs;
  let found: ConfigEntry[] = [];
  for (;;) {
    found = (await configEntries(url, token)).filter((e) =>
      ONBOARDING_INTEGRATIONS.includes(e.domain),
    );
    if (found.length === ONBOARDING_INTEGRATIONS.length || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  for (const e of found) {
    const res = await request(`${url}/api/config/config_entries/entry/${e.entry_id}`, {
      method: 'DELETE',
      token,
    });
    await expectJson(res, `deleting the ${e.domain} config entry`);
  }
  return found.map((e) => e.domain);
}
