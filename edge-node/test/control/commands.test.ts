import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { ManualClock, Rig } from './rig.js';

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('CommandHandler (through ControlModule.handleCommands)', () => {
  let clock: ManualClock;
  let rig: Rig;

  beforeEach(async () => {
    clock = new ManualClock();
    rig = new Rig(clock);
    await rig.module.start();
  });
  afterEach(() => rig.module.stop());

  it('applies set_target and set_mode and shows them in status at once', async () => {
    const results = await rig.module.handleCommands([
      { id: id(1), type: 'set_target', params: { chamber: 'ferm1', target: 18.5 } },
      { id: id(2), type: 'set_mode', params: { chamber: 'ferm1', mode: 'cool' } },
    ]);
    expect(results).to.deep.equal([
      { id: id(1), ok: true, message: 'ferm1: target 18.5 °C' },
      { id: id(2), ok: true, message: 'ferm1: mode cool' },
    ]);
    expect(rig.module.status()[0]).to.include({ target: 18.5, setpoint: 18.5, mode: 'cool' });
    expect(rig.module.readings()).to.deep.include({ channel: 'ferm1_setpoint', value: 18.5 });
  });

  it('answers a redelivered command again without applying it twice, also after a restart', async () => {
    await rig.module.handleCommands([
      { id: id(3), type: 'start_profile', params: { chamber: 'ferm1', profile: 'ale' } },
    ]);
    clock.advance(3_600_000);
    await rig.module.stop();
    rig.module = rig.newModule();
    await rig.module.start();
    const [again] = await rig.module.handleCommands([
      { id: id(3), type: 'start_profile', params: { chamber: 'ferm1', profile: 'ale' } },
    ]);
    expect(again).to.deep.include({ id: id(3), ok: true });
    expect(again?.message).to.match(/profile 'ale' started/);
    expect(rig.module.status()[0]?.profile?.elapsed_s, 'not restarted').to.equal(3600);
  });

  it('rejects bad params with the field and changes nothing', async () => {
    const results = await rig.module.handleCommands([
      { id: id(4), type: 'set_target', params: { chamber: 'ferm1', target: 99 } },
      { id: id(5), type: 'set_target', params: { chamber: 'ferm1' } },
      { id: id(6), type: 'set_mode', params: { chamber: 'ferm1', mode: 'boil' } },
      { id: id(7), type: 'set_target', params: { chamber: 'ferm2', target: 18 } },
      { id: id(8), type: 'start_profile', params: { chamber: 'ferm1', profile: 'pils' } },
      { id: id(9), type: 'identify', params: {} },
      { id: id(10), type: 'set_target', params: { chamber: 'ferm1', target: 18, extra: 1 } },
    ]);
    expect(results.map((r) => [r.ok, r.message])).to.deep.equal([
      [false, 'invalid params: /target: must be <= 40'],
      [false, 'invalid params: /target: is required'],
      [false, 'invalid params: /mode: must be one of "off", "heat", "cool", "auto"'],
      [false, "unknown chamber 'ferm2' (known: ferm1)"],
      [false, "unknown profile 'pils' (known: ale)"],
      [false, "unsupported command type 'identify'"],
      [false, 'invalid params: /extra: is not a known option'],
    ]);
    expect(rig.module.status()[0]).to.include({ target: 19, mode: 'auto' });
  });

  it('starts an inline profile, rejects an invalid one, and stop_profile holds the current setpoint', async () => {
    const [bad] = await rig.module.handleCommands([
      {
        id: id(11),
        type: 'start_profile',
        params: {
          chamber: 'ferm1',
          profile: {
            steps: [
              { type: 'hold', target: 18 },
              { type: 'hold', target: 20 },
            ],
          },
        },
      },
    ]);
    expect(bad?.message).to.equal(
      'invalid profile: params.profile.steps[0]: only the last step may hold without duration or until',
    );
    await rig.module.handleCommands([
      {
        id: id(12),
        type: 'start_profile',
        params: {
          chamber: 'ferm1',
          profile: { name: 'r', steps: [{ type: 'ramp', from: 18, to: 20, duration: '4h' }] },
        },
      },
    ]);
    clock.advance(3_600_000);
    const [stop] = await rig.module.handleCommands([
      { id: id(13), type: 'stop_profile', params: { chamber: 'ferm1' } },
    ]);
    expect(stop?.message).to.equal("ferm1: profile 'r' stopped, holding 18.5 °C");
    expect(rig.module.status()[0]).to.include({ target: 18.5, profile: null });
  });

  it('stores mode, target and the command record atomically in the state file', async () => {
    await rig.module.handleCommands([
      { id: id(14), type: 'set_mode', params: { chamber: 'ferm1', mode: 'heat' } },
    ]);
    const doc = JSON.parse(await readFile(rig.config.chambers[0]?.stateFile as string, 'utf8'));
    expect(doc).to.deep.include({ version: 1, mode: 'heat', target: 19 });
    expect(doc.commands.map((c: { id: string }) => c.id)).to.deep.equal([id(14)]);
  });
});
