/**
 * Errors the edge node throws. Every one carries a stable `code` so callers branch on the
 * code, never on the message, and logs stay greppable.
 */
export class EdgeError extends Error {
  /** Stable machine-readable code, e.g. `wrong_chip_id`, `i2c_error`, `bad_crc`. */
  readonly code: string;

  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/**
 * A sensor cannot work until something changes on the hardware (wrong chip at the address,
 * no device file): `setup()` throws it and the sampler retries setup only occasionally.
 */
export class SensorSetupError extends EdgeError {}

/** One poll failed (bus glitch, bad CRC, timeout): a warning and no value this time. */
export class SensorReadError extends EdgeError {}

/** `edge.yaml` is malformed or invalid; `issues` lists every problem with its line. */
export class ConfigError extends EdgeError {
  readonly issues: readonly string[];

  constructor(issues: readonly string[], file: string) {
    super('invalid_config', `Invalid configuration in ${file}:\n${issues.join('\n')}`);
    this.issues = issues;
  }
}

/** The hub answered with an error status; `status` and `problem` carry its answer. */
export class HubError extends EdgeError {
  readonly status: number;
  readonly problem: HubProblem | undefined;

  constructor(status: number, problem: HubProblem | undefined, what: string) {
    const detail = problem?.detail ?? problem?.title ?? `HTTP ${status}`;
    super(`http_${status}`, `${what}: hub answered ${status}: ${detail}`);
    this.status = status;
    this.problem = problem;
  }
}

/** The body of an `application/problem+json` answer, as far as the edge reads it. */
export interface HubProblem {
  title?: string;
  detail?: string;
  status?: number;
  errors?: { path: string; message: string }[];
}

/** Error message of anything thrown, for logs and reading statuses. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** `code` of anything thrown, or `undefined`. */
export function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
