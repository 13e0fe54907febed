import { describe, expect, it } from 'vitest';
import { headCentre } from '../avatar/headwear';
import { pokingThrough } from '../avatar/testHeadwear';
import { assembleAvatar } from './assemble';
import { gatherInputs } from './sources';
import { presetManifest } from './testExport';

describe('the assembled avatar', () => {
  it('keeps the hair of the preset with a hat inside the hat, as the live avatar does', async () => {
    const { manifest, sources } = await presetManifest('noah');
    const avatar = assembleAvatar(await gatherInputs(manifest, sources));
    const joint = (name: string) => avatar.joints.find((j) => j.name === name)!.head;
    const centre = headCentre(joint('Head'), joint('HeadTop_End'));
    const shells = avatar.parts.filter((part) => part.slot === 'headwear');
    const hair = avatar.parts.filter((part) => part.slot === 'hair');
    expect(shells.length).toBeGreaterThan(0);
    expect(hair.length).toBeGreaterThan(0);
    for (const part of hair) expect(pokingThrough(part.positions, shells, centre)).toBe(0);
  });
});
