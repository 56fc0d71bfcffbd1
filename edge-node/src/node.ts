import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Channel, Command, DeviceConfig, IngestAck, IngestBatch } from '@brewpit/protocol';
import type { EdgeConfig } from './config/schema.js';
import { createBusProvider } from './buses.js';
import { EdgeControl } from './control/edge.js';
import { errorMessage } from './errors.js';
import { moduleLogger, type Logger } from './log.js';
import { Outbox } from './outbox/outbox.js';
import { EmulatedOutputTransport } from './outputs/emulated.js';
import { PLATFORMS } from './sensors/registry.js';
import { Sampler, type SensorSlot } from './sensors/sampler.js';
import type { BusProvider, Sensor } from './sensors/types.js';
import { writeStatusFile, type StatusSnapshot } from './status.js';
import { TokenSource } from './token.js';
import { HubClient } from './uplink/client.js';
import { ClockOffset } from './uplink/clock.js';
import { executeCommand, type CommandOutcome } from './uplink/commands.js';
import { Uplink } from './uplink/uplink.js';
import { EDGE_VERSION } from './version.js';

const STATUS_EVERY_MS = 2000;
const REMEMBER_COMMANDS = 200;

/** A running edge node. */
export interface EdgeNodeHandle {
  readonly config: EdgeConfig;
  /** Current state, as written to the status file. */
  status(): StatusSnapshot;
  /** The emulated relays, when `control.outputs.transport` is `emulated` (tests, demos). */
  readonly emulatedOutputs: EmulatedOutputTransport | undefined;
  /** Stops sampling and sending, writes a last status, closes the outbox. */
  stop(): Promise<void>;
}

/** A sensor whose transport could not even be obtained: setup reports the reason. */
function failedSensor(label: string, err: unknown): Sensor {
  return {
    label,
    setup: () => Promise.reject(err instanceof Error ? err : new Error(String(err))),
    read: () => Promise.reject(new Error('not set up')),
  };
}

async function buildSlots(
  config: EdgeConfig,
  buses: BusProvider,
  log: Logger,
): Promise<SensorSlot[]> {
  const slots: SensorSlot[] = [];
  for (const s of config.sensors) {
    const d = PLATFORMS.get(s.platform)!;
    let sensor: Sensor;
    try {
      sensor = d.create(s.options, await d.transport(s.options, buses));
    } catch (err) {
      log.warn(
        { platform: s.platform },
        `Cannot open the transport of a ${s.platform} sensor: ${errorMessage(err)}`,
      );
      sensor = failedSensor(s.platform, err);
    }
    slots.push({ platform: s.platform, sensor, readings: d.readings(s.options) });
  }
  return slots;
}

/**
 * Starts an edge node: outbox, sensors, sampler, uplink and the status file. Nothing here
 * throws once started: sensor and hub failures become statuses, logs and retries.
 */
