import { EdgeError } from '../errors.js';

/**
 * The I²C operations chip logic needs, with register addressing in the SMBus style. Real
 * hardware goes through {@link openI2cBus} (the `i2c-bus` package); tests plug in emulated
 * chips behind the same interface.
 */
export interface I2cBus {
  /** Reads `length` bytes starting at register `register` of the device at `address`. */
  readBlock(address: number, register: number, length: number): Promise<Buffer>;
  /** Writes bytes starting at register `register` (auto-increment, as Bosch and TI chips do). */
  writeBlock(address: number, register: number, data: Buffer): Promise<void>;
  /** Addresses that acknowledge a quick probe, for `brewpit-edge scan`. */
  scan(): Promise<number[]>;
  close(): Promise<void>;
}

/** An I²C device: a bus bound to one address, what a driver receives as its transport. */
export class I2cDevice {
  constructor(
    readonly bus: I2cBus,
    readonly address: number,
  ) {}

  async readByte(register: number): Promise<number> {
    const buf = await this.bus.readBlock(this.address, register, 1);
    return buf[0] ?? 0;
  }

  readBlock(register: number, length: number): Promise<Buffer> {
    return this.bus.readBlock(this.address, register, length);
  }

  writeByte(register: number, value: number): Promise<void> {
    return this.bus.writeBlock(this.address, register, Buffer.of(value & 0xff));
  }

  /** Reads a big-endian 16-bit register (TI and Microchip word order). */
  async readWordBE(register: number): Promise<number> {
    const buf = await this.bus.readBlock(this.address, register, 2);
    return buf.readUInt16BE(0);
  }

  /** Writes a big-endian 16-bit register. */
  writeWordBE(register: number, value: number): Promise<void> {
    const buf = Buffer.alloc(2);
    buf.writeUInt16BE(value & 0xffff, 0);
    return this.bus.writeBlock(this.address, register, buf);
  }

  /** `bme280@0x76`, the name used in logs. */
  label(chip: string): string {
    return `${chip}@0x${this.address.toString(16).padStart(2, '0')}`;
  }
}

/** Thrown when the I²C bus fails (no ACK, timeout, missing /dev node). */
class I2cError extends EdgeError {}

interface NativePromisifiedBus {
  readI2cBlock(
    addr: number,
    cmd: number,
    length: number,
    buf: Buffer,
  ): Promise<{ bytesRead: number }>;
  writeI2cBlock(addr: number, cmd: number, length: number, buf: Buffer): Promise<unknown>;
  scan(): Promise<number[]>;
  close(): Promise<void>;
}

/** Adapts `i2c-bus`'s promisified bus to {@link I2cBus}, wrapping errors with their cause. */
class NativeI2cBus implements I2cBus {
  constructor(
    private readonly native: NativePromisifiedBus,
    private readonly busNumber: number,
  ) {}

  async readBlock(address: number, register: number, length: number): Promise<Buffer> {
    const buf = Buffer.alloc(length);
    try {
      const { bytesRead } = await this.native.readI2cBlock(address, register, length, buf);
      if (bytesRead !== length) throw new Error(`short read: ${bytesRead} of ${length} bytes`);
      return buf;
    } catch (err) {
      throw wrapI2cError(err, `read 0x${register.toString(16)}`, this.busNumber, address);
    }
  }

  async writeBlock(address: number, register: number, data: Buffer): Promise<void> {
    try {
      await this.native.writeI2cBlock(address, register, data.length, data);
    } catch (err) {
      throw wrapI2cError(err, `write 0x${register.toString(16)}`, this.busNumber, address);
    }
  }

  scan(): Promise<number[]> {
    return this.native.scan();
  }

  close(): Promise<void> {
    return this.native.close();
  }
}

function wrapI2cError(err: unknown, op: string, bus: number, address: number): I2cError {
  const reason = err instanceof Error ? err.message : String(err);
  const hex = `0x${address.toString(16).padStart(2, '0')}`;
  return new I2cError('i2c_error', `i2c ${op} on bus ${bus} at ${hex} failed: ${reason}`, {
    cause: err,
  });
}

/**
 * Opens `/dev/i2c-<busNumber>`. `i2c-bus` is a native module that only builds and works on
 * Linux with I²C enabled, so it is imported on first use: the edge node runs on any machine
 * with the simulated platform.
 */
export async function openI2cBus(busNumber: number): Promise<I2cBus> {
  let mod: { openPromisified(n: number): Promise<NativePromisifiedBus> };
  try {
    const imported = (await import('i2c-bus')) as unknown as {
      default?: typeof mod;
    } & typeof mod;
    mod = imported.default ?? imported;
  } catch (err) {
    throw new I2cError(
      'i2c_unavailable',
      `I²C support (i2c-bus) is not available: ${String(err)}`,
      {
        cause: err,
      },
    );
  }
  try {
    return new NativeI2cBus(await mod.openPromisified(busNumber), busNumber);
  } catch (err) {
    throw new I2cError(
      'i2c_unavailable',
      `Cannot open /dev/i2c-${busNumber}: ${err instanceof Error ? err.message : String(err)}` +
        ' (enable I²C with raspi-config and add the user to the i2c group)',
      { cause: err },
    );
  }
}
