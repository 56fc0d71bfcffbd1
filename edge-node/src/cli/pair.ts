import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
import { loadConfigFile } from '../config/load.js';
import type { TokenFile } from '../token.js';
import { pairWithHub } from '../uplink/client.js';

/** Options of `brewpit-edge pair`. */
export interface PairOptions {
  config?: string;
  name?: string;
  tokenFile?: string;
}

/**
 * Exchanges a pairing code for a device token and writes the token file with mode 0600
 * (the token is a password). Returns the path written and the device id.
 */
export async function pair(
  hubUrl: string,
  code: string,
  o: PairOptions,
): Promise<{ file: string; deviceId: string }> {
  let file = o.tokenFile ? resolve(o.tokenFile) : undefined;
  let name = o.name;
  if (o.config && existsSync(o.config)) {
    const cfg = await loadConfigFile(o.config);
    file ??= cfg.hub.tokenFile;
    name ??= cfg.deviceName;
  } else if (o.config) {
    file ??= resolve(dirname(o.config), 'edge-token');
  }
  file ??= resolve('edge-token');
  name ??= hostname();
  const res = await pairWithHub(hubUrl, code, name);
  const content: TokenFile = {
    device_id: res.device_id,
    token: res.token,
    hub_url: hubUrl.replace(/\/+$/, ''),
    paired_at: new Date().toISOString(),
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // writeFileSync keeps the mode of an existing file
  return { file, deviceId: res.device_id };
}
