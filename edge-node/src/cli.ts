#!/usr/bin/env node
/**
 * `brewpit-edge`: run the edge node, pair it with a hub, show its status, scan for sensors.
 *
 * Each sub-command imports what it needs when it runs: the node (`run`) is what stays resident
 * on a Pi with a 60 MB budget, and should not carry the YAML writer and bus probing of `scan`,
 * the pairing client or the status formatter, nor `status` the sensors and uplink.
 */
import { Command } from 'commander';
import { ConfigError, EdgeError, errorMessage } from './errors.js';
import { EDGE_VERSION } from './version.js';

const program = new Command();
program
  .name('brewpit-edge')
  .description('Brewpit edge node: reads probes, buffers every reading, pushes to the hub')
  .version(EDGE_VERSION);

program
  .command('run')
  .description('sample the sensors and send the readings to the hub')
  .requiredOption('-c, --config <file>', 'edge.yaml', 'edge.yaml')
  .action(async (o: { config: string }) => {
    const { loadConfigFile } = await import('./config/load.js');
    const config = await loadConfigFile(o.config);
    const { createLogger } = await import('./log.js');
    const { runEdgeNode } = await import('./node.js');
    const log = createLogger();
    const node = await runEdgeNode(config, log);
    let signals = 0;
    const shutdown = (signal: string): void => {
      if (++signals > 1) process.exit(1);
      log.info({ signal }, `Received ${signal}, stopping`);
      node.stop().then(
        () => process.exit(0),
        (err: unknown) => {
          console.error(`Failed to stop cleanly: ${errorMessage(err)}`);
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    process.on('SIGINT', () => shutdown('SIGINT'));
  });

program
  .command('pair')
  .description("exchange a pairing code from the hub for this node's token")
  .argument('<hub-url>', 'hub base URL, e.g. http://homeassistant.local:8488')
  .argument('<code>', 'pairing code shown by the hub, e.g. K7Q-4MZ')
  .option('-c, --config <file>', 'edge.yaml (token file path and device name come from it)')
  .option('-n, --name <name>', 'device name shown in Home Assistant')
  .option('-t, --token-file <file>', 'where to write the token')
  .action(
    async (
      hubUrl: string,
      code: string,
      o: { config?: string; name?: string; tokenFile?: string },
    ) => {
      const { pair } = await import('./cli/pair.js');
      const res = await pair(hubUrl, code, o);
      console.log(`Paired as device ${res.deviceId}; token written to ${res.file} (mode 0600)`);
    },
  );

program
  .command('status')
  .description('outbox depth, oldest unsent reading, last ack, sensor health, drain progress')
  .option('-c, --config <file>', 'edge.yaml', 'edge.yaml')
  .option('--json', 'print JSON')
  .action(async (o: { config: string; json?: boolean }) => {
    const { loadConfigFile } = await import('./config/load.js');
    const { collectStatus, formatStatus } = await import('./cli/status.js');
    const report = collectStatus(await loadConfigFile(o.config));
    console.log(o.json ? JSON.stringify(report, null, 2) : formatStatus(report));
  });

program
  .command('scan')
  .description('probe I²C buses and 1-Wire for known sensors and print a starter edge.yaml')
  .option('--hub <url>', 'hub URL to put in the config')
  .option('--w1-root <dir>', '1-Wire sysfs root', '/sys/bus/w1/devices')
  .action(async (o: { hub?: string; w1Root: string }) => {
    const { scan, starterConfig } = await import('./cli/scan.js');
    const found = await scan({ w1Root: o.w1Root });
    for (const e of found.i2cErrors) console.error(`warning: ${e}`);
    if (found.i2cBuses?.length === 0) {
      console.error(
        'No I²C bus found (no /dev/i2c-*). On a Raspberry Pi turn I²C on with `sudo raspi-config nonint do_i2c 0` and reboot, then scan again; until then the config below has a simulated smoker.',
      );
    }
    process.stdout.write(starterConfig(found, o.hub));
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.issues.join('\n'));
  else if (err instanceof EdgeError) console.error(`error: ${err.message}`);
  else console.error(`error: ${errorMessage(err)}`);
  process.exit(err instanceof ConfigError ? 78 : 1); // 78: EX_CONFIG, systemd will not spin on it
});
