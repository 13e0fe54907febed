/**
 * A generated test pack of 20 assets (~10 MB zipped) mixing good items and every kind of mistake, with the findings
 * the validator must report. Unit tests, the e2e test and the bench build it the same way; it needs only the core
 * skeleton (see referenceSkeletonFromPack).
 */
import { zipSync, type Zippable } from 'fflate';
import type { FindingCode } from './findings';
import { withTruncatedBuffer } from './testGlbPatches';
import { rigidAccessoryGlb, skinnedGarmentGlb } from './testGlbs';
import { headerOnlyPng, noisePng } from './testImages';
import type { ReferenceSkeleton, Vec3 } from './types';

export interface ExpectedFinding {
  code: FindingCode;
  /** The asset it is about; absent for pack-level findings. */
  asset?: string;
}

export interface TestPackZip {
  zip: Uint8Array;
  /** Every finding the report must contain, and no others. */
  expected: ExpectedFinding[];
  /** Assets with no finding: safe to preview, wear and export. */
  goodAssets: string[];
}

interface FixtureAsset {
  id: string;
  slot: string;
  glb?: () => Promise<Uint8Array>;
  /** Fields of the pack.json entry besides the defaults (a texture, attach, another licence…). */
  entry?: Record<string, unknown>;
  files?: Record<string, Uint8Array>;
  expect?: FindingCode[];
}

const CC0 = { spdx: 'CC0-1.0', author: 'Avatar Atelier tests' };

function fixtureAssets(skeleton: ReferenceSkeleton): FixtureAsset[] {
  const at = (bone: string, [dx, dy, dz]: Vec3 = [0, 0, 0]): Vec3 => {
    const [x, y, z] = skeleton.joints.find((joint) => joint.name === bone)!.position;
    return [x + dx, y + dy, z + dz];
  };
  const garment = (options: Parameters<typeof skinnedGarmentGlb>[1] = {}) => () => skinnedGarmentGlb(skeleton, options);
  const box = (centre: Vec3, size: Vec3, texture?: Uint8Array) => () => rigidAccessoryGlb({ centre, size, texture });
  const attach = (bone: string) => ({ attach: { bone, offset: [0, 0, 0] } });
  return [
    { id: 'tee', slot: 'top', glb: garment({ texture: noisePng(1024, 1024, 1) }) },
    { id: 'dress', slot: 'outfit', glb: garment({ radius: 0.2, rings: 30, texture: noisePng(1024, 1024, 2) }) },
    { id: 'sleeve', slot: 'accessory', glb: garment({ along: ['LeftArm', 'LeftForeArm', 'LeftHand'], radius: 0.05, texture: noisePng(256, 256, 4) }) },
    { id: 'beanie', slot: 'headwear', glb: garment({ along: ['Head', 'HeadTop_End'], radius: 0.1 }) },
    { id: 'round-glasses', slot: 'glasses', glb: box(at('Head', [0, 0.03, 0.09]), [0.14, 0.04, 0.02], noisePng(256, 256, 5)), entry: attach('Head') },
    { id: 'backpack', slot: 'accessory', glb: box(at('Spine2', [0, 0, -0.2]), [0.3, 0.4, 0.15]), entry: attach('Spine2') },
    { id: 'cap', slot: 'headwear', glb: box(at('HeadTop_End', [0, -0.03, 0.02]), [0.2, 0.08, 0.24]), entry: attach('Head') },
    { id: 'tan-skin', slot: 'skin', entry: { texture: 'skins/tan-skin.png' }, files: { 'skins/tan-skin.png': noisePng(1024, 1024, 3) } },
    { id: 'watch', slot: 'accessory', glb: box(at('LeftHand'), [0.05, 0.02, 0.05]), entry: { ...attach('LeftHand'), licence: { spdx: 'CC-BY-4.0', author: 'Ada' } }, expect: ['LICENCE_ATTRIBUTION_MISSING'] },
    { id: 'belt', slot: 'accessory', glb: box(at('Hips'), [0.36, 0.05, 0.26]), entry: { ...attach('Hips'), thumbnail: 'thumbs/belt.webp' }, expect: ['THUMBNAIL_MISSING'] },
    { id: 'broken-buffer', slot: 'accessory', glb: async () => withTruncatedBuffer(await box(at('Head'), [0.1, 0.1, 0.1])()), entry: attach('Head'), expect: ['GLTF_VALIDATOR_ERROR', 'GLB_UNREADABLE'] },
    { id: 'mixamo-shirt', slot: 'top', glb: garment({ renameJoint: (name) => `mixamorig:${name}` }), expect: ['SKIN_UNKNOWN_JOINT'] },
    { id: 'huge-texture', slot: 'top', glb: garment({ texture: headerOnlyPng(16384, 16384) }), expect: ['TEXTURE_TOO_LARGE'] },
    { id: 'hat-centimetres', slot: 'headwear', glb: box(at('HeadTop_End').map((v) => v * 100) as Vec3, [20, 10, 24]), entry: attach('Head'), expect: ['SCALE_TOO_LARGE'] },
    { id: 'unfitted-top', slot: 'top', glb: garment({ fit: false }), expect: ['FIT_DATA_MISSING'] },
    { id: 'shifted-bind', slot: 'top', glb: garment({ bindOffset: [0.05, 0, 0] }), expect: ['BIND_POSE_MISMATCH'] },
    { id: 'heavy-coat', slot: 'top', glb: garment({ around: 100, rings: 81, radius: 0.2 }), expect: ['TRIANGLES_OVER_BUDGET'] },
    { id: 'loose-glasses', slot: 'glasses', glb: box(at('Head', [0, 0.03, 0.09]), [0.14, 0.04, 0.02]), expect: ['RIGID_WITHOUT_ATTACH'] },
    { id: 'evil-path', slot: 'top', entry: { glb: '../outside.glb' }, expect: ['PATH_OUTSIDE_PACK'] },
    { id: 'cdn-hat', slot: 'headwear', entry: { glb: 'https://cdn.example.com/hat.glb' }, expect: ['PATH_EXTERNAL_URL'] },
  ];
}

