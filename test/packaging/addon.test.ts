import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '..', 'shared', 'schemas');
const read = (p: string) => readFileSync(path.join(root, p), 'utf8');

function schema(name: string): Record<string, any> {
  const file = path.join(shared, name);
  if (!existsSync(file))
    throw new Error(
      `The Supervisor schema ${file} is missing (shared/ must sit beside the repository)`,
    );
  return JSON.parse(readFileSync(file, 'utf8'));
}

describe('Add-on packaging', () => {
  const config = parse(read('addon/config.yaml')) as Record<string, unknown>;

  // ajv-formats is CommonJS with a default export that NodeNext sees one level deep.
  const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

  function supervisorValidator() {
    const s = schema('addon-config.schema.json');
    // The Supervisor's schema is written for Python: its patterns use (?P<name>…) groups.
    const pyRegExp = Object.assign(
      (pattern: string, flags: string) => new RegExp(pattern.replace(/\(\?P</g, '(?<'), flags),
      {
        code: 'pyRegExp',
      },
    );
    const ajv = new Ajv({ allErrors: true, strict: false, code: { regExp: pyRegExp } });
    addFormats(ajv);
    return ajv.compile(s);
  }

  it('config.yaml is valid against the Supervisor add-on schema', () => {
    const validate = supervisorValidator();
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).to.equal(true);
  });

  it('the schema check rejects a broken manifest (it can fail)', () => {
    const validate = supervisorValidator();
    expect(validate({ ...config, arch: ['sparc'] })).to.equal(false);
    expect(validate({ ...config, ports: { '8488/tcp': 70000 } })).to.equal(false);
  });

  it('config.yaml sets no key to its default value (the linter rejects those)', () => {
    const props = schema('addon-config.schema.json').properties as Record<
      string,
      { default?: unknown }
    >;
    const redundant = Object.entries(config).filter(
      ([k, v]) =>
        props[k] &&
        'default' in props[k]! &&
        JSON.stringify(props[k]!.default) === JSON.stringify(v),
    );
    expect(redundant.map(([k]) => k)).to.deep.equal([]);
  });

  it('declares what the hub needs: both architectures, Core API, discovery, the ingest port, backups', () => {
    expect(config.arch).to.have.members(['aarch64', 'amd64']);
    expect(config.homeassistant_api).to.equal(true);
    expect(config.discovery).to.deep.equal(['brewpit']);
    // 8489: plain HTTP beside HTTPS, for Home Assistant on the add-on network; unpublished.
    expect(config.ports).to.deep.equal({ '8488/tcp': 8488, '8489/tcp': null });
    expect(config.map).to.deep.equal(['ssl']);
    expect(config).to.not.have.property('watchdog');
    for (const k of ['backup_pre', 'backup_post']) {
      const cmd = String(config[k]).split(' ')[0]!;
      expect(existsSync(path.join(root, 'addon/rootfs', cmd)), `${k}: ${cmd}`).to.equal(true);
    }
  });

  it('every option has a schema entry and a translation', () => {
    const options = config.options as Record<string, unknown>;
    const optSchema = config.schema as Record<string, unknown>;
    const translations = parse(read('addon/translations/en.yaml')) as {
      configuration: Record<string, { name: string; description: string }>;
    };
    for (const key of new Set([...Object.keys(options), ...Object.keys(optSchema)])) {
      expect(optSchema, key).to.have.property(key);
      expect(translations.configuration[key], key).to.include.keys('name', 'description');
    }
  });

  it('every option is a hub setting, so the hub reads it from options.json', async () => {
    const { Settings } = await import('../../addon/src/settings.js');
    const settings = Object.keys(Settings.properties);
    for (const key of Object.keys(config.schema as Record<string, unknown>))
      expect(settings, key).to.include(key);
  });

  it('every path the Dockerfile copies exists inside addon/ (the build context)', () => {
    const copies = read('addon/Dockerfile')
      .split('\n')
      .filter((l) => /^\s*(COPY|ADD)\s/.test(l))
      .flatMap((l) =>
        l
          .trim()
          .split(/\s+/)
          .slice(1, -1)
          .filter((a) => !a.startsWith('--')),
      );
    expect(copies.length).to.be.greaterThan(0);
    for (const src of copies) {
      const abs = path.resolve(root, 'addon', src);
      expect(abs.startsWith(path.join(root, 'addon')), `${src} leaves the build context`).to.equal(
        true,
      );
      expect(existsSync(abs), `${src} is missing`).to.equal(true);
    }
  });

  it('builds on the Home Assistant base image, installs Node.js and has a health check', () => {
    const df = read('addon/Dockerfile').replace(/\\\n\s*/g, ' ');
    expect(df).to.match(/^FROM ghcr\.io\/home-assistant\/base:\d/m);
    expect(df).to.match(/apk add[^\n]*\bnodejs\b/);
    // The health check goes through brewpit-ctl, which knows the port whether or not ssl is on.
    expect(df).to.match(/^HEALTHCHECK [^\n]*\/usr\/bin\/brewpit-ctl health/m);
    expect(read('addon/rootfs/usr/bin/brewpit-ctl')).to.include("'/api/v1/health'");
  });

  it('ships the store presentation files, with a 128×128 icon', () => {
    for (const f of [
      'DOCS.md',
      'README.md',
      'CHANGELOG.md',
      'icon.png',
      'logo.png',
      'translations/en.yaml',
    ]) {
      expect(existsSync(path.join(root, 'addon', f)), f).to.equal(true);
    }
    const png = readFileSync(path.join(root, 'addon/icon.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).to.deep.equal([128, 128]);
    for (const script of ['brewpit-run', 'brewpit-backup', 'brewpit-ctl'])
      expect(
        statSync(path.join(root, 'addon/rootfs/usr/bin', script)).mode & 0o111,
        script,
      ).to.not.equal(0);
  });

  it('repository.yaml names the add-on repository', () => {
    expect(parse(read('repository.yaml')))
      .to.have.property('name')
      .that.is.a('string');
  });

  it('carries one version number everywhere', () => {
    const r = spawnSync(process.execPath, ['scripts/version.mjs'], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).to.equal(0);
    expect(parse(read('addon/config.yaml')).version).to.equal(
      JSON.parse(read('package.json')).version,
    );
  });

  it('the bundled hub in addon/app is built from the current sources', function () {
    this.timeout(60_000);
    const r = spawnSync(process.execPath, ['scripts/bundle-addon.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status, r.stdout + r.stderr).to.equal(0);
  });
});
