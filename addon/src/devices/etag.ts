import { createHash } from 'node:crypto';
import type { DeviceConfig } from '@brewpit/protocol';

/** Stable ETag of a device config: edge nodes send it back in `If-None-Match`. */
export function configEtag(config: DeviceConfig): string {
  return `"${createHash('sha256').update(JSON.stringify(config)).digest('hex').slice(0, 16)}"`;
}
