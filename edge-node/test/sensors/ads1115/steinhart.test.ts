import { strict as assert } from 'node:assert';
import { PROBES } from '../../../src/sensors/ads1115/probes.js';
import {
  dividerResistance,
  resistanceToCelsius,
  solveSteinhartHart,
} from '../../../src/sensors/ads1115/steinhart.js';

/** Independent inverse: resistance of a probe at `celsius`, solving C·x³ + B·x + (A − 1/T) = 0 (Cardano). */
export function ohmsAt(celsius: number, k: { a: number; b: number; c: number }): number {
  const y = (k.a - 1 / (celsius + 273.15)) / k.c;
  const x = Math.sqrt((k.b / (3 * k.c)) ** 3 + (y / 2) ** 2);
  return Math.exp(Math.cbrt(x - y / 2) - Math.cbrt(x + y / 2));
}

describe('steinhart', () => {
  for (const [name, k] of Object.entries(PROBES)) {
    it(`converts ${name} resistance to temperature at 0, 70 and 200 °C`, () => {
      for (const t of [0, 70, 200]) {
        const r = ohmsAt(t, k);
        // Independent forward computation, straight from the equation 1/T = A + B ln R + C ln³R.
        const lnR = Math.log(r);
        const expected = 1 / (k.a + k.b * lnR + k.c * Math.pow(lnR, 3)) - 273.15;
        assert.ok(Math.abs(expected - t) < 1e-6, `inverse sanity ${expected} vs ${t}`);
        assert.ok(Math.abs(resistanceToCelsius(r, k) - t) < 1e-9);
      }
    });
  }

  it('solves A, B, C from three points and reproduces them', () => {
    const k = PROBES.thermoworks_pro;
    const pts = [25, 80, 150].map((t) => ({ temperature: t, resistance: ohmsAt(t, k) }));
    const s = solveSteinhartHart(pts);
    assert.ok(Math.abs(s.a - k.a) / k.a < 1e-6);
    assert.ok(Math.abs(s.b - k.b) / k.b < 1e-6);
    assert.ok(Math.abs(s.c - k.c) / k.c < 1e-4);
    for (const t of [40, 110, 200])
      assert.ok(Math.abs(resistanceToCelsius(ohmsAt(t, k), s) - t) < 0.01);
  });

  it('rejects points that do not describe an NTC', () => {
    assert.throws(
      () =>
        solveSteinhartHart([
          { temperature: 25, resistance: 1000 },
          { temperature: 50, resistance: 2000 },
          { temperature: 75, resistance: 3000 },
        ]),
      /NTC/,
    );
    assert.throws(() => solveSteinhartHart([{ temperature: 25, resistance: 1000 }]), /three/);
  });

  it('computes the divider resistance R = Vo·Rfixed / (Vref − Vo)', () => {
    assert.equal(dividerResistance(1.65, 3.3, 10_000), 10_000);
    assert.ok(Math.abs(dividerResistance(1.1, 3.3, 10_000) - 5000) < 1e-9);
  });
});
