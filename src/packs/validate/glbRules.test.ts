import { beforeAll, describe, expect, it } from 'vitest';
import { loadKhronosValidator, type GltfValidator } from './khronos';
import { coreSkeletonForTests } from './testCore';
import { withGlbJson } from './testGlbPatches';
import { rigidAccessoryGlb, skinnedGarmentGlb, type GarmentOptions } from './testGlbs';
import { headerOnlyPng, noisePng } from './testImages';
import { assetEntry, manifestWith, packFiles } from './testPacks';
import type { ReferenceSkeleton, Vec3 } from './types';
import { validatePack, type ValidateOptions } from './validatePack';

let skeleton: ReferenceSkeleton;
let gltfValidator: GltfValidator;
const head = (): Vec3 => skeleton.joints.find((joint) => joint.name === 'Head')!.position;

beforeAll(async () => {
  [skeleton, gltfValidator] = await Promise.all([coreSkeletonForTests(), loadKhronosValidator()]);
});

/** Validates a one-asset pack around `glb` and returns the report. */
async function validateOne(glb: Uint8Array, fields: Record<string, unknown> = {}, options: ValidateOptions = {}) {
  const slot = (fields.slot as string | undefined) ?? 'top';
  const files = packFiles(manifestWith({ assets: [assetEntry('item', slot, { glb: 'items/item.glb', ...fields })] }), { 'items/item.glb': glb });
  return validatePack(files, { skeleton, gltfValidator, ...options });
}

const codes = async (glb: Uint8Array, fields?: Record<string, unknown>, options?: ValidateOptions) => (await validateOne(glb, fields, options)).findings.map((f) => f.code);
const garment = (options: GarmentOptions = {}) => skinnedGarmentGlb(skeleton, options);
const glasses = (centre = head(), scale = 1) => rigidAccessoryGlb({ centre: centre.map((v) => v * scale) as Vec3, size: [0.14 * scale, 0.04 * scale, 0.02 * scale] });

describe('validatePack: skinned garments', () => {
  it('passes a garment bound to the core skeleton, with its stats', async () => {
    const report = await validateOne(await garment({ texture: noisePng(512, 256) }));
    expect(report.findings).toEqual([]);
    expect(report.assets[0]).toMatchObject({ kind: 'skinned', triangles: 528, vertices: 288, materials: 1, drawCalls: 1, joints: 67, fitted: true, textures: [{ width: 512, height: 256, mimeType: 'image/png' }] });
    expect(report.assets[0]!.size![1]).toBeCloseTo(1.205 - 0.832, 2);
  });

  it('names unknown joints and suggests the core names', async () => {
    const [found] = (await validateOne(await garment({ renameJoint: (name) => `mixamorig:${name}` }))).findings;
    expect(found).toMatchObject({ code: 'SKIN_UNKNOWN_JOINT', severity: 'error', file: 'items/item.glb' });
    expect(found!.message).toMatch(/67 joints that the core skeleton does not have: "mixamorig:Hips"/);
    expect(found!.fix).toMatch(/"mixamorig:Hips" → "Hips"/);
  });

  it('reports a bind pose off by more than the tolerance, with the worst joint and distance', async () => {
    expect(await codes(await garment({ bindOffset: [0.004, 0, 0] }))).toEqual([]);
    const [found] = (await validateOne(await garment({ bindOffset: [0, 0.03, 0] }))).findings;
    expect(found).toMatchObject({ code: 'BIND_POSE_MISMATCH' });
    expect(found!.message).toMatch(/is 3\.0 cm from the core rest pose \(tolerance 1\.0 cm\); 67 joints are off/);
    expect(await codes(await garment({ bindOffset: [0, 0.03, 0] }), {}, { bindPoseTolerance: 0.05 })).toEqual([]);
  });

  it('warns when fitting data is missing, saying what the designer loses, and refuses references beyond the body', async () => {
    const [missing] = (await validateOne(await garment({ fit: false }))).findings;
    expect(missing).toMatchObject({ code: 'FIT_DATA_MISSING', severity: 'warning' });
    expect(missing!.message).toMatch(/keeps the shape it was modelled on and only follows the skeleton/);
    expect(await codes(await garment({ fitRef: 60000 }))).toEqual(['FIT_DATA_INVALID']);
  });

  it('catches a garment that is Z-up or facing -Z', async () => {
    const zUp = (await validateOne(await garment({ transform: ([x, y, z]) => [x, -z, y] }))).findings;
    expect(zUp).toMatchObject([{ code: 'MESH_OFF_SKELETON', message: expect.stringMatching(/from the bones they are weighted to/) }]);
    const arm = { along: ['LeftArm', 'LeftForeArm', 'LeftHand'], radius: 0.05 };
    expect(await codes(await garment(arm), { slot: 'accessory' })).toEqual([]);
    expect(await codes(await garment({ ...arm, transform: ([x, y, z]) => [-x, y, -z] }), { slot: 'accessory' })).toEqual(['MESH_OFF_SKELETON']);
    // Near the middle a turned garment stays close to its bones, but its left side is on the avatar's right.
    const strap = { along: ['LeftShoulder', 'LeftArm'], radius: 0.03, transform: ([x, y, z]: Vec3): Vec3 => [-x, y, -z] };
    const turned = (await validateOne(await garment(strap), { slot: 'accessory' })).findings;
    expect(turned).toMatchObject([{ code: 'MESH_OFF_SKELETON', message: expect.stringMatching(/faces -Z or is mirrored/) }]);
  });

  it('refuses "attach" on a skinned GLB', async () => {
    expect(await codes(await garment(), { attach: { bone: 'Spine2' } })).toEqual(['ATTACH_SKINNED']);
  });
});

