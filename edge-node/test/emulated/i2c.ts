import type { I2cBus } from '../../src/bus/i2c.js';

/** A chip on the emulated bus: register reads and writes with auto-increment. */
export interface EmulatedChip {
  read(register: number, length: number): Buffer;
  write(register: number, data: Buffer): void;
}

/**
 * An I²C bus holding emulated chips, implementing the same interface as the real adapter.
 * `failNext(n)` makes the next n transfers fail like a disturbed bus (EREMOTEIO).
 */
export class EmulatedI2cBus implements I2cBus {
  readonly chips = new Map<number, EmulatedChip>();
  private failures = 0;
  transfers = 0;

  attach(address: number, chip: EmulatedChip): this {
    this.chips.set(address, chip);
    return this;
  }

  failNext(n = 1): void {
    this.failures = n;
  }

  private chip(address: number): EmulatedChip {
    this.transfers++;
    if (this.failures > 0) {
      this.failures--;
      throw Object.assign(new Error('Remote I/O error'), { code: 'EREMOTEIO' });
    }
    const chip = this.chips.get(address);
    if (!chip)
      throw Object.assign(new Error(`no ACK at 0x${address.toString(16)}`), { code: 'EREMOTEIO' });
    return chip;
  }

  async readBlock(address: number, register: number, length: number): Promise<Buffer> {
    return this.chip(address).read(register, length);
  }

  async writeBlock(address: number, register: number, data: Buffer): Promise<void> {
    this.chip(address).write(register, data);
  }

  async scan(): Promise<number[]> {
    return [...this.chips.keys()].sort((a, b) => a - b);
  }

  async close(): Promise<void> {}
}

/** A chip with a plain 256-byte register file; subclasses react to writes. */
export class RegisterFile implements EmulatedChip {
  readonly regs = Buffer.alloc(256);

  read(register: number, length: number): Buffer {
    return Buffer.from(this.regs.subarray(register, register + length));
  }

  write(register: number, data: Buffer): void {
    data.copy(this.regs, register);
    this.onWrite(register, data);
  }

  protected onWrite(_register: number, _data: Buffer): void {}
}
