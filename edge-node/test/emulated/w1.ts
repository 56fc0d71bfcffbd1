import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fake `/sys/bus/w1/devices` tree in a temp dir. */
export class EmulatedW1Tree {
  readonly root = mkdtempSync(join(tmpdir(), 'brewpit-w1-'));

  /** Writes a w1_slave file as the kernel's w1-therm driver formats it. */
  set(id: string, milli: number, crcOk = true): void {
    mkdirSync(join(this.root, id), { recursive: true });
    const raw = Math.round((milli / 1000) * 16) & 0xffff;
    const bytes = `${(raw & 0xff).toString(16).padStart(2, '0')} ${(raw >> 8).toString(16).padStart(2, '0')} 4b 46 7f ff 0c 10 1c`;
    writeFileSync(
      join(this.root, id, 'w1_slave'),
      `${bytes} : crc=1c ${crcOk ? 'YES' : 'NO'}\n${bytes} t=${milli}\n`,
    );
  }

  remove(id: string): void {
    rmSync(join(this.root, id), { recursive: true, force: true });
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
