import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Value } from '@sinclair/typebox/value';
import { CHANNEL_ROLES, ChannelRole, integrationRoles, suggestRole } from '../src/channels.js';

/** The integration's copy of the roles (Python cannot import TypeScript). */
const GENERATED = fileURLToPath(
  new URL('../../custom_components/brewpit/channel_roles.json', import.meta.url),
);

describe('channels', () => {
  it('accepts exactly the listed roles in the session schema', () => {
    for (const role of CHANNEL_ROLES) expect(Value.Check(ChannelRole, role)).to.equal(true);
    expect(Value.Check(ChannelRole, 'smoke')).to.equal(false);
  });

  it('suggests a role from the key first, then from words in it, then from the kind', () => {
    expect(suggestRole('meat2', 'temperature')).to.equal('meat');
    expect(suggestRole('Pit', 'temperature')).to.equal('pit');
    expect(suggestRole('probe1', 'temperature')).to.equal('meat');
    expect(suggestRole('fermenter', 'temperature')).to.equal('wort');
    expect(suggestRole('sg', 'gravity')).to.equal('gravity');
    expect(suggestRole('cpu', 'temperature')).to.equal('other');
  });

  it("matches the integration's generated channel_roles.json", () => {
    const expected = integrationRoles();
    if (process.env.BREWPIT_WRITE_GENERATED === '1')
      writeFileSync(GENERATED, `${JSON.stringify(expected, null, 2)}\n`);
    expect(
      JSON.parse(readFileSync(GENERATED, 'utf8')),
      'custom_components/brewpit/channel_roles.json is stale: run ' +
        'BREWPIT_WRITE_GENERATED=1 npx mocha protocol/test/channels.test.ts',
    ).to.deep.equal(expected);
  });
});
