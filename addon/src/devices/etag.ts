import { createHash } from 'node:crypto';
import type { DeviceConfig } from '@brewpit/protocol';

/**
 * Etags of the frozen configs the store hands out unchanged (`DeviceStore.config`): every ingest
 * answer carries its device's etag, and hashing the same config for every batch was a visible
 * share of a request. Weak, so a config replaced in the store is forgotten here too.
 */
const known = new WeakMap<object, string>();

/** Stable ETag of a device config: edge nodes send it back in `If-None-Match`. */
export function configEtag(config: Readonly<DeviceConfig>): string {
  let etag = known.get(config);
  if (etag !== undefined) return etag;
  etag = `"${createHash('sha256').update(JSON.stringify(config)).digest('hex').slice(0, 16)}"`;
  // Only a frozen config cannot change under its remembered etag.
  if (Object.isFrozen(config) && Object.isFrozen(config.targets)) known.set(config, etag);
  return etag;
}
