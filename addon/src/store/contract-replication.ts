import type { ApiTokenRow } from './api-tokens.js';
import type { Change, ChangePage } from './changelog.js';
import type { MintedToken } from './contract-support.js';
import type { ImportResult } from './import.js';

export type { ApiTokenRow, Change, ChangePage, ImportResult };

/**
 * Replication's part of the store contract: the change log every committed write lands in,
 * a consistent full export, an import into an empty store, and a replica's bookkeeping.
 * A cursor is the id of a change: changes after it are exactly what was committed after it,
 * in commit order, and it stays valid across restarts until the log is trimmed past it.
 * The log records nothing until it is armed (it costs ingest time); a cursor older than the
 * arming is `gone`.
 */
export interface ReplicationStore {
  /** The newest change's id: the cursor of "now". */
  head(): number;
  /** Starts logging changes (durably, once); returns the cursor of the arming. */
  arm(): number;
  /** Whether changes are being logged. */
  armed(): boolean;
  /** Changes after `cursor`, or `gone` when the log was trimmed past it or not armed then. */
  changes(cursor: number, limit: number): ChangePage;
  /** Keeps the newest `keep` changes; returns how many went. */
  trim(keep: number): number;
  /** Arms the log, then every replicated row as NDJSON lines from one snapshot, constant memory. */
  exportLines(hubVersion: string): AsyncGenerator<string>;
  /** An importer for an export's lines (parsed); see `SqliteImporter`. */
  importer(): Importer;
  /** Applies another hub's changes with the new cursor, in one transaction. */
  applyChanges(changes: readonly Change[], cursor: number): void;
  /** The source cursor a replica has applied up to, or null before its first full import. */
  replicaCursor(): number | null;
}

/** Loads an export line by line. */
export interface Importer {
  isEmpty(): boolean;
  wipe(): void;
  line(value: unknown): void;
  /** Commits what is left; `then` runs in the same transaction. */
  finish(then?: (r: ImportResult) => void): ImportResult;
}

/** Read-only API tokens. */
export interface ApiTokenStore {
  /** A new token id, its secret and the secret's hash, for `create` (see `MintedToken`). */
  mintSecret(): Promise<MintedToken>;
  create(name: string, now?: number, secret?: MintedToken): { token: string; row: ApiTokenRow };
  list(): ApiTokenRow[];
  revoke(id: string, now?: number): boolean;
  authenticate(token: string): Promise<string | null>;
}
