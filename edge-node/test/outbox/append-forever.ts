// Child process of the kill -9 test: appends ticks forever, printing the last committed seq
// after each commit. The parent kills it with SIGKILL mid-stream.
import { Outbox } from '../../src/outbox/outbox.js';

const box = Outbox.open(process.argv[2]!, 0);
for (let ts = 1_763_800_000_000; ; ts += 1000) {
  const rows = box.append(
    ['a', 'b', 'c'].map((channel) => ({ channel, ts, value: 1, status: 'ok' as const })),
  );
  process.stdout.write(`${rows[rows.length - 1]!.seq}\n`);
  if (ts % 50_000 === 0) await new Promise((r) => setImmediate(r));
}
