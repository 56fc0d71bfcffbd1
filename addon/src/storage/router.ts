import { Router } from 'express';
import type { StorageStats } from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import { requireAdmin } from '../http/auth.js';
import type { HttpFeature } from '../http/feature.js';
import { STORAGE_DOCS } from './docs.js';

/** What a device page or a dashboard shows about the store: size, compression, savings. */
export function storageStats(ctx: HubContext): StorageStats {
  const total = { readings: 0, blocks: 0, bytes: 0, saved_bytes: 0 };
  const devices = new Map<string, StorageStats['devices'][number]>();
  for (const s of ctx.store.cold.stats()) {
    let d = devices.get(s.device_id);
    if (!d) devices.set(s.device_id, (d = { device_id: s.device_id, ...total }));
    for (const key of ['readings', 'blocks', 'bytes', 'saved_bytes'] as const) {
      d[key] += s[key];
      total[key] += s[key];
    }
  }
  const { compress_after_days, retention_days } = ctx.settings;
  return {
    store_bytes: ctx.store.sizeBytes(),
    compress_after_days,
    retention_days,
    cold: total,
    compression: ctx.coldStorage.snapshot(compress_after_days > 0),
    devices: [...devices.values()],
  };
}

function storageRouter(ctx: HubContext): Router {
  const router = Router();
  router.get('/storage', requireAdmin(ctx), (_req, res) => {
    res.json(storageStats(ctx));
  });
  return router;
}

/** `GET /storage`: the store's size and cold storage, read-only. */
export const storageFeature: HttpFeature = {
  name: 'storage',
  router: storageRouter,
  docs: STORAGE_DOCS,
};
