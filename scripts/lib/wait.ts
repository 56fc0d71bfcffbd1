// Waiting, once for the whole repository: the Home Assistant harness, the test suites (through
// test/support) and the benches all poll with this one waitFor. It lives here rather than in
// test/ because scripts/ha is a tool for people too and must not depend on test code.

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface WaitOptions {
  /** Give up after this long; default 30 s. */
  timeoutMs?: number;
  /** Pause between two calls of the probe; default 100 ms. */
  intervalMs?: number;
}

/**
 * Thrown by a waitFor probe to stop waiting at once, e.g. when the process it waits for has
 * exited: waiting out the timeout could not change the answer.
 */
export class GiveUp extends Error {}

/**
 * Calls `probe` until it returns a value (anything but `undefined`, `null` or `false`) and
 * resolves to that value. A probe that throws counts as "not yet" (a server still starting
 * refuses connections), and its error is kept: when `timeoutMs` runs out the rejection names
 * `what`, the time waited and that last error. A GiveUp thrown by the probe rejects at once.
 * The probe is always called at least once, and once more after the deadline, so a slow probe
 * cannot make the wait fail without a last look.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  { timeoutMs = 30_000, intervalMs = 100 }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    const expired = Date.now() >= deadline;
    try {
      const v = await probe();
      if (v !== undefined && v !== null && v !== false) return v;
    } catch (e) {
      if (e instanceof GiveUp) throw new Error(`gave up waiting for ${what}: ${e.message}`);
      lastError = e;
    }
    if (expired) {
      const last = lastError === undefined ? '' : `; last error: ${describe(lastError)}`;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last}`);
    }
    await sleep(Math.min(intervalMs, Math.max(0, deadline - Date.now())));
  }
}

function describe(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  // fetch() hides the reason (ECONNREFUSED …) in `cause`.
  const cause = e.cause instanceof Error ? ` (${e.cause.message})` : '';
  return `${e.message}${cause}`;
}
