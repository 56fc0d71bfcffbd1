// Test-only preload (`node --import`): moves the process's clock forward by
// BREWPIT_TEST_CLOCK_OFFSET_MS, so a test can show what a hub does after a long outage without
// waiting for it. Only `Date.now()` moves (what the hub reads its time from).
const offset = Number(process.env.BREWPIT_TEST_CLOCK_OFFSET_MS ?? 0);
if (offset) {
  const real = Date.now;
  Date.now = () => real() + offset;
}
