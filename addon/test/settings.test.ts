import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSettings, SettingsError } from '../src/settings.js';

describe('Settings from the add-on options', () => {
  let dir: string;
  const optionsFile = (options: Record<string, unknown>) => {
    const file = path.join(dir, 'options.json');
    writeFileSync(file, JSON.stringify(options));
    return { BREWPIT_OPTIONS_FILE: file, BREWPIT_DATA_DIR: dir };
  };
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brewpit-settings-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads replicate_from and replicate_token from the Configuration tab', () => {
    const s = loadSettings(
      optionsFile({
        replicate_from: 'http://pi.local:8488',
        replicate_token: 'bpr_' + 'a'.repeat(32),
      }),
    );
    expect(s.replicate_from).to.equal('http://pi.local:8488');
    expect(s.replicate_token).to.equal('bpr_' + 'a'.repeat(32));
    expect(loadSettings(optionsFile({})).replicate_from).to.equal(undefined);
  });

  it('refuses replicate_from without a token, or one that is no http(s) URL, naming the option', () => {
    expect(() => loadSettings(optionsFile({ replicate_from: 'http://pi.local:8488' }))).to.throw(
      SettingsError,
      /replicate_token/,
    );
    expect(() =>
      loadSettings(
        optionsFile({ replicate_from: 'ftp://pi.local', replicate_token: 'bpr_' + 'a'.repeat(32) }),
      ),
    ).to.throw(SettingsError, /replicate_from/);
  });

  it('folds the WAL every 5 s unless wal_fold_interval_ms says otherwise, and refuses under 100 ms', () => {
    expect(loadSettings(optionsFile({})).wal_fold_interval_ms).to.equal(5000);
    expect(
      loadSettings({ ...optionsFile({}), BREWPIT_WAL_FOLD_INTERVAL_MS: '1000' })
        .wal_fold_interval_ms,
    ).to.equal(1000);
    expect(() => loadSettings({ ...optionsFile({}), BREWPIT_WAL_FOLD_INTERVAL_MS: '10' })).to.throw(
      SettingsError,
      /wal_fold_interval_ms/,
    );
  });

  it('lets BREWPIT_REPLICATE_FROM override the option', () => {
    const env = {
      ...optionsFile({ replicate_from: 'http://a.local:8488', replicate_token: 'x'.repeat(20) }),
      BREWPIT_REPLICATE_FROM: 'http://b.local:8488',
    };
    expect(loadSettings(env).replicate_from).to.equal('http://b.local:8488');
  });
});
