import type { IngestBatch } from '@brewpit/protocol';

/** A command result as a batch's `command_results` carries it (no `result` details). */
export type BatchCommandResult = NonNullable<IngestBatch['command_results']>[number];

/** The protocol's limit of `command_results` per batch. */
const PER_BATCH = 100;

/**
 * Results of commands whose direct acknowledgement failed (hub busy, network down): they ride
 * in the next batches instead, so the hub learns every outcome exactly once.
 */
export class CommandResultQueue {
  private readonly queue: BatchCommandResult[] = [];

  /** Queues a result; a second one for the same command is ignored. */
  push(result: BatchCommandResult): void {
    if (!this.queue.some((r) => r.id === result.id)) this.queue.push(result);
  }

  /** Takes as many results as one batch may carry. */
  take(): BatchCommandResult[] {
    return this.queue.splice(0, PER_BATCH);
  }

  get size(): number {
    return this.queue.length;
  }
}
