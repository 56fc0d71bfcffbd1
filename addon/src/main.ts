#!/usr/bin/env node
import { Hub } from './hub.js';
import { createLogger } from './log.js';
import { importCommand } from './replication/cli.js';
import { loadSettings, SettingsError } from './settings.js';

/** Entry point: `node addon/dist/main.js` (npm run hub), the add-on's start script and npm start. */
async function main(): Promise<void> {
  let settings;
  try {
    settings = loadSettings();
  } catch (err) {
    if (err instanceof SettingsError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger(settings.log_level, settings.log_pretty);
  if (process.argv[2] === 'import')
    process.exit(await importCommand(settings, log, process.argv[3]));
  const hub = new Hub(settings, log);
  await hub.start();
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'Stopping');
    hub.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'Failed to stop cleanly');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  console.error('Brewpit hub failed to start:', err);
  process.exit(1);
});
