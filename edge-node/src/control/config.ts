import path from 'node:path';
import { ConfigError } from '../errors.js';
import { formatPath, validateWith } from '../config/validate.js';
import { parseDuration } from '../config/units.js';
import type { OutputSpec } from '../outputs/types.js';
import {
  ControlSchema,
  MODES,
  PROTECTION_DEFAULTS,
  type ChamberSection,
  type ControlSection,
  type Mode,
  type ProfileDef,
} from './schema.js';

/** Protection times in milliseconds. */
export interface Protection {
  minCoolOffMs: number;
  minCoolOnMs: number;
  minHeatOffMs: number;
  minHeatOnMs: number;
  modeSwitchMs: number;
}

/** One chamber, resolved: durations in ms, paths absolute. */
export interface ChamberConfig {
  name: string;
  label: string;
  input: string;
  gravity: string | undefined;
  sensorTimeoutMs: number;
  heater: OutputSpec | undefined;
  cooler: OutputSpec | undefined;
  modes: readonly Mode[];
  mode: Mode;
  target: number;
  band: number;
  protection: Protection;
  stateFile: string;
}

/** The `control:` section, resolved. */
export interface ControlConfig {
  intervalMs: number;
  outputs: { transport: 'gpiod' | 'emulated'; gpioset: string };
  profiles: Record<string, ProfileDef>;
  chambers: ChamberConfig[];
}

/** Channel keys control publishes per chamber: `<name>_setpoint`, `<name>_heating` … */
export const CONTROL_CHANNEL_SUFFIXES = ['_setpoint', '_heating', '_cooling', '_step'] as const;

const seconds = (d: string | number): number => parseDuration(d) / 1000;

/** Checks one profile beyond the schema; each issue is `path: message`. */
export function checkProfile(p: ProfileDef, at: string): string[] {
  const issues: string[] = [];
  p.steps.forEach((s, i) => {
    const where = `${at}.steps[${i}]`;
    const last = i === p.steps.length - 1;
    if (s.type === 'ramp') {
      if (seconds(s.duration) <= 0)
        issues.push(`${where}.duration: a ramp needs a duration above 0`);
      return;
    }
    if (s.duration !== undefined && s.until)
      issues.push(`${where}: use either duration or until (until.max_duration caps a condition)`);
    if (s.until && s.until.gravity_below === undefined && s.until.attenuation_above === undefined) {
      issues.push(`${where}.until: needs gravity_below or attenuation_above`);
    }
    if (s.duration === undefined && !s.until && !last)
      issues.push(`${where}: only the last step may hold without duration or until`);
  });
  return issues;
}

function checkChamber(c: ChamberSection, at: string): string[] {
  const issues: string[] = [];
  if (!c.heater && !c.cooler) issues.push(`${at}: needs a heater, a cooler or both`);
  const modes = c.modes ?? [];
  for (const m of modes) {
    if ((m === 'heat' || m === 'auto') && !c.heater)
      issues.push(`${at}.modes: '${m}' needs a heater`);
    if ((m === 'cool' || m === 'auto') && !c.cooler)
      issues.push(`${at}.modes: '${m}' needs a cooler`);
  }
  if (c.modes && !c.modes.includes(c.mode)) issues.push(`${at}.mode: '${c.mode}' is not in modes`);
  if (!c.allow_short_protection) {
    for (const [key, min] of Object.entries(PROTECTION_DEFAULTS)) {
      const v = seconds(c.protection[key as keyof typeof PROTECTION_DEFAULTS]);
      if (v < min)
        issues.push(
          `${at}.protection.${key}: ${v} s is below the safe ${min} s (set allow_short_protection to override)`,
        );
    }
  }
  return issues;
}

/** Checks what the schema cannot express; each issue is `path: message`. */
export function checkControl(s: ControlSection, prefix = 'control'): string[] {
  const issues: string[] = [];
  const names = new Set<string>();
  const lines = new Map<string, string>();
  s.chambers.forEach((c, i) => {
    const at = `${prefix}.chambers[${i}]`;
    if (names.has(c.name)) issues.push(`${at}.name: '${c.name}' is used twice`);
    names.add(c.name);
    issues.push(...checkChamber(c, at));
    for (const role of ['heater', 'cooler'] as const) {
      const o = c[role];
      if (!o) continue;
      const id = `${o.chip.replace(/^\/dev\//, '')}:${o.line}`;
      const other = lines.get(id);
      if (other) issues.push(`${at}.${role}: line ${id} is already used by ${other}`);
      lines.set(id, `${c.name}.${role}`);
    }
  });
  for (const [name, p] of Object.entries(s.profiles))
    issues.push(...checkProfile(p, `${prefix}.profiles.${name}`));
  return issues;
}

function defaultModes(c: ChamberSection): Mode[] {
  return MODES.filter((m) => (m !== 'heat' && m !== 'auto') || c.heater).filter(
    (m) => (m !== 'cool' && m !== 'auto') || c.cooler,
  );
}

function outputSpec(o: ChamberSection['heater']): OutputSpec | undefined {
  return o ? { chip: o.chip, line: o.line, activeLow: o.active_low } : undefined;
}

/** Converts a validated, checked section into the runtime configuration. */
export function resolveControl(s: ControlSection, baseDir: string): ControlConfig {
  const stateDir = path.resolve(baseDir, s.state_dir);
  const ms = (d: string | number): number => parseDuration(d);
  return {
    intervalMs: ms(s.interval),
    outputs: { transport: s.outputs.transport, gpioset: s.outputs.gpioset },
    profiles: s.profiles,
    chambers: s.chambers.map((c) => ({
      name: c.name,
      label: c.label ?? c.name,
      input: c.input,
      gravity: c.gravity,
      sensorTimeoutMs: ms(c.sensor_timeout),
      heater: outputSpec(c.heater),
      cooler: outputSpec(c.cooler),
      modes: c.modes ?? defaultModes(c),
      mode: c.mode,
      target: c.target,
      band: c.band,
      protection: {
        minCoolOffMs: ms(c.protection.min_cool_off),
        minCoolOnMs: ms(c.protection.min_cool_on),
        minHeatOffMs: ms(c.protection.min_heat_off),
        minHeatOnMs: ms(c.protection.min_heat_on),
        modeSwitchMs: ms(c.protection.mode_switch),
      },
      stateFile: c.state_file
        ? path.resolve(baseDir, c.state_file)
        : path.join(stateDir, `${c.name}.json`),
    })),
  };
}

/**
 * Validates a raw `control:` section (defaults applied in place on a copy), checks it and
 * resolves it. Throws a {@link ConfigError} listing every problem as `path: message`.
 */
export function parseControl(raw: unknown, baseDir: string, file = 'edge.yaml'): ControlConfig {
  const data = structuredClone(raw);
  const invalid = validateWith(ControlSchema, data, ['control']);
  if (invalid.length) {
    throw new ConfigError(
      invalid.map((i) => `${formatPath(i.path)}: ${i.message}`),
      file,
    );
  }
  const section = data as ControlSection;
  const issues = checkControl(section);
  if (issues.length) throw new ConfigError(issues, file);
  return resolveControl(section, baseDir);
}