describe('validatePack: rigid accessories', () => {
  it('passes an unskinned item carried by a core bone', async () => {
    const report = await validateOne(await glasses(), { slot: 'glasses', attach: { bone: 'Head' } });
    expect(report.findings).toEqual([]);
    expect(report.assets[0]).toMatchObject({ kind: 'rigid', triangles: 12, joints: 0, fitted: false });
  });

  it('refuses a bone the core skeleton lacks, with the right spelling when only the case differs', async () => {
    const [found] = (await validateOne(await glasses(), { slot: 'glasses', attach: { bone: 'head' } })).findings;
    expect(found).toMatchObject({ code: 'ATTACH_UNKNOWN_BONE', file: 'pack.json', pointer: '/assets/0/attach/bone', fix: 'Write "Head" (joint names are case-sensitive).' });
  });

  it('asks for "attach" on an unskinned item, suggesting the bone from its name or position', async () => {
    const [byName] = (await validateOne(await glasses(), { slot: 'accessory', glb: 'items/item.glb' })).findings;
    expect(byName).toMatchObject({ code: 'RIGID_WITHOUT_ATTACH' });
    const spine2 = skeleton.joints.find((joint) => joint.name === 'Spine2')!.position;
    const [byPlace] = (await validateOne(await glasses([spine2[0], spine2[1], spine2[2] - 0.2]))).findings;
    expect(byPlace!.fix).toBe('Add "attach": { "bone": "Spine2" } (the bone that carries it), or skin it to the core skeleton.');
  });

  it('refuses a node transform, which the app would not apply', async () => {
    const inCentimetres = await rigidAccessoryGlb({ centre: head(), size: [0.14, 0.04, 0.02], nodeScale: 0.01 });
    const [found] = (await validateOne(inCentimetres, { slot: 'glasses', attach: { bone: 'Head' } })).findings;
    expect(found).toMatchObject({ code: 'MESH_NODE_TRANSFORM', severity: 'error', message: expect.stringMatching(/mesh node "accessory" has a transform/) });
  });

  it('warns when the item was not modelled where it sits', async () => {
    expect(await codes(await glasses([0, 0, 0]), { slot: 'glasses', attach: { bone: 'Head' } })).toEqual(['ATTACH_FAR_FROM_BONE']);
  });

  it('catches millimetres and tiny exports with the factor that fixes them', async () => {
    const [large] = (await validateOne(await glasses(head(), 1000), { slot: 'glasses', attach: { bone: 'Head' } })).findings;
    expect(large).toMatchObject({ code: 'SCALE_TOO_LARGE', fix: 'Scale it by 0.001 and apply the scale, so it measures about 0.14 m.' });
    expect(large!.message).toMatch(/probably modelled in millimetres/);
    const [small] = (await validateOne(await glasses(head(), 0.01), { slot: 'glasses', attach: { bone: 'Head' } })).findings;
    expect(small).toMatchObject({ code: 'SCALE_TOO_SMALL', fix: 'Scale it by 100 and apply the scale, so it measures about 0.14 m.' });
  });
});