export async function buildTestPackZip(skeleton: ReferenceSkeleton): Promise<TestPackZip> {
  const assets = fixtureAssets(skeleton);
  const files: Record<string, Uint8Array> = { 'notes.txt': new TextEncoder().encode('Not named in pack.json.') };
  const entries = [];
  for (const [i, fixture] of assets.entries()) {
    const entry = { id: fixture.id, slot: fixture.slot, name: { en: fixture.id, fr: fixture.id }, thumbnail: `thumbs/${fixture.id}.png`, licence: CC0, ...(fixture.glb ? { glb: `items/${fixture.id}.glb` } : {}), ...fixture.entry };
    if (fixture.glb) files[`items/${fixture.id}.glb`] = await fixture.glb();
    if (entry.thumbnail === `thumbs/${fixture.id}.png`) files[entry.thumbnail] = noisePng(128, 128, 100 + i);
    Object.assign(files, fixture.files);
    entries.push(entry);
  }
  files['pack.json'] = new TextEncoder().encode(JSON.stringify(manifest(entries), null, 2));
  const zippable: Zippable = Object.fromEntries(Object.entries(files).map(([path, bytes]) => [`test-pack/${path}`, bytes]));
  const expected: ExpectedFinding[] = [{ code: 'FILE_UNUSED' }, ...assets.flatMap((fixture) => (fixture.expect ?? []).map((code) => ({ code, asset: fixture.id })))];
  return { zip: zipSync(zippable, { level: 1 }), expected, goodAssets: assets.filter((fixture) => !fixture.expect).map((fixture) => fixture.id) };
}

function manifest(assets: unknown[]) {
  return {
    format: 'avatar-atelier/pack',
    formatVersion: 1,
    id: 'test-pack',
    version: '1.0.0',
    name: { en: 'Test pack', fr: 'Pack de test' },
    licence: CC0,
    authors: ['Avatar Atelier tests'],
    assets,
    presets: [{ id: 'casual', name: { en: 'Casual', fr: 'Décontracté' }, items: { top: 'tee', glasses: 'round-glasses' } }],
  };
}
