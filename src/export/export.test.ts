import { describe, expect, it } from 'vitest';
import { blockingIssues, validateGlb } from '../../scripts/bake/gltfValidation';
import { EXPORT_STEPS, exportAvatarFile, ExportInputError } from './index';
import { ARKIT, EXTRAS, VISEMES } from './morphRecipes';
import { glbJson, presetManifest, type GlbJson } from './testExport';

const PRESETS = ['maya', 'kofi', 'mei', 'arthur', 'lena', 'sam', 'amara', 'hiro', 'rosa', 'noah'];

/** INTEROP.md: RPM's 67 joints, Mixamo names without prefix. */
const FINGERS = ['Thumb', 'Index', 'Middle', 'Ring', 'Pinky'].flatMap((finger) => [1, 2, 3, 4].map((k) => `${finger}${k}`));
const SIDE = (side: string) => [`${side}Shoulder`, `${side}Arm`, `${side}ForeArm`, `${side}Hand`, ...FINGERS.map((f) => `${side}Hand${f}`)];
const LEG = (side: string) => [`${side}UpLeg`, `${side}Leg`, `${side}Foot`, `${side}ToeBase`, `${side}Toe_End`];
const RPM_JOINTS = ['Hips', 'Spine', 'Spine1', 'Spine2', 'Neck', 'Head', 'HeadTop_End', 'LeftEye', 'RightEye', ...SIDE('Left'), ...SIDE('Right'), ...LEG('Left'), ...LEG('Right')];

/** ARKit's 52 blend shape names: every ARKit shape we make must be one of them. */
const ARKIT_52 = `eyeBlinkLeft eyeLookDownLeft eyeLookInLeft eyeLookOutLeft eyeLookUpLeft eyeSquintLeft eyeWideLeft eyeBlinkRight eyeLookDownRight
eyeLookInRight eyeLookOutRight eyeLookUpRight eyeSquintRight eyeWideRight jawForward jawLeft jawRight jawOpen mouthClose mouthFunnel mouthPucker
mouthLeft mouthRight mouthSmileLeft mouthSmileRight mouthFrownLeft mouthFrownRight mouthDimpleLeft mouthDimpleRight mouthStretchLeft
mouthStretchRight mouthRollLower mouthRollUpper mouthShrugLower mouthShrugUpper mouthPressLeft mouthPressRight mouthLowerDownLeft
mouthLowerDownRight mouthUpperUpLeft mouthUpperUpRight browDownLeft browDownRight browInnerUp browOuterUpLeft browOuterUpRight cheekPuff
cheekSquintLeft cheekSquintRight noseSneerLeft noseSneerRight tongueOut`.split(/\s+/);

const MB = 1e6;

describe('GLB export', () => {
  it.each(PRESETS)('%s: validator-clean in A and T pose, at lod 0 and 2, with and without an atlas', async (presetId) => {
    const { manifest, sources } = await presetManifest(presetId);
    for (const pose of ['A', 'T']) {
      for (const lod of [0, 2]) {
        for (const textureAtlas of ['none', 1024]) {
          const bytes = await exportAvatarFile(manifest, sources, { pose, lod, textureAtlas }, 'glb');
          const report = await validateGlb(bytes);
          expect(blockingIssues(report), `${presetId} ${pose} lod ${lod} atlas ${textureAtlas}`).toEqual([]);
          expect(report.info.drawCallCount).toBeLessThanOrEqual(textureAtlas === 'none' ? 12 : 2);
        }
      }
    }
  }, 240_000);

  it('the default export reports its steps, fits its budget, uses the RPM skeleton and names its morph targets as RPM did', async () => {
    const { manifest, sources } = await presetManifest('maya');
    const steps: string[] = [];
    const bytes = await exportAvatarFile(manifest, sources, {}, 'glb', (step) => void steps.push(step));
    expect(steps).toEqual([...EXPORT_STEPS]);
    const report = await validateGlb(bytes);
    expect(blockingIssues(report)).toEqual([]);
    expect(bytes.length).toBeLessThanOrEqual(2 * MB);
    expect(report.info.totalTriangleCount).toBeLessThanOrEqual(25_000);
    expect(report.info.drawCallCount).toBeLessThanOrEqual(2);
    const json = glbJson(bytes);
    const nodes = json.nodes;
    const armature = nodes.find((node) => node.name === 'Armature')!;
    expect(armature.children!.map((i) => nodes[i]!.name)).toEqual(['Hips']);
    expect(json.skins[0]!.joints.map((i) => nodes[i]!.name).sort()).toEqual([...RPM_JOINTS].sort());
    const targetNames = json.meshes.flatMap((mesh) => mesh.extras?.targetNames ?? []);
    expect(new Set(targetNames)).toEqual(new Set([...Object.keys(VISEMES), ...Object.keys(EXTRAS)]));
    expect(json.asset.copyright).toContain('CC');
  }, 60_000);

  it('ARKit shapes carry ARKit names, and every option set stays validator-clean', async () => {
    const { manifest, sources } = await presetManifest('kofi');
    for (const options of [{ morphTargets: 'arkit' }, { morphTargets: 'all', compression: 'meshopt' }, { textureAtlas: 512, textureFormat: 'webp' }, { textureAtlas: 'none', textureSizeLimit: 256, textureFormat: 'png', lod: 1 }]) {
      const bytes = await exportAvatarFile(manifest, sources, options, 'glb');
      expect(blockingIssues(await validateGlb(bytes)), JSON.stringify(options)).toEqual([]);
      const names = glbJson(bytes).meshes.flatMap((mesh) => mesh.extras?.targetNames ?? []);
      for (const name of names) expect([...ARKIT_52, ...Object.keys(VISEMES), ...Object.keys(EXTRAS)]).toContain(name);
    }
    expect(Object.keys(ARKIT).every((name) => ARKIT_52.includes(name))).toBe(true);
  }, 60_000);

  it('is deterministic: the same manifest gives byte-identical files', async () => {
    const { manifest, sources } = await presetManifest('mei');
    const first = await exportAvatarFile(manifest, sources, { morphTargets: 'all' }, 'glb');
    const second = await exportAvatarFile(structuredClone(manifest), sources, { morphTargets: 'all' }, 'glb');
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  }, 60_000);
});

