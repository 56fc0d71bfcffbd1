import { once } from 'node:events';
import type { Request, Response } from 'express';
import type { HubContext } from '../context.js';
import { HttpProblem } from '../http/problem.js';
import type { Change } from '../store/index.js';

/** How often a caught-up stream looks for new changes: a reading is pushed within this. */
export const STREAM_POLL_MS = 100;
/** A caught-up stream sends a `head` event this often, so a client tells a quiet hub from a dead link. */
export const STREAM_HEARTBEAT_MS = 1000;
/** Changes read per page while a stream catches up. */
const STREAM_PAGE = 500;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The cursor a stream starts after: `Last-Event-ID` (a resume), else `?cursor`, else now. */
export function streamStart(ctx: HubContext, req: Request, cursor?: number): number {
  const last = req.headers['last-event-id'];
  const resume = typeof last === 'string' && last !== '';
  if (resume && !/^\d{1,15}$/.test(last))
    throw new HttpProblem(400, 'Bad request', 'Last-Event-ID must be a change id (an integer)');
  // Armed before "now" is read: a stream started without a cursor follows from the arming on.
  ctx.services.replication.arm();
  if (resume) return Number(last);
  return cursor ?? ctx.store.replication.head();
}

/** An SSE frame of one change: its id is the change's cursor, so a reconnect resumes after it. */
const frame = (c: Change) =>
  `id: ${c.id}\nevent: change\ndata: ${JSON.stringify({ id: c.id, table: c.table, op: c.op, row: c.row })}\n\n`;

/**
 * Serves `GET /stream`: every change after `cursor`, from the changes feed, in order, then new
 * ones as they are committed. Because events are read from the durable log (not from the bus),
 * a client that resumes with `Last-Event-ID` gets exactly the changes after the last one it
 * saw: none missed, none twice. A slow client is paced by TCP (the next page is read only once
 * the previous one was taken); one the log's trim overtakes gets a `gone` event and the end.
 */
export async function serveStream(
  ctx: HubContext,
  req: Request,
  res: Response,
  start: number,
  tables: Set<string> | null,
): Promise<void> {
  const first = ctx.store.replication.changes(start, 1);
  if ('gone' in first)
    throw new HttpProblem(
      410,
      'Gone',
      `Cursor ${start} is older than the oldest change kept (${first.oldest}): start again from GET /api/v1/export`,
    );
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.write(`retry: 1000\n\n`);
  let closed = false;
  req.once('close', () => (closed = true));
  let cursor = start;
  let quietSince = 0;
  // A hub that stops closes its server first and waits for requests in flight: a stream is one
  // that would never finish, so it ends as soon as its server stops listening.
  const server = (req.socket as { server?: { listening?: boolean } }).server;
  while (!closed && !res.destroyed && server?.listening !== false) {
    const page = ctx.store.replication.changes(cursor, STREAM_PAGE);
    if ('gone' in page) {
      res.end(`event: gone\ndata: ${JSON.stringify({ cursor, oldest: page.oldest })}\n\n`);
      return;
    }
    let chunk = '';
    for (const c of page.changes) if (!tables || tables.has(c.table)) chunk += frame(c);
    cursor = page.next;
    if (chunk && !res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
    if (page.changes.length === STREAM_PAGE) continue;
    const now = Date.now();
    if (chunk) quietSince = now;
    else if (now - quietSince >= STREAM_HEARTBEAT_MS) {
      quietSince = now;
      res.write(`event: head\ndata: ${JSON.stringify({ head: page.head, at: now })}\n\n`);
    }
    await sleep(STREAM_POLL_MS);
  }
  res.end();
}
