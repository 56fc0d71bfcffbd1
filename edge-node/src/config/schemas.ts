import type { TSchema } from '@sinclair/typebox';
import { DeviceConfig, IngestAck, PairResponse } from '@brewpit/protocol';
import { CONTROL_COMMAND_SCHEMAS } from '../control/commands.js';
import { CHAMBER_STATES } from '../control/edge.js';
import { ControlSchema } from '../control/schema.js';
import { PLATFORM_NAMES, loadPlatforms } from '../sensors/registry.js';
import { EdgeConfigSchema } from './schema.js';

/**
 * Every schema the edge node validates with at run time (config/compile.ts), each with a unique
 * `$id`: edge.yaml and its sections, the hub's answers, control's commands and the chamber
 * states it reports. build.mjs compiles exactly these into the deployed bundle, so a schema
 * missing here fails loudly there (and in this list's test), never silently on a Pi.
 */
export async function runtimeSchemas(): Promise<TSchema[]> {
  const platforms = await loadPlatforms(PLATFORM_NAMES);
  return [
    EdgeConfigSchema,
    ControlSchema,
    ...[...platforms.values()].map((p) => p.schema),
    IngestAck,
    DeviceConfig,
    PairResponse,
    CHAMBER_STATES,
    ...CONTROL_COMMAND_SCHEMAS,
  ];
}