describe('VRM export', () => {
  it('has VRMC_vrm with meta, a complete humanoid in a T pose and bound expressions', async () => {
    const { manifest, sources } = await presetManifest('arthur');
    const bytes = await exportAvatarFile(manifest, sources, {}, 'vrm');
    expect(blockingIssues(await validateGlb(bytes))).toEqual([]);
    const json = glbJson(bytes);
    expect(json.extensionsUsed).toContain('VRMC_vrm');
    const vrm = json.extensions!.VRMC_vrm!;
    expect(vrm.specVersion).toBe('1.0');
    expect(vrm.meta).toMatchObject({ name: 'Arthur', authors: ['Avatar Atelier tests'], licenseUrl: 'https://vrm.dev/licenses/1.0/' });
    const bones = vrm.humanoid.humanBones;
    const required = ['hips', 'spine', 'head', 'leftUpperLeg', 'leftLowerLeg', 'leftFoot', 'rightUpperLeg', 'rightLowerLeg', 'rightFoot', 'leftUpperArm', 'leftLowerArm', 'leftHand', 'rightUpperArm', 'rightLowerArm', 'rightHand'];
    for (const bone of [...required, 'neck', 'chest', 'upperChest', 'leftShoulder', 'leftToes', 'leftEye', 'rightIndexDistal']) expect(bones[bone], bone).toBeDefined();
    const nodeIndices = Object.values(bones).map((bone) => bone.node);
    expect(new Set(nodeIndices).size).toBe(nodeIndices.length);
    // T pose: the hands are level with the shoulders, far out to the sides.
    const world = worldPositions(json.nodes);
    const hand = world[bones.leftHand!.node]!;
    const arm = world[bones.leftUpperArm!.node]!;
    expect(Math.abs(hand[1] - arm[1])).toBeLessThan(0.05);
    expect(hand[0] - arm[0]).toBeGreaterThan(0.4);
    expect(Object.keys(vrm.expressions.preset)).toEqual(expect.arrayContaining(['blink', 'blinkLeft', 'blinkRight', 'aa', 'ih', 'ou', 'ee', 'oh', 'happy', 'sad', 'angry', 'surprised', 'relaxed']));
    expect(vrm.lookAt.type).toBe('bone');
  }, 60_000);
});

describe('bad input', () => {
  it('names the field for unknown items, out-of-range values, other pack content and bad options', async () => {
    const { manifest, sources } = await presetManifest('sam');
    const attempts: [unknown, unknown, RegExp][] = [
      [{ ...manifest, items: { ...manifest.items, hair: 'core/no-such-hair' } }, {}, /items\.hair: .*no item "no-such-hair"/],
      [{ ...manifest, body: { height: 3 } }, {}, /body\.height: 3 is outside its range/],
      [{ ...manifest, packs: [{ ...manifest.packs[0]!, hash: `sha256-${'A'.repeat(43)}=` }] }, {}, /packs\[0\]\.hash/],
      [manifest, { lod: 7 }, /options\.lod/],
      [manifest, { wings: true }, /options/],
    ];
    for (const [input, options, message] of attempts) {
      const error = await exportAvatarFile(input as typeof manifest, sources, options, 'glb').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExportInputError);
      expect((error as Error).message).toMatch(message);
    }
  }, 60_000);
});

type Vec3 = [number, number, number];

/** World positions of nodes that only translate (our joints). */
function worldPositions(nodes: GlbJson['nodes']): Vec3[] {
  const world: Vec3[] = [];
  const visit = (index: number, parent: Vec3) => {
    const t = nodes[index]!.translation ?? [0, 0, 0];
    const here: Vec3 = [parent[0] + t[0], parent[1] + t[1], parent[2] + t[2]];
    world[index] = here;
    for (const child of nodes[index]!.children ?? []) visit(child, here);
  };
  const children = new Set(nodes.flatMap((node) => node.children ?? []));
  nodes.forEach((_, i) => !children.has(i) && visit(i, [0, 0, 0]));
  return world;
}
