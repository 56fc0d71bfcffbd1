import type { ErrorRequestHandler, Request, Response } from 'express';
import { API_PREFIX, PROBLEM_CONTENT_TYPE, type FieldError } from '@brewpit/protocol';
import { Refused, type RefusalKind } from '../errors.js';
import type { Log } from '../log.js';
import { IngestRejected, StoreRejected } from '../store/index.js';

/** An HTTP error carrying problem+json fields; thrown by handlers, rendered by `problemHandler`. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? title);
  }
}

/** HTTP status of each kind of refusal a service may throw. */
const REFUSAL_STATUS: Record<RefusalKind, number> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  too_many: 429,
};

/** The problem an error thrown by a service or the store stands for, or null when it is a fault. */
function asProblem(err: unknown): HttpProblem | null {
  if (err instanceof HttpProblem) return err;
  if (err instanceof Refused)
    return new HttpProblem(REFUSAL_STATUS[err.kind], err.title, err.message, err.errors);
  if (err instanceof StoreRejected)
    return new HttpProblem(422, 'Unprocessable request', err.message, err.errors);
  if (err instanceof IngestRejected)
    return new HttpProblem(err.status, err.title, err.message, err.errors);
  return null;
}

/** Writes an RFC 9457 problem body. */
function sendProblem(res: Response, p: HttpProblem): void {
  res
    .status(p.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(
      JSON.stringify({
        type: `https://brewpit.dev/problems/${p.title.toLowerCase().replace(/[^a-z]+/g, '-')}`,
        title: p.title,
        status: p.status,
        ...(p.detail ? { detail: p.detail } : {}),
        ...(p.errors ? { errors: p.errors } : {}),
      }),
    );
}

/** body-parser's error types, mapped to what the client did wrong. */
const PARSER_ERRORS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'Malformed JSON', 'The body is not valid JSON'],
  'entity.too.large': [413, 'Payload too large', 'The body is larger than the hub accepts'],
  'encoding.unsupported': [
    415,
    'Unsupported encoding',
    'Content-Encoding must be gzip, deflate or identity',
  ],
  'charset.unsupported': [415, 'Unsupported charset', 'The body must be UTF-8'],
  'request.aborted': [400, 'Request aborted', 'The client closed the request early'],
  'request.size.invalid': [
    400,
    'Bad request size',
    'The body is shorter or longer than Content-Length says',
  ],
  'stream.encoding.set': [500, 'Internal error', 'Stream encoding set'],
};

/**
 * The path of a request as it may be logged: the route pattern when one matched, else the path
 * with anything shaped like a token masked, and never the query string. Hydrometer senders put
 * their gateway token in the path or the query, so the raw URL is a secret.
 */
export function loggablePath(req: Request): string {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof pattern === 'string') return `${API_PREFIX}${pattern}`;
  return req.originalUrl
    .split('?')[0]!
    .replace(/(\/compat\/[^/]+\/)[^/]+/, '$1<token>')
    .replace(/bp[adg]_[A-Za-z0-9_-]*/g, '<token>');
}

/**
 * The last middleware: every error becomes problem+json. Anything not recognised as the
 * client's fault is logged with its stack and answered 500 without internals.
 */
export function problemHandler(log: Log): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    if (res.headersSent) return;
    const problem = asProblem(err);
    if (problem) return sendProblem(res, problem);
    const type = (err as { type?: string }).type;
    const known = type ? PARSER_ERRORS[type] : undefined;
    if (known && known[0] < 500)
      return sendProblem(res, new HttpProblem(known[0], known[1], known[2]));
    const status = (err as { status?: number }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return sendProblem(res, new HttpProblem(status, 'Bad request', (err as Error).message));
    }
    log.error({ err, method: req.method, path: loggablePath(req) }, 'Request failed');
    sendProblem(
      res,
      new HttpProblem(500, 'Internal error', 'The hub failed to handle the request; see its log'),
    );
  };
}
