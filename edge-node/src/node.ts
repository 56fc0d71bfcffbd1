import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EdgeConfig } from './config/schema.js';
import { createBusProvider } from './buses.js';
import type { EdgeControl } from './control/edge.js';
import { moduleLogger, type Logger } from './log.js';
import { CommandModule } from './node/commands.js';
import { ConfigSyncModule } from './node/config-sync.js';
import type { NodeContext, NodeModule } from './node/context.js';
import { ControlModule } from './node/control.js';
import { DesiredState } from './node/desired.js';
import { NodeEventBus } from './node/events.js';
import { Recorder } from './node/recorder.js';
import { CommandResultQueue } from './node/results.js';
import { SamplingModule } from './node/sampling.js';
import { channelsOf, openSensors } from './node/sensors.js';
import { StatusModule, hubStatus, nodeSnapshot } from './node/status.js';
import { UplinkModule } from './node/uplink.js';
import { Outbox } from './outbox/outbox.js';
import { EmulatedOutputTransport } from './outputs/emulated.js';
import { Sampler } from './sensors/sampler.js';
import type { BusProvider } from './sensors/types.js';
import type { StatusSnapshot } from './status.js';
import { TokenSource } from './token.js';
import { HubClient } from './uplink/client.js';
import { ClockOffset } from './uplink/clock.js';
import { Uplink } from './uplink/uplink.js';

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

/**
 * The modules in start order; they stop in reverse. Status first so its last write comes after
 * everything else stopped; config sync before commands, so an answer's config is applied before
 * its commands run; control before sampling, so the first sample reaches a running thermostat
 * and every relay is off right after the last sample; the uplink last, so a command in the
 * first answer finds control started, and on stop no request is left hanging on the hub.
 */
function createModules(ctx: NodeContext): NodeModule[] {
  return [
    new StatusModule(ctx),
    new ConfigSyncModule(ctx),
    new CommandModule(ctx),
    new ControlModule(ctx),
    new SamplingModule(ctx),
    new UplinkModule(ctx),
  ];
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
  const { ctx, relays, close } = await openNodeContext(config, root, busOverrides);
  const modules = createModules(ctx);
  const started: NodeModule[] = [];
  const stopAll = async (): Promise<void> => {
    for (const m of started.reverse()) await m.stop();
    ctx.recorder.flush();
    await close();
  };
  try {
    for (const m of modules) {
      await m.start();
      started.push(m);
    }
  } catch (err) {
    await stopAll();
    throw err;
  }
  log.info(
    {
      device: config.deviceName,
      hub: config.hub.url,
      sensors: ctx.sensors.map((s) => s.sensor.label),
      chambers: config.control?.chambers.map((c) => c.name) ?? [],
      interval_ms: ctx.sampler.intervalMs,
    },
    `Edge node '${config.deviceName}' started: ${ctx.sensors.length} sensors, sending to ${config.hub.url}`,
  );
  let stopping: Promise<void> | undefined;
  return {
    config,
    emulatedOutputs: relays,
    status: () => nodeSnapshot(ctx),
    stop() {
      stopping ??= stopAll().then(() => log.info('Edge node stopped'));
      return stopping;
    },
  };
}

/**
 * Builds everything the modules share; `close` releases the outbox and the buses. Exported for
 * the module tests, which run one module on the same context the node builds.
 */
export async function openNodeContext(
  config: EdgeConfig,
  root: Logger,
  busOverrides: Partial<BusProvider> = {},
): Promise<{
  ctx: NodeContext;
  relays: EmulatedOutputTransport | undefined;
  close: () => Promise<void>;
}> {
  mkdirSync(dirname(config.outbox.path), { recursive: true });
  const outbox = Outbox.open(
    config.outbox.path,
    config.outbox.maxBytes,
    moduleLogger(root, 'edge:outbox'),
  );
  const buses = createBusProvider(busOverrides);
  const clock = new ClockOffset();
  const { control, relays } = await openControl(config, root, buses, clock);
  const sensors = await openSensors(config, buses, moduleLogger(root, 'edge:sensors'));
  const channels = channelsOf(sensors, control?.channels() ?? []);
  const events = new NodeEventBus(moduleLogger(root, 'edge:events'));
  const desired = new DesiredState(outbox, config.hub.applyConfig);
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
  const commandResults = new CommandResultQueue();
  const sampler = new Sampler(sensors, {
    intervalMs: config.sampleIntervalMs,
    timeoutMs: config.sensorTimeoutMs,
    now: () => clock.now(),
    log: moduleLogger(root, 'edge:sampler'),
    onSample: (readings) => events.emit('sampled', { readings }),
  });
  const uplink = new Uplink(
    {
      outbox,
      client,
      clock,
      log: moduleLogger(root, 'edge:uplink'),
      bootId: randomUUID(),
      channels: () => channels,
      status: () => hubStatus({ outbox, control, startedAt }),
      onAck: (ack) => events.emitSerial('ack', ack),
      takeCommandResults: () => commandResults.take(),
    },
    config.uplink,
  );
  const recorder = new Recorder(outbox, desired, events, moduleLogger(root, 'edge:outbox'));
  const ctx: NodeContext = {
    config,
    log: root,
    events,
    outbox,
    clock,
    tokens,
    client,
    desired,
    recorder,
    sensors,
    sampler,
    uplink,
    control,
    commandResults,
    startedAt,
  };
  const close = async (): Promise<void> => {
    outbox.close();
    await buses.close();
  };
  return { ctx, relays, close };
}

/**
 * Chamber control, when configured; its code is loaded only then. One emulated transport
 * serves control and the simulated chamber, whose heater and compressor then follow the
 * thermostat.
 */
async function openControl(
  config: EdgeConfig,
  root: Logger,
  buses: ReturnType<typeof createBusProvider>,
  clock: ClockOffset,
): Promise<{ control: EdgeControl | undefined; relays: EmulatedOutputTransport | undefined }> {
  const relays =
    config.control?.outputs.transport === 'emulated'
      ? new EmulatedOutputTransport(() => buses.monotonicMs())
      : undefined;
  if (relays) buses.emulatedOutputs = relays;
  else if (
    config.sensors.some((s) => s.platform === 'simulated' && s.options['model'] === 'chamber')
  )
    moduleLogger(root, 'edge:node').warn(
      'Simulated chamber without control.outputs.transport emulated: its relays stay off',
    );
  if (!config.control) return { control: undefined, relays };
  const { EdgeControl } = await import('./control/edge.js');
  const control = new EdgeControl({
    config: config.control,
    log: root,
    ...(relays ? { transport: relays } : {}),
    // Profiles run on the hub-corrected wall clock: a Pi without an RTC boots with a stale one.
    clock: { monotonicMs: () => buses.monotonicMs(), wallMs: () => clock.now(buses.wallMs()) },
  });
  return { control, relays };
}
