import { beforeAll, describe, expect, it } from 'vitest';
import { PackManifest } from '../schema';
import { draftPackForGlb } from './draftPack';
import { guessSlot, suggestBone } from './guessSlot';
import { loadKhronosValidator, type GltfValidator } from './khronos';
import { coreSkeletonForTests } from './testCore';
import { rigidAccessoryGlb, skinnedGarmentGlb } from './testGlbs';
import type { ReferenceSkeleton, Vec3 } from './types';
import { validatePack } from './validatePack';

let skeleton: ReferenceSkeleton;
let gltfValidator: GltfValidator;
const at = (name: string) => skeleton.joints.find((joint) => joint.name === name)!.position;

beforeAll(async () => {
  [skeleton, gltfValidator] = await Promise.all([coreSkeletonForTests(), loadKhronosValidator()]);
});

describe('guessSlot and suggestBone', () => {
  it.each([
    ['Round_Sunglasses.glb', 'glasses'],
    ['straw-hat.glb', 'headwear'],
    ['BaseballCap_v2.glb', 'headwear'],
    ['wool beanie.glb', 'headwear'],
    ['hoodie.glb', 'top'],
    ['Cape.glb', 'accessory'],
    ['winterBoots.glb', 'footwear'],
    ['sneakers01.glb', 'footwear'],
    ['denim_shorts.glb', 'bottom'],
    ['short01.glb', null],
    ['f-dress-03.glb', 'outfit'],
    ['gold ring.glb', 'accessory'],
    ['eyebrow012.glb', 'eyebrows'],
    ['ponytail01.glb', 'hair'],
    ['thing.glb', null],
    ['model_03.glb', null],
  ])('%s → %s', (name, slot) => {
    expect(guessSlot(name)).toBe(slot);
  });

  it('picks the bone from the name, else the carrier joint nearest the item', () => {
    expect(suggestBone('aviator-glasses.glb', null, skeleton)).toBe('Head');
    expect(suggestBone('watch.glb', null, skeleton)).toBe('LeftHand');
    expect(suggestBone('hiking_backpack.glb', null, skeleton)).toBe('Spine2');
    expect(suggestBone('pearl-necklace.glb', null, skeleton)).toBe('Neck');
    expect(suggestBone('thing.glb', at('RightHand'), skeleton)).toBe('RightHand');
    expect(suggestBone('thing.glb', null, null)).toBe('Head');
  });
});

describe('draftPackForGlb', () => {
  it('drafts a valid pack.json for a rigid accessory, carried by the bone its name suggests', async () => {
    const glb = await rigidAccessoryGlb({ centre: at('Head'), size: [0.14, 0.04, 0.02] });
    const draft = await draftPackForGlb('My Aviator Glasses.glb', glb, skeleton);
    expect(draft.kind).toBe('rigid');
    expect(PackManifest.safeParse(draft.manifest).success).toBe(true);
    expect(draft.manifest.assets[0]).toMatchObject({ id: 'my-aviator-glasses', slot: 'glasses', glb: 'items/my-aviator-glasses.glb', attach: { bone: 'Head' }, name: { en: 'My aviator glasses' } });
    const report = await validatePack(draft.files, { skeleton, gltfValidator });
    // Only what the designer must still fill in: the licence (pack and item) and a thumbnail, which will be generated.
    expect(report.findings.map((f) => f.code).sort()).toEqual(['LICENCE_UNSPECIFIED', 'LICENCE_UNSPECIFIED', 'THUMBNAIL_MISSING']);
    expect(report.summary.errors).toBe(0);
  });

  it('drafts a skinned garment without attach, and a rigid item named by nothing near its bone', async () => {
    const skinned = await draftPackForGlb('tank_top.glb', await skinnedGarmentGlb(skeleton), skeleton);
    expect(skinned.kind).toBe('skinned');
    expect(skinned.manifest.assets[0]).toMatchObject({ slot: 'top' });
    expect(skinned.manifest.assets[0]!.attach).toBeUndefined();
    const centre: Vec3 = [at('Spine2')[0], at('Spine2')[1], at('Spine2')[2] - 0.2];
    const rigid = await draftPackForGlb('thing.glb', await rigidAccessoryGlb({ centre, size: [0.3, 0.4, 0.15] }), skeleton);
    expect(rigid.manifest.assets[0]).toMatchObject({ slot: 'accessory', attach: { bone: 'Spine2' } });
    expect([skinned.slotFrom, rigid.slotFrom]).toEqual(['name', 'default']);
  });

  it('takes the slot the designer chose over the one its name suggests', async () => {
    const draft = await draftPackForGlb('tank_top.glb', await skinnedGarmentGlb(skeleton), skeleton, 'outfit');
    expect(draft.manifest.assets[0]).toMatchObject({ slot: 'outfit' });
    expect(draft.slotFrom).toBe('choice');
    expect(JSON.parse(new TextDecoder().decode(draft.files.get('pack.json')))).toMatchObject({ assets: [{ slot: 'outfit' }] });
  });

  it('still drafts a valid pack for an unreadable file, so the report can say what is wrong', async () => {
    const draft = await draftPackForGlb('???.glb', new Uint8Array([1, 2, 3]), skeleton);
    expect(draft.kind).toBe('unreadable');
    expect(PackManifest.safeParse(draft.manifest).success).toBe(true);
    expect((await validatePack(draft.files, { skeleton, gltfValidator })).findings.map((f) => f.code)).toContain('GLB_UNREADABLE');
  });
});
