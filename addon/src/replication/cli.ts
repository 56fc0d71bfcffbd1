import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createContext } from '../context.js';
import { Refused } from '../errors.js';
import type { Log } from '../log.js';
import type { Settings } from '../settings.js';
import { Store } from '../store/index.js';

/**
 * `brewpit-hub import <file>`: loads a full export into the store of `data_dir`, which must hold
 * no data (the hub need not run; the same service as `POST /api/v1/import` does the work).
 * Returns the process exit code.
 */
export async function importCommand(
  settings: Settings,
  log: Log,
  file: string | undefined,
): Promise<number> {
  if (!file) {
    console.error('Usage: brewpit-hub import <export.ndjson>');
    return 2;
  }
  const store = Store.open(path.join(settings.data_dir, 'brewpit.db'));
  if (!store.replication.importer().isEmpty()) {
    store.close();
    console.error(`Import needs an empty hub: ${settings.data_dir} holds data`);
    return 1;
  }
  const input = createReadStream(file);
  try {
    const ctx = createContext({ settings, store, log, adminToken: '' });
    const { counts } = await ctx.services.replication.importFrom(input, 'cli');
    process.stdout.write(`Imported ${file}: ${JSON.stringify(counts)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof Refused) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    input.destroy();
    store.close();
  }
}
