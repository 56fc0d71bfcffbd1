/** One request/answer exchange with the hub. */
interface Sample {
  offset: number;
  rtt: number;
}

const KEEP = 8;

/**
 * Estimates how far the hub's clock is ahead of ours from `server_time` in ingest answers,
 * NTP style: the hub stamped its answer at about the midpoint of the round trip, so
 * `offset = server_time − (sent + received) / 2`. Of the last few exchanges the one with the
 * shortest round trip is trusted most (least queueing asymmetry). A Pi without an RTC that
 * booted without network gets correct timestamps as soon as it reaches the hub.
 */
export class ClockOffset {
  private samples: Sample[] = [];
  private current = 0;

  /** Records one exchange: local send and receive times and the hub's `server_time`. */
  observe(sentMs: number, receivedMs: number, serverTime: number): void {
    const rtt = Math.max(0, receivedMs - sentMs);
    this.samples.push({ offset: serverTime - (sentMs + receivedMs) / 2, rtt });
    if (this.samples.length > KEEP) this.samples.shift();
    const best = this.samples.reduce((a, b) => (b.rtt < a.rtt ? b : a));
    this.current = Math.round(best.offset);
  }

  /** Milliseconds to add to the local clock. */
  get offsetMs(): number {
    return this.current;
  }

  /** Local time corrected to the hub's clock. */
  now(local: number = Date.now()): number {
    return local + this.current;
  }
}
