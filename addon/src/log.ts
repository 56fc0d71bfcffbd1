import { pino, type Logger } from 'pino';

/** The hub's one logger; modules take a namespaced child (`hub:store`, `hub:ingest`, …). */
export type Log = Logger;

/**
 * Creates the root logger. JSON lines by default (the add-on log and any collector read them);
 * `pretty` is for a person at a terminal (`npm start`). Bearer tokens never reach a log line:
 * the redact paths cover every place a request's credentials could appear.
 */
export function createLogger(level: string, pretty = false): Log {
  return pino({
    level,
    base: undefined,
    redact: {
      paths: [
        'req.headers.authorization',
        'token',
        '*.token',
        'admin_token',
        'headers.authorization',
      ],
      censor: '[redacted]',
    },
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' },
          },
        }
      : {}),
  });
}

/** A child logger for one module, named like `hub:store`. */
export function child(log: Log, ns: string): Log {
  return log.child({ ns });
}
