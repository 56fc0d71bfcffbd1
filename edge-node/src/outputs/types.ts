import { EdgeError } from '../errors.js';

/**
 * One relay output: a line of a GPIO chip. `activeLow` is for the common opto-isolated relay
 * boards that switch on when the pin is pulled low; the rest of the edge only ever speaks of
 * *active* (relay energised) and *inactive*.
 */
export interface OutputSpec {
  /** GPIO chip as the kernel names it, e.g. `gpiochip0` (or its path `/dev/gpiochip0`). */
  chip: string;
  /** Line offset on that chip, e.g. 17 for GPIO17 on a Raspberry Pi. */
  line: number;
  /** The relay is energised when the line is low. */
  activeLow: boolean;
}

/** A requested output line. Only one owner holds a line at a time. */
export interface OutputPin {
  /** Label used in logs, e.g. `gpiochip0:17`. */
  readonly label: string;
  /** Last state successfully written: `true` when the relay is energised. */
  readonly active: boolean;
  /** Drives the line. Rejects with an {@link OutputError} when the line cannot be driven. */
  set(active: boolean): Promise<void>;
  /**
   * Best effort, synchronous drive to inactive, for `process.on('exit')` and signal handlers
   * where no promise will ever settle.
   */
  forceInactiveSync(): void;
  /** Drives the line inactive and releases it. */
  close(): Promise<void>;
}

/**
 * How output lines are reached: the GPIO character device on a Pi, an emulated pin in tests.
 * The control code talks only to this interface (the ESPHome transport idea, for outputs).
 */
export interface OutputTransport {
  /** Short name for logs and `status`: `gpiod`, `emulated`. */
  readonly name: string;
  /**
   * Requests the line as an output, driven *inactive* from the first instant: outputs start in
   * the safe state, whatever the relay did before the edge started.
   */
  open(spec: OutputSpec): Promise<OutputPin>;
}

/** A line could not be requested or driven (busy line, no chip, missing `gpioset`). */
export class OutputError extends EdgeError {}

/** `gpiochip0:17`, the name of an output in logs. */
export function outputLabel(spec: OutputSpec): string {
  return `${spec.chip.replace(/^\/dev\//, '')}:${spec.line}`;
}

/** The electrical level for a logical state: active-low lines are 0 when active. */
export function physicalLevel(spec: Pick<OutputSpec, 'activeLow'>, active: boolean): 0 | 1 {
  return active !== spec.activeLow ? 1 : 0;
}
