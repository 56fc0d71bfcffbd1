import { open, mkdir, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { EdgeError, errorMessage } from '../errors.js';

/** A state file is unreadable or not ours. */
class StateFileError extends EdgeError {}

/**
 * A small JSON document written atomically: write a temp file beside it, fsync it, rename it
 * over the old one, fsync the directory. A crash or power cut at any point leaves either the
 * old or the new document, never a torn one (rename is atomic on the same filesystem; the
 * directory fsync makes the rename itself durable on ext4 and f2fs).
 *
 * Writes are serialised and coalesced: while one write is in flight, later saves only keep the
 * newest document, so a burst of commands costs at most two writes. All I/O is async.
 */
export class JsonFile<T> {
  private pending: T | undefined;
  private writing: Promise<void> | undefined;

  constructor(readonly file: string) {}

  /** The stored document, or `undefined` when there is none yet. */
  async load(): Promise<T | undefined> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new StateFileError(
        'state_unreadable',
        `Failed to read '${this.file}': ${errorMessage(err)}`,
      );
    }
    try {
      return JSON.parse(text) as T;
    } catch (err) {
      throw new StateFileError(
        'state_corrupt',
        `Failed to parse '${this.file}': ${errorMessage(err)}`,
      );
    }
  }

  /** Stores `doc`; resolves once it (or a newer document) is durable. */
  save(doc: T): Promise<void> {
    this.pending = doc;
    this.writing ??= this.drain().finally(() => (this.writing = undefined));
    return this.writing;
  }

  private async drain(): Promise<void> {
    while (this.pending !== undefined) {
      const doc = this.pending;
      this.pending = undefined;
      await this.write(doc);
    }
  }

  private async write(doc: T): Promise<void> {
    const dir = path.dirname(this.file);
    const tmp = `${this.file}.${process.pid}.tmp`;
    await mkdir(dir, { recursive: true });
    try {
      const fh = await open(tmp, 'w', 0o644);
      try {
        await fh.writeFile(`${JSON.stringify(doc, null, 1)}\n`);
        await fh.sync();
      } finally {
        await fh.close();
      }
      await rename(tmp, this.file);
    } catch (err) {
      await unlink(tmp).catch(() => undefined);
      throw new StateFileError(
        'state_write_failed',
        `Failed to write '${this.file}': ${errorMessage(err)}`,
      );
    }
    const dh = await open(dir, 'r');
    try {
      await dh.sync();
    } finally {
      await dh.close();
    }
  }
}
