import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

/**
 * Creates the root logger. JSON lines on stderr by default (journald keeps them), so stdout
 * stays free for CLI output. `BREWPIT_LOG_PRETTY=1` (set by `npm start`) prints for a person
 * at a terminal instead.
 *
 * pino-pretty runs as a stream in this thread rather than as a pino transport: a transport is
 * a worker thread (several MB more on a Pi) whose files pino finds next to its own, which the
 * bundled CLI (build.mjs) does not ship. It is loaded only when asked for.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const level = process.env['BREWPIT_LOG_LEVEL'] ?? process.env['LOG_LEVEL'] ?? 'info';
  if (process.env['BREWPIT_LOG_PRETTY'] === '1') {
    const pretty = createRequire(import.meta.url)('pino-pretty') as (
      o: Record<string, unknown>,
    ) => DestinationStream;
    return pino(
      { level, ...options },
      pretty({
        destination: 2,
        ignore: 'pid,hostname',
        translateTime: 'SYS:HH:MM:ss',
        messageKey: 'msg',
      }),
    );
  }
  return pino({ level, ...options }, pino.destination({ fd: 2, sync: false }));
}

/** A child logger for one module, named like `edge:uplink`. */
export function moduleLogger(root: Logger, name: string): Logger {
  return root.child({ name });
}

/** A logger that discards everything, for tests and in-process use without logs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
