import { Router } from 'express';
import type { HubContext } from '../context.js';
import { child } from '../log.js';
import { LOOPBACK } from './auth.js';
import { HttpProblem } from './problem.js';

/** SQLite's default: checkpoint when the WAL passes 1000 pages. */
const DEFAULT_AUTOCHECKPOINT = 1000;
/** A backup that never calls `post` must not hold checkpoints forever (the WAL would grow). */
const HOLD_LIMIT_MS = 30 * 60 * 1000;

/**
 * `POST /backup/pre` and `/backup/post`, called by the add-on's backup_pre/backup_post
 * commands inside the container, so only from loopback. `pre` folds the WAL into the database
 * file and holds automatic checkpoints: while the Supervisor copies the file, it does not
 * change, and new batches go on landing in the WAL, whose committed frames SQLite replays
 * after a restore. `post` resumes checkpoints.
 */
export function backupRouter(ctx: HubContext): Router {
  const log = child(ctx.log, 'hub:backup');
  const router = Router();
  let release: NodeJS.Timeout | null = null;
  const resume = () => {
    if (release) clearTimeout(release);
    release = null;
    ctx.store.db.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT}`);
  };
  router.use('/backup', (req, _res, next) => {
    if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
      return next(
        new HttpProblem(403, 'Forbidden', 'Backup hooks are only served to this machine'),
      );
    }
    next();
  });
  router.post('/backup/pre', (_req, res) => {
    ctx.store.db.pragma('wal_autocheckpoint = 0');
    const [result] = ctx.store.db.pragma('wal_checkpoint(TRUNCATE)') as {
      busy: number;
      log: number;
      checkpointed: number;
    }[];
    if (release) clearTimeout(release);
    release = setTimeout(() => {
      log.warn('Backup did not finish within 30 minutes; resuming WAL checkpoints');
      resume();
    }, HOLD_LIMIT_MS);
    release.unref();
    log.info({ result }, 'Database file consistent for backup; checkpoints held');
    res.json({ ok: result?.busy === 0 });
  });
  router.post('/backup/post', (_req, res) => {
    resume();
    log.info('Backup finished; checkpoints resumed');
    res.json({ ok: true });
  });
  return router;
}
