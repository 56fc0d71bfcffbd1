import { RegisterFile } from './i2c.js';

/** An MCP9600: device id 0x40, hot/cold junction registers in 0.0625 °C steps. */
export class EmulatedMcp9600 extends RegisterFile {
  constructor(deviceId = 0x40) {
    super();
    this.regs[0x20] = deviceId;
    this.regs[0x21] = 0x14; // revision
  }

  set(hot: number, cold: number, open = false): void {
    this.regs.writeInt16BE(Math.round(hot / 0.0625), 0x00);
    this.regs.writeInt16BE(Math.round(cold / 0.0625), 0x02);
    this.regs[0x04] = open ? 0x10 : 0x40;
  }
}
