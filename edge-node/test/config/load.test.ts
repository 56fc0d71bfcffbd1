import { strict as assert } from 'node:assert';
import { ConfigError } from '../../src/errors.js';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfigFile, parseConfig } from '../../src/config/load.js';

const GOOD = `hub: {url: "http://127.0.0.1:8488", token_file: ./edge-token}
device: {name: smoker-pi}
sample_interval: 5s
outbox: {path: ./outbox.db, max_size: 200MB}
sensors:
  - platform: simulated
    model: smoker
  - platform: ads1115
    address: 0x48
    probes:
      - {channel: 0, key: meat1, name: Brisket, probe: thermoworks_pro}
`;

async function issues(text: string): Promise<string[]> {
  try {
    await parseConfig(text, '/etc/brewpit/edge.yaml');
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    return [...err.issues];
  }
  assert.fail('expected a ConfigError');
}

describe('parseConfig', () => {
  it('parses the DESIGN.md example, filling defaults and resolving paths', async () => {
    const c = await parseConfig(GOOD, '/etc/brewpit/edge.yaml');
    assert.equal(c.sampleIntervalMs, 5000);
    assert.equal(c.outbox.maxBytes, 200_000_000);
    assert.equal(c.outbox.path, '/etc/brewpit/outbox.db');
    assert.equal(c.hub.tokenFile, '/etc/brewpit/edge-token');
    assert.equal(c.sensors.length, 2);
    assert.equal(
      (c.sensors[1]!.options as unknown as { gain: number }).gain,
      4.096,
      'platform defaults applied',
    );
    assert.equal(c.uplink.batchMaxReadings, 5000);
  });

  it('reports every problem at once with file, line and option path', async () => {
    const text = GOOD.replace('sample_interval: 5s', 'sample_interval: fast')
      .replace('address: 0x48', 'address: 0x40')
      .replace('probe: thermoworks_pro', 'probe: thermopro');
    const found = await issues(text);
    assert.ok(
      found.includes('edge.yaml:3: sample_interval: must be a duration like 500ms, 5s, 1m or 2h'),
      found.join('\n'),
    );
    assert.ok(
      found.some((i) =>
        /^edge\.yaml:9: sensors\[1\]\.address: must be one of 0x48, 0x49, 0x4a, 0x4b \(got 0x40\)$/.test(
          i,
        ),
      ),
      found.join('\n'),
    );
    assert.ok(
      found.some((i) =>
        /^edge\.yaml:11: sensors\[1\]\.probes\[0\]\.probe: must be one of "maverick_et72"/.test(i),
      ),
      found.join('\n'),
    );
  });

  it('names unknown options, unknown platforms and missing required options', async () => {
    const found = await issues(`hub: {url: "http://h:8488"}
sample_interval: 1s
sensors:
  - platform: bme281
  - platform: ds18b20
    adress: 28-000000000001
`);
    assert.ok(
      found.some((i) =>
        /edge\.yaml:4: sensors\[0\]\.platform: unknown platform 'bme281' \(known: bme280/.test(i),
      ),
      found.join('\n'),
    );
    assert.ok(
      found.some((i) => /edge\.yaml:6: sensors\[1\]\.adress: is not a known option/.test(i)),
      found.join('\n'),
    );
    assert.ok(
      found.some((i) => /sensors\[1\]\.address: is required/.test(i)),
      found.join('\n'),
    );
  });

  it('rejects duplicate channel keys across sensors', async () => {
    const found = await issues(`hub: {url: "http://h:8488", token: abc}
sensors:
  - {platform: simulated, model: smoker}
  - {platform: ds18b20, address: 28-000000000001, key: pit}
`);
    assert.ok(
      found.some((i) => /sensors\[1\]: channel key 'pit' is already used by sensors\[0\]/.test(i)),
      found.join('\n'),
    );
  });

  it('points YAML syntax errors at their line', async () => {
    const found = await issues('hub:\n  url: "http://x\nsensors: [\n');
    assert.match(found[0]!, /^edge\.yaml:\d+: /);
  });
});

const CHAMBER = `hub: {url: "http://127.0.0.1:8488", token_file: ./edge-token}
device: {name: ferm-pi}
sensors:
  - platform: simulated
    model: chamber
control:
  outputs: {transport: emulated}
  chambers:
    - name: ferm1
      input: beer
      gravity: gravity
      heater: {line: 17}
      cooler: {line: 27, active_low: true}
      mode: auto
`;

describe('parseConfig: the control section', () => {
  it('resolves a valid section: defaults, paths against the file, a 1 s heartbeat', async () => {
    const c = await parseConfig(CHAMBER, '/etc/brewpit/edge.yaml');
    assert.equal(c.control?.outputs.transport, 'emulated');
    assert.equal(c.control?.intervalMs, 2000);
    assert.equal(c.control?.chambers[0]?.stateFile, '/etc/brewpit/control/ferm1.json');
    assert.deepEqual(c.control?.chambers[0]?.cooler, {
      chip: 'gpiochip0',
      line: 27,
      activeLow: true,
    });
    assert.equal(c.control?.chambers[0]?.protection.minCoolOffMs, 300_000);
    assert.equal(c.uplink.heartbeatMs, 1000, 'commands must reach a control node promptly');
  });

  it('keeps the 30 s heartbeat without control, and an explicit one either way', async () => {
    assert.equal((await parseConfig(GOOD, '/etc/brewpit/edge.yaml')).uplink.heartbeatMs, 30_000);
    const explicit = await parseConfig(`${CHAMBER}uplink: {heartbeat: 5s}\n`, '/e/edge.yaml');
    assert.equal(explicit.uplink.heartbeatMs, 5000);
    assert.equal((await parseConfig(CHAMBER, '/e/edge.yaml')).control?.chambers.length, 1);
  });

  it('reports schema errors in the section with their line', async () => {
    const found = await issues(
      CHAMBER.replace('heater: {line: 17}', 'heater: {line: 600}').replace(
        'mode: auto',
        'mode: auto\n      sensor_timeout: soon',
      ),
    );
    assert.deepEqual(found, [
      'edge.yaml:12: control.chambers[0].heater.line: must be <= 511',
      'edge.yaml:15: control.chambers[0].sensor_timeout: must be a duration like 300s, 5m, 24h or 2d',
    ]);
  });

  it("reports control's own checks with their line", async () => {
    const found = await issues(
      CHAMBER.replace('cooler: {line: 27, active_low: true}', 'cooler: {line: 17}').replace(
        'mode: auto',
        'mode: auto\n      protection: {min_cool_off: 60s}',
      ),
    );
    assert.deepEqual(found, [
      'edge.yaml:13: control.chambers[0].cooler: line gpiochip0:17 is already used by ferm1.heater',
      'edge.yaml:15: control.chambers[0].protection.min_cool_off: 60 s is below the safe 300 s (set allow_short_protection to override)',
    ]);
  });

  it('requires the input and gravity channels to come from a sensor', async () => {
    const found = await issues(CHAMBER.replace('input: beer', 'input: wort'));
    assert.deepEqual(found, [
      "edge.yaml:10: control.chambers[0].input: no sensor produces channel 'wort' (known: beer, air, ambient, gravity)",
    ]);
  });

  it("refuses a sensor channel that clashes with control's own channels", async () => {
    const found = await issues(
      CHAMBER.replace(
        '    model: chamber\n',
        '    model: chamber\n  - {platform: ds18b20, address: 28-000000000001, key: ferm1_setpoint}\n',
      ),
    );
    assert.deepEqual(found, [
      "edge.yaml:10: control.chambers[0].name: control channel 'ferm1_setpoint' is already used by sensors[1]",
    ]);
  });

  it('accepts every example in edge-node/examples', async () => {
    const dir = fileURLToPath(new URL('../../examples/', import.meta.url));
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    assert.ok(files.includes('chamber.yaml'));
    for (const f of files) await loadConfigFile(`${dir}${f}`);
  });

  it('refuses a heartbeat that would hammer the hub', async () => {
    const found = await issues(`${CHAMBER}uplink: {heartbeat: 50ms}\n`);
    assert.deepEqual(found, [
      'edge.yaml:15: uplink.heartbeat: must be at least 200 ms (each heartbeat is a request to the hub)',
    ]);
  });
});