export async function runEdgeNode(
  config: EdgeConfig,
  root: Logger,
  busOverrides: Partial<BusProvider> = {},
): Promise<EdgeNodeHandle> {
  const log = moduleLogger(root, 'edge:node');
  mkdirSync(dirname(config.outbox.path), { recursive: true });
  const outbox = Outbox.open(
    config.outbox.path,
    config.outbox.maxBytes,
    moduleLogger(root, 'edge:outbox'),
  );
  const buses = createBusProvider(busOverrides);
  // One emulated transport for control and the simulated chamber: its heater and compressor
  // then follow the thermostat.
  const relays =
    config.control?.outputs.transport === 'emulated'
      ? new EmulatedOutputTransport(() => buses.monotonicMs())
      : undefined;
  if (relays) buses.emulatedOutputs = relays;
  else if (
    config.sensors.some((s) => s.platform === 'simulated' && s.options['model'] === 'chamber')
  )
    log.warn('Simulated chamber without control.outputs.transport emulated: its relays stay off');
  const slots = await buildSlots(config, buses, moduleLogger(root, 'edge:sensors'));
  const clock = new ClockOffset();
  const ctl =
    config.control &&
    new EdgeControl({
      config: config.control,
      log: root,
      ...(relays ? { transport: relays } : {}),
      // Profiles run on the hub-corrected wall clock: a Pi without an RTC boots with a stale one.
      clock: { monotonicMs: () => buses.monotonicMs(), wallMs: () => clock.now(buses.wallMs()) },
    });
  const channels: Channel[] = [...slots.flatMap((s) => s.readings), ...(ctl?.channels() ?? [])].map(
    (r) => ({ key: r.key, kind: r.kind, unit: r.unit, name: r.name, precision: r.precision }),
  );
  const tokens = new TokenSource({
    token: config.hub.token,
    deviceId: config.hub.deviceId,
    file: config.hub.tokenFile,
  });
  const client = new HubClient({
    baseUrl: config.hub.url,
    token: () => tokens.token(),
    timeoutMs: config.uplink.requestTimeoutMs,
    gzip: config.uplink.gzip,
  });
  const startedAt = Date.now();
  const control = {
    etag: outbox.meta('config_etag') ?? null,
    hubConfig: parseStored(outbox.meta('config')),
    recording: true,
    targets: {} as Record<string, number>,
    samples: 0,
  };
  const outcomes = new Map<string, CommandOutcome>();
  const pendingResults: NonNullable<IngestBatch['command_results']> = [];
  const uplinkLog = moduleLogger(root, 'edge:uplink');

  let uplink: Uplink | undefined = undefined;
  const sampler = new Sampler(slots, {
    intervalMs: config.sampleIntervalMs,
    timeoutMs: config.sensorTimeoutMs,
    now: () => clock.now(),
    log: moduleLogger(root, 'edge:sampler'),
    onSample: (readings) => {
      control.samples++;
      ctl?.onReadings(readings); // control works with recording off
      if (!control.recording) return;
      const ts = readings[0]?.ts ?? clock.now();
      outbox.append([...readings, ...(ctl?.readings(ts) ?? [])]);
      uplink?.notify();
    },
  });

  /**
   * Recording and targets always follow the hub. The sample interval in edge.yaml is the
   * start value: the hub's interval is applied only once it *changes* from the one this node
   * saw first (a user changed it on the hub), and is then remembered across restarts.
   */
  const applyConfig = (c: DeviceConfig): void => {
    control.hubConfig = c;
    control.recording = c.recording;
    control.targets = { ...c.targets };
    const seen = outbox.meta('hub_interval_s');
    if (seen !== undefined && Number(seen) !== c.sample_interval_s) {
      outbox.setMeta('interval_override_s', String(c.sample_interval_s));
      sampler.setInterval(Math.round(c.sample_interval_s * 1000));
      log.info(
        { interval_s: c.sample_interval_s },
        `Sample interval set to ${c.sample_interval_s} s by the hub`,
      );
    }
    outbox.setMeta('hub_interval_s', String(c.sample_interval_s));
  };
  const override = outbox.meta('interval_override_s');
  if (override && config.hub.applyConfig) {
    sampler.setInterval(Math.round(Number(override) * 1000));
    log.info(
      `Using the sample interval ${override} s set on the hub (edge.yaml says ${config.sampleIntervalMs / 1000} s)`,
    );
  }
  if (control.hubConfig && config.hub.applyConfig) {
    control.recording = control.hubConfig.recording;
    control.targets = { ...control.hubConfig.targets };
  }

  const onAck = async (ack: IngestAck): Promise<void> => {
    await syncConfig(ack.config_etag);
    for (const cmd of ack.commands) await runCommand(cmd);
  };

  const syncConfig = async (etag: string): Promise<void> => {
    if (!config.hub.applyConfig || !etag || etag === control.etag) return;
    const deviceId = tokens.deviceId();
    if (!deviceId) {
      control.etag = etag;
      uplinkLog.warn(
        'Hub config changed but the device id is unknown (set hub.device_id or pair with a token file)',
      );
      return;
    }
    try {
      const fetched = await client.config(deviceId, control.etag ?? undefined);
      control.etag = fetched?.etag || etag;
      if (fetched) {
        applyConfig(fetched.config);
        outbox.setMeta('config', JSON.stringify(fetched.config));
        uplinkLog.info({ config: fetched.config }, 'Applied the desired config from the hub');
      }
      outbox.setMeta('config_etag', control.etag);
    } catch (err) {
      uplinkLog.warn(`Failed to fetch the desired config: ${errorMessage(err)}`);
    }
  };

  /** Control's new state goes out at once rather than with the next sample. */
  const publishControl = (): void => {
    if (!ctl || !control.recording) return;
    outbox.append(ctl.readings(clock.now()));
    uplink?.notify();
  };

  /**
   * Runs a command once and acknowledges it; a redelivered one (its ack was lost) is answered
   * again with the remembered outcome, not run twice.
   */
  const runCommand = async (cmd: Command): Promise<void> => {
    let outcome = outcomes.get(cmd.id);
    if (!outcome) {
      if (ctl?.accepts(cmd)) {
        outcome = await ctl.run(cmd, clock.now());
        if (outcome.ok) publishControl();
      } else {
        const target = {
          applyConfig,
          setTarget: (ch: string, v: number) => (control.targets[ch] = v),
        };
        outcome = executeCommand(cmd, target, uplinkLog);
      }
      outcomes.set(cmd.id, outcome);
      if (outcomes.size > REMEMBER_COMMANDS)
        outcomes.delete(outcomes.keys().next().value as string);
    }
    const deviceId = tokens.deviceId();
    try {
      if (!deviceId) throw new Error('device id unknown');
      await client.ackCommand(deviceId, cmd.id, outcome);
    } catch (err) {
      uplinkLog.debug(`Command ${cmd.id} result goes with the next batch: ${errorMessage(err)}`);
      // The batch's command_results carry no `result` details (IngestBatch allows none).
      if (!pendingResults.some((r) => r.id === cmd.id))
        pendingResults.push({ id: cmd.id, ok: outcome.ok, message: outcome.message });
    }
  };

  uplink = new Uplink(
    {
      outbox,
      client,
      clock,
      log: uplinkLog,
      bootId: randomUUID(),
      channels: () => channels,
      status: () => {
        const s = outbox.stats();
        // Each batch carries the chambers' state, so Home Assistant's climate entities show
        // what the node applied (a command's effect arrives with the batch right after it).
        const chambers = ctl?.states();
        return {
          outbox_depth: s.depth,
          oldest_unsent_ts: s.oldestTs,
          dropped_total: s.droppedTotal,
          uptime_s: Math.round((Date.now() - startedAt) / 1000),
          version: EDGE_VERSION,
          ...(chambers ? { control: chambers } : {}),
        };
      },
      onAck,
      takeCommandResults: () => pendingResults.splice(0, 100),
    },
    config.uplink,
  );

  const snapshot = (stopped = false): StatusSnapshot => ({
    pid: process.pid,
    version: EDGE_VERSION,
    device: config.deviceName,
    hub_url: config.hub.url,
    started_at: startedAt,
    updated_at: Date.now(),
    stopped,
    sample_interval_ms: sampler.intervalMs,
    samples_taken: control.samples,
    clock_offset_ms: clock.offsetMs,
    recording: control.recording,
    targets: control.targets,
    outbox: outbox.stats(),
    uplink: { ...uplink!.state },
    drain: uplink!.drainProgress() ?? null,
    sensors: sampler.health(),
    config_etag: control.etag,
    ...(control.hubConfig ? { hub_config: control.hubConfig } : {}),
    ...(ctl ? { control: ctl.status() } : {}),
  });
  const writeStatus = (stopped = false): void => {
    try {
      writeStatusFile(config.statusFile, snapshot(stopped));
    } catch (err) {
      log.debug(`Failed to write status file ${config.statusFile}: ${errorMessage(err)}`);
    }
  };

  await ctl?.start();
  sampler.start();
  uplink.start();
  const statusTimer = setInterval(() => writeStatus(), STATUS_EVERY_MS);
  writeStatus();
  log.info(
    {
      device: config.deviceName,
      hub: config.hub.url,
      sensors: slots.map((s) => s.sensor.label),
      chambers: config.control?.chambers.map((c) => c.name) ?? [],
      channels: channels.length,
      interval_ms: config.sampleIntervalMs,
    },
    `Edge node '${config.deviceName}' started: ${slots.length} sensors, ${channels.length} channels, sending to ${config.hub.url}`,
  );

  let stopping: Promise<void> | undefined;
  return {
    config,
    emulatedOutputs: relays,
    status: () => snapshot(),
    stop() {
      stopping ??= (async () => {
        clearInterval(statusTimer);
        await sampler.stop();
        await ctl?.stop(); // relays off before anything else can fail
        await uplink!.stop();
        writeStatus(true);
        outbox.close();
        await buses.close();
        log.info('Edge node stopped');
      })();
      return stopping;
    },
  };
}

function parseStored(text: string | undefined): DeviceConfig | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as DeviceConfig;
  } catch {
    return undefined;
  }
}
