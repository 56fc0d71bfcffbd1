import { StorageStats } from '@brewpit/protocol';
import { ok, type RouteDoc } from '../http/openapi.js';

/** Routes of `storage/router.ts`. */
export const STORAGE_DOCS: readonly RouteDoc[] = [
  {
    method: 'get',
    path: '/storage',
    tag: 'ops',
    auth: 'admin',
    summary:
      'Store size, what compression holds and saved (in total and per device), and its progress',
    responses: ok('Storage figures', StorageStats),
  },
];
