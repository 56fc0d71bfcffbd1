import { strict as assert } from 'node:assert';
import { ConfigError } from '../../src/errors.js';
import { parseConfig } from '../../src/config/load.js';

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

function issues(text: string): string[] {
  try {
    parseConfig(text, '/etc/brewpit/edge.yaml');
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    return [...err.issues];
  }
  assert.fail('expected a ConfigError');
}

describe('parseConfig', () => {
  it('parses the DESIGN.md example, filling defaults and resolving paths', () => {
    const c = parseConfig(GOOD, '/etc/brewpit/edge.yaml');
    assert.equal(c.sampleIntervalMs, 5000);
    assert.equal(c.outbox.maxBytes, 200_000_000);
    assert.equal(c.outbox.path, '/etc/brewpit/outbox.db');
    assert.equal(c.hub.tokenFile, '/etc/brewpit/edge-token');
    assert.equal(c.sensors.length, 2);
    assert.equal(
      (c.sensors[1]!.options as { gain: number }).gain,
      4.096,
      'platform defaults applied',
    );
    assert.equal(c.uplink.batchMaxReadings, 5000);
  });

  it('reports every problem at once with file, line and option path', () => {
    const text = GOOD.replace('sample_interval: 5s', 'sample_interval: fast')
      .replace('address: 0x48', 'address: 0x40')
      .replace('probe: thermoworks_pro', 'probe: thermopro');
    const found = issues(text);
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

  it('names unknown options, unknown platforms and missing required options', () => {
    const found = issues(`hub: {url: "http://h:8488"}
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

  it('rejects duplicate channel keys across sensors', () => {
    const found = issues(`hub: {url: "http://h:8488", token: abc}
sensors:
  - {platform: simulated, model: smoker}
  - {platform: ds18b20, address: 28-000000000001, key: pit}
`);
    assert.ok(
      found.some((i) => /sensors\[1\]: channel key 'pit' is already used by sensors\[0\]/.test(i)),
      found.join('\n'),
    );
  });

  it('points YAML syntax errors at their line', () => {
    const found = issues('hub:\n  url: "http://x\nsensors: [\n');
    assert.match(found[0]!, /^edge\.yaml:\d+: /);
  });
});