describe('validatePack: budgets and files', () => {
  it('warns over the slot budget and refuses a 16k texture, read from its header', async () => {
    expect(await codes(await garment({ texture: noisePng(1024, 1024) }))).toEqual([]);
    expect(await codes(await garment({ texture: headerOnlyPng(2048, 2048) }))).toEqual(['TEXTURE_OVER_BUDGET']);
    expect(await codes(await garment({ texture: headerOnlyPng(2048, 2048) }), {}, { budgets: { top: { triangles: 15_000, textureSize: 2048 } } })).toEqual([]);
    const [huge] = (await validateOne(await garment({ texture: headerOnlyPng(16384, 16384) }))).findings;
    expect(huge).toMatchObject({ code: 'TEXTURE_TOO_LARGE', severity: 'error' });
    expect(huge!.message).toMatch(/16384×16384 px/);
    expect(await codes(await rigidAccessoryGlb({ centre: head(), size: [0.14, 0.04, 0.02], texture: headerOnlyPng(1024, 1024) }), { slot: 'glasses', attach: { bone: 'Head' } })).toEqual(['TEXTURE_OVER_BUDGET']);
  });

  it('warns over the triangle budget', async () => {
    const [found] = (await validateOne(await garment({ around: 100, rings: 81 }))).findings;
    expect(found).toMatchObject({ code: 'TRIANGLES_OVER_BUDGET', severity: 'warning', message: 'It has 16,000 triangles; the budget for the top slot is 15,000.' });
  });

  it('reports unreadable GLBs and required extensions the app cannot read', async () => {
    expect(await codes(new TextEncoder().encode('glTF but not really'))).toEqual(['GLTF_VALIDATOR_ERROR', 'GLB_UNREADABLE']);
    const draco = withGlbJson(await glasses(), (json) => {
      json.extensionsUsed = json.extensionsRequired = ['KHR_draco_mesh_compression'];
    });
    const found = (await validateOne(draco, { slot: 'glasses', attach: { bone: 'Head' } })).findings.find((f) => f.code === 'GLB_UNREADABLE');
    expect(found!.fix).toMatch(/Export without KHR_draco_mesh_compression/);
    const gltf = (await validateOne(new TextEncoder().encode('{"asset":{"version":"2.0"}}'))).findings.find((f) => f.code === 'GLB_UNREADABLE');
    expect(gltf!.message).toBe('items/item.glb is glTF JSON (.gltf), not a binary GLB.');
  });

  it('says which checks were skipped without the Khronos validator or a skeleton', async () => {
    const report = await validateOne(await garment({ renameJoint: (name) => `x:${name}` }), {}, { skeleton: null, gltfValidator: null });
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([
      ['GLTF_VALIDATOR_UNAVAILABLE', 'info'],
      ['SKELETON_UNAVAILABLE', 'info'],
    ]);
  });
});
