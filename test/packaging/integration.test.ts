import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const component = path.join(root, 'custom_components/brewpit');
const json = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Record<string, any>;

/** What HACS checks in manifest.json for an integration, and what hassfest adds for custom ones. */
const HACS_MANIFEST_KEYS = [
  'domain',
  'documentation',
  'issue_tracker',
  'codeowners',
  'name',
  'version',
];
const HASSFEST_CUSTOM_KEYS = [
  'domain',
  'name',
  'version',
  'codeowners',
  'documentation',
  'iot_class',
  'config_flow',
];
const IOT_CLASSES = [
  'assumed_state',
  'cloud_polling',
  'cloud_push',
  'local_polling',
  'local_push',
  'calculated',
];
const INTEGRATION_TYPES = [
  'device',
  'entity',
  'hardware',
  'helper',
  'hub',
  'service',
  'system',
  'virtual',
];

describe('Integration packaging (HACS and hassfest)', () => {
  const manifest = json(path.join(component, 'manifest.json'));

  it('hacs.json names the integration and the minimum Home Assistant', () => {
    const hacs = json(path.join(root, 'hacs.json'));
    expect(hacs.name).to.be.a('string').and.not.empty;
    expect(hacs.homeassistant).to.match(/^\d{4}\.\d{1,2}\.\d+$/);
  });

  it('manifest.json has every key HACS and hassfest require, with valid values', () => {
    for (const key of new Set([...HACS_MANIFEST_KEYS, ...HASSFEST_CUSTOM_KEYS]))
      expect(manifest, key).to.have.property(key);
    expect(manifest.domain).to.equal('brewpit');
    expect(manifest.version).to.match(/^\d+\.\d+\.\d+/);
    expect(manifest.codeowners).to.be.an('array').that.is.not.empty;
    expect(IOT_CLASSES).to.include(manifest.iot_class);
    expect(INTEGRATION_TYPES).to.include(manifest.integration_type);
    expect(manifest.config_flow).to.equal(true);
    for (const url of [manifest.documentation, manifest.issue_tracker])
      expect(url).to.match(/^https:\/\//);
    expect(manifest.dependencies).to.include.members(['http', 'panel_custom', 'frontend']);
  });

  it('keys in manifest.json are sorted domain, name, then alphabetically (hassfest)', () => {
    const keys = Object.keys(manifest);
    expect(keys.slice(0, 2)).to.deep.equal(['domain', 'name']);
    expect(keys.slice(2)).to.deep.equal([...keys.slice(2)].sort());
  });

  it('ships a brand icon and translations (not strings.json)', () => {
    expect(existsSync(path.join(component, 'brand/icon.png'))).to.equal(true);
    expect(existsSync(path.join(component, 'translations/en.json'))).to.equal(true);
    expect(existsSync(path.join(component, 'strings.json'))).to.equal(false);
  });

  it('every service in services.yaml has a translated name and description', () => {
    const services = parse(readFileSync(path.join(component, 'services.yaml'), 'utf8')) as Record<
      string,
      { fields?: Record<string, unknown> }
    >;
    const t = json(path.join(component, 'translations/en.json')).services as Record<
      string,
      { name: string; description: string; fields?: Record<string, unknown> }
    >;
    expect(Object.keys(services)).to.include.members([
      'start_session',
      'end_session',
      'annotate',
      'set_target',
    ]);
    for (const [name, svc] of Object.entries(services)) {
      expect(t[name], name).to.include.keys('name', 'description');
      for (const field of Object.keys(svc.fields ?? {}))
        expect(t[name]!.fields ?? {}, `${name}.${field}`).to.have.property(field);
    }
  });

  it('the panel module the integration registers is built and present', () => {
    expect(existsSync(path.join(component, 'frontend/brewpit-panel.js'))).to.equal(true);
  });
});
