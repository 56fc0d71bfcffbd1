import WebSocket from 'ws';
import {
  ERR_CANNOT_CONNECT,
  ERR_INVALID_AUTH,
  type HaWebSocket,
} from 'home-assistant-js-websocket';

/** Where the bridge connects and with which token. */
export interface HaTarget {
  /** `ws://…/api/websocket` (standalone) or `ws://supervisor/core/websocket` (add-on). */
  wsUrl: string;
  token: string;
  source: 'supervisor' | 'settings';
}

/**
 * The Home Assistant to connect to: inside the add-on the Supervisor's proxy with
 * `SUPERVISOR_TOKEN`, else `ha_url` + `ha_token` (env `HA_URL`, `HA_TOKEN`); null disables the
 * bridge.
 */
export function resolveTarget(
  settings: { ha_url?: string; ha_token?: string },
  env: NodeJS.ProcessEnv,
): HaTarget | null {
  if (settings.ha_url && settings.ha_token) {
    return {
      wsUrl: `${toWs(settings.ha_url)}/api/websocket`,
      token: settings.ha_token,
      source: 'settings',
    };
  }
  if (env.SUPERVISOR_TOKEN) {
    return {
      wsUrl: 'ws://supervisor/core/websocket',
      token: env.SUPERVISOR_TOKEN,
      source: 'supervisor',
    };
  }
  return null;
}

function toWs(httpUrl: string): string {
  return httpUrl.replace(/\/+$/, '').replace(/^http/, 'ws');
}

/** How long the socket may take to open and authenticate. */
const HANDSHAKE_TIMEOUT_MS = 10_000;

/**
 * Opens one authenticated socket, in the shape home-assistant-js-websocket's `createSocket`
 * option wants. Node 20 has no global WebSocket, so the `ws` package stands in; its
 * EventTarget-style API is what the library uses. Rejects with the library's
 * `ERR_INVALID_AUTH` (the Connection then stops reconnecting) or `ERR_CANNOT_CONNECT`; the
 * caller owns retries.
 */
export function openSocket(target: HaTarget): Promise<HaWebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(target.wsUrl, { handshakeTimeout: HANDSHAKE_TIMEOUT_MS });
    let settled = false;
    const timer = setTimeout(() => fail(ERR_CANNOT_CONNECT), HANDSHAKE_TIMEOUT_MS);
    const fail = (code: number) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.removeAllListeners();
      socket.on('error', () => {}); // a late error after terminate must not crash the hub
      socket.terminate();
      reject(code);
    };
    socket.on('error', () => fail(ERR_CANNOT_CONNECT));
    socket.on('close', () => fail(ERR_CANNOT_CONNECT));
    socket.on('message', (data) => {
      let msg: { type?: string; ha_version?: string };
      try {
        msg = JSON.parse(String(data)) as typeof msg;
      } catch {
        return fail(ERR_CANNOT_CONNECT);
      }
      if (msg.type === 'auth_required') {
        socket.send(JSON.stringify({ type: 'auth', access_token: target.token }));
      } else if (msg.type === 'auth_invalid') {
        fail(ERR_INVALID_AUTH);
      } else if (msg.type === 'auth_ok') {
        settled = true;
        clearTimeout(timer);
        socket.removeAllListeners();
        // Errors after the handshake surface as `close`, which the Connection handles.
        socket.on('error', () => {});
        const ha = socket as unknown as HaWebSocket;
        ha.haVersion = msg.ha_version ?? '';
        resolve(ha);
      }
    });
  });
}
