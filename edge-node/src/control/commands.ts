import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { ChamberParams, ChamberTargetParams, type Command } from '@brewpit/protocol';
import { checker, type Checked, type Issue } from '../config/validate.js';
import type { Logger } from '../log.js';
import { StringEnum } from '../sensors/common.js';
import type { Chamber, CommandRecord } from './chamber.js';
import { checkProfile } from './config.js';
import { ChamberName, MODES, ProfileSchema, type ProfileDef } from './schema.js';

/**
 * Parameters of `set_mode`: the protocol's `ChamberModeParams`, with the modes as one enum so
 * a wrong mode reads "must be one of …", not four literal mismatches.
 */
const SetModeParams = Type.Object(
  { chamber: ChamberName, mode: StringEnum(MODES) },
  { additionalProperties: false, $id: 'edge.control.set_mode' },
);
/** Parameters of `start_profile`: a profile named in `edge.yaml`, or a whole profile. */
const StartProfileParams = Type.Object(
  { chamber: ChamberName, profile: Type.Union([ChamberName, ProfileSchema]) },
  { additionalProperties: false, $id: 'edge.control.start_profile' },
);

/**
 * The command types control handles, with their parameter schemas (each with a `$id`, so the
 * deployed bundle can carry its validator precompiled: config/compile.ts).
 */
const CONTROL_COMMANDS = {
  set_target: Type.Object(ChamberTargetParams.properties, {
    additionalProperties: false,
    $id: 'edge.control.set_target',
  }),
  set_mode: SetModeParams,
  start_profile: StartProfileParams,
  stop_profile: Type.Object(ChamberParams.properties, {
    additionalProperties: false,
    $id: 'edge.control.stop_profile',
  }),
} as const satisfies Record<string, TSchema>;
/** The parameter schemas of control's commands (for config/schemas.ts). */
export const CONTROL_COMMAND_SCHEMAS: readonly TSchema[] = Object.values(CONTROL_COMMANDS);
/** A command type control handles. */
type ControlCommandType = keyof typeof CONTROL_COMMANDS;

/** Result of a command, the shape `command_results` carries. */
export interface CommandResult {
  id: string;
  ok: boolean;
  message: string;
}

const validators = Object.fromEntries(
  Object.entries(CONTROL_COMMANDS).map(([type, schema]) => [type, checker(schema)]),
) as {
  [K in ControlCommandType]: (d: unknown) => Checked<Static<(typeof CONTROL_COMMANDS)[K]>>;
};

/** Whether `type` is one of the control commands. */
export function isControlCommand(type: string): type is ControlCommandType {
  return Object.hasOwn(CONTROL_COMMANDS, type);
}

function invalid(issues: Issue[]): string {
  const lines = issues.map((i) => (i.path.length ? `/${i.path.join('/')}: ` : '') + i.message);
  return `invalid params: ${lines.join('; ')}`.slice(0, 500);
}

/**
 * Applies control commands from the hub's queue, idempotently: a command id already applied
 * (recorded in the chamber's state file, so also across restarts) is answered with the
 * recorded result and not applied again. A command that fails validation changes nothing, so
 * answering it again the same way is idempotent without a record. Commands run one at a time
 * in arrival order.
 */
export class CommandHandler {
  private chain: Promise<unknown> = Promise.resolve();
  private readonly inFlight = new Map<string, Promise<CommandResult>>();

  constructor(
    private readonly chambers: ReadonlyMap<string, Chamber>,
    private readonly profiles: Readonly<Record<string, ProfileDef>>,
    private readonly log: Logger,
    /** Called after a command changed a chamber, to act on it at once (not at the next tick). */
    private readonly changed: (chamber: Chamber) => Promise<void> = async () => undefined,
  ) {}

  /** Handles commands in order; returns one result per command. */
  async handleAll(
    commands: readonly Pick<Command, 'id' | 'type' | 'params'>[],
  ): Promise<CommandResult[]> {
    const out: CommandResult[] = [];
    for (const c of commands) out.push(await this.handle(c));
    return out;
  }

  /** Handles one command. Never throws: every failure is a result with `ok: false`. */
  handle(cmd: Pick<Command, 'id' | 'type' | 'params'>): Promise<CommandResult> {
    const running = this.inFlight.get(cmd.id);
    if (running) return running;
    const p = this.chain.then(() => this.apply(cmd)).finally(() => this.inFlight.delete(cmd.id));
    this.inFlight.set(cmd.id, p);
    this.chain = p.catch(() => undefined);
    return p;
  }

  private recall(id: string): CommandRecord | undefined {
    for (const c of this.chambers.values()) {
      const r = c.recall(id);
      if (r) return r;
    }
    return undefined;
  }

  private async apply(cmd: Pick<Command, 'id' | 'type' | 'params'>): Promise<CommandResult> {
    const seen = this.recall(cmd.id);
    if (seen) {
      this.log.debug(`Command ${cmd.id} (${cmd.type}) was applied before: answering again`);
      return { id: cmd.id, ok: seen.ok, message: seen.message };
    }
    const fail = (message: string): CommandResult => {
      this.log.warn(`Command ${cmd.id} (${cmd.type}) rejected: ${message}`);
      return { id: cmd.id, ok: false, message };
    };
    if (!isControlCommand(cmd.type)) return fail(`unsupported command type '${cmd.type}'`);
    const v = validators[cmd.type](cmd.params);
    if (!v.ok) return fail(invalid(v.issues));
    const chamber = this.chambers.get(v.value.chamber);
    if (!chamber)
      return fail(
        `unknown chamber '${v.value.chamber}' (known: ${[...this.chambers.keys()].join(', ')})`,
      );
    const result = this.mutate(chamber, cmd.type, v.value);
    if ('error' in result) return fail(result.error);
    const rec = await chamber.record(cmd.id, true, result.message);
    this.log.info(`Command ${cmd.id}: ${result.message}`);
    await this.changed(chamber);
    return { id: rec.id, ok: rec.ok, message: rec.message };
  }

  private mutate(
    chamber: Chamber,
    type: ControlCommandType,
    params: unknown,
  ): { message: string } | { error: string } {
    switch (type) {
      case 'set_target':
        return {
          message: chamber.setTarget((params as Static<typeof ChamberTargetParams>).target),
        };
      case 'set_mode': {
        const { mode } = params as Static<typeof SetModeParams>;
        if (!chamber.cfg.modes.includes(mode)) {
          return {
            error: `mode '${mode}' is not available on '${chamber.cfg.name}' (allowed: ${chamber.cfg.modes.join(', ')})`,
          };
        }
        return { message: chamber.setMode(mode) };
      }
      case 'start_profile':
        return this.startProfile(chamber, (params as Static<typeof StartProfileParams>).profile);
      case 'stop_profile':
        return { message: chamber.stopProfile() };
    }
  }

  private startProfile(
    chamber: Chamber,
    ref: string | ProfileDef,
  ): { message: string } | { error: string } {
    let def: ProfileDef & { name: string };
    if (typeof ref === 'string') {
      const found = this.profiles[ref];
      if (!found)
        return {
          error: `unknown profile '${ref}' (known: ${Object.keys(this.profiles).join(', ') || 'none'})`,
        };
      def = { ...found, name: ref };
    } else {
      const issues = checkProfile(ref, 'params.profile');
      if (issues.length) return { error: `invalid profile: ${issues.join('; ')}`.slice(0, 500) };
      def = { ...ref, name: ref.name ?? 'custom' };
    }
    return { message: chamber.startProfile(def) };
  }
}
