import { pino, type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

/**
 * Creates the root logger. JSON lines on stderr by default (journald keeps them), so stdout
 * stays free for CLI output. `BREWPIT_LOG_PRETTY=1` (set by `npm start`) prints for a person
 * at a terminal instead.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const level = process.env['BREWPIT_LOG_LEVEL'] ?? process.env['LOG_LEVEL'] ?? 'info';
  if (process.env['BREWPIT_LOG_PRETTY'] === '1') {
    return pino({
      level,
      ...options,
      transport: {
        target: 'pino-pretty',
        options: { destination: 2, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss', messageKey: 'msg' },
      },
    });
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
