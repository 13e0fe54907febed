import { MeshStandardMaterial, type BufferAttribute } from 'three';
import { describe, expect, it } from 'vitest';
import type { AssetData, PrimitiveData } from './assetData';
import { attachRigid } from './rigid';
import { EXTREME_SHAPES, loadCorePackForTests } from './testPack';
import { LiveAvatar } from './three/LiveAvatar';

/** A 4 cm cube (12 triangles) centred on a point: a stand-in for a pair of glasses, as a GLB would give it. */
function cubeAt([cx, cy, cz]: readonly number[]): AssetData {
  const positions = new Float32Array(8 * 3);
  for (let v = 0; v < 8; v += 1) positions.set([cx! + (v & 1 ? 0.02 : -0.02), cy! + (v & 2 ? 0.02 : -0.02), cz! + (v & 4 ? 0.02 : -0.02)], v * 3);
  const faces = [0, 1, 3, 0, 3, 2, 4, 6, 7, 4, 7, 5, 0, 4, 5, 0, 5, 1, 2, 3, 7, 2, 7, 6, 0, 2, 6, 0, 6, 4, 1, 5, 7, 1, 7, 3];
  const material = { name: 'frame', baseColor: [0.1, 0.1, 0.1, 1], metallic: 0, roughness: 0.5, alphaMode: 'OPAQUE', alphaCutoff: 0.5, doubleSided: false, baseColorTexture: null, normalTexture: null, occlusionTexture: null } as const;
  const primitive: PrimitiveData = { positions, normals: null, uvs: null, indices: Uint32Array.from(faces), skinJoints: null, skinWeights: null, mhVertex: null, fitRefs: null, fitWeights: null, fitOffsets: null, material: { ...material, baseColor: [...material.baseColor] } };
  return { name: 'cube', primitives: [primitive], joints: [], extras: {} };
}

const centre = (positions: ArrayLike<number>) => [0, 1, 2].map((k) => Array.from({ length: positions.length / 3 }, (_, v) => positions[v * 3 + k]!).reduce((a, b) => a + b) / (positions.length / 3));

describe('rigid accessories', async () => {
  const pack = await loadCorePackForTests();
  const head = pack.body.joints.find((joint) => joint.name === 'Head')!.head;
  const glasses = cubeAt([head[0], head[1] + 0.08, head[2] + 0.1]);

  it('are bound wholly to their bone, with the offset applied', () => {
    const attached = attachRigid(glasses, { bone: 'Head', offset: [0, 0.01, 0] }, pack.body.joints);
    expect(attached.joints.map((joint) => joint.name)).toEqual(['Head']);
    expect(attached.carrier).toEqual({ bone: 'Head', restHead: head });
    const primitive = attached.primitives[0]!;
    expect([...primitive.skinWeights!].filter((_, i) => i % 4 === 0).every((w) => w === 1)).toBe(true);
    expect(centre(primitive.positions)[1]).toBeCloseTo(head[1] + 0.09, 5);
  });

  it('refuse an unknown bone and a skinned model, in plain words', () => {
    expect(() => attachRigid(glasses, { bone: 'Antenna', offset: [0, 0, 0] }, pack.body.joints)).toThrow('"Antenna", which is not a bone');
    const skinned = { ...glasses, joints: [pack.body.joints[0]!] };
    expect(() => attachRigid(skinned, { bone: 'Head', offset: [0, 0, 0] }, pack.body.joints)).toThrow('must have no skin');
  });

  it('keep their place on the head when the body is shaped, before or after they are put on', () => {
    const attached = attachRigid(glasses, { bone: 'Head', offset: [0, 0, 0] }, pack.body.joints);
    for (const [name, values] of Object.entries(EXTREME_SHAPES)) {
      for (const order of ['wear first', 'shape first']) {
        const avatar = new LiveAvatar(pack.body, new MeshStandardMaterial());
        const wear = () => avatar.wear({ slot: 'glasses', asset: attached, materials: [new MeshStandardMaterial()], layer: 60, hidesBody: [] });
        if (order === 'wear first') wear();
        avatar.setBodyPositions(pack.shaped(values));
        if (order === 'shape first') wear();
        const shapedHead = avatar.skeleton.head(avatar.skeleton.jointIndex('Head')!);
        const position = avatar.itemMeshes('glasses')[0]!.geometry.getAttribute('position') as BufferAttribute;
        const offset = centre(position.array as Float32Array).map((c, k) => c - shapedHead[k]!);
        expect(offset[0], `${name}, ${order}`).toBeCloseTo(0, 4);
        expect(offset[1], `${name}, ${order}`).toBeCloseTo(0.08, 4);
        expect(offset[2], `${name}, ${order}`).toBeCloseTo(0.1, 4);
        avatar.dispose();
      }
    }
  });
});
