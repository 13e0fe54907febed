import { readFileSync } from 'node:fs';
import { MeshStandardMaterial, type BufferAttribute } from 'three';
import { describe, expect, it } from 'vitest';
import type { Asset } from '../packs/schema';
import type { Vec3 } from './assetData';
import { headCentre, headwearCover, tuckUnder, type HeadwearShell } from './headwear';
import { readGlb } from './readGlb';
import { pokingThrough } from './testHeadwear';
import { attachRigid } from './rigid';
import { EXTREME_SHAPES, loadCorePackForTests, type TestPack } from './testPack';
import { LiveAvatar } from './three/LiveAvatar';

/** A dome of radius `r` over `centre` (above its equator), as a triangle mesh. */
function dome(centre: Vec3, r: number): HeadwearShell {
  const [rings, segments] = [12, 32];
  const positions: number[] = [];
  const indices: number[] = [];
  for (let i = 0; i <= rings; i += 1) {
    const elevation = (i / rings) * (Math.PI / 2);
    for (let j = 0; j < segments; j += 1) {
      const azimuth = (j / segments) * 2 * Math.PI;
      positions.push(centre[0] + r * Math.cos(elevation) * Math.cos(azimuth), centre[1] + r * Math.sin(elevation), centre[2] + r * Math.cos(elevation) * Math.sin(azimuth));
    }
  }
  for (let i = 0; i < rings; i += 1) {
    for (let j = 0; j < segments; j += 1) {
      const [a, b] = [i * segments + j, i * segments + ((j + 1) % segments)];
      indices.push(a, b, a + segments, b, b + segments, a + segments);
    }
  }
  return { positions, indices };
}

describe('hair under headwear', () => {
  it('pulls hair standing out through a dome in under it, and leaves hair below the dome or inside it alone', () => {
    const centre: Vec3 = [0, 1.6, 0];
    const cover = headwearCover([dome(centre, 0.1)], centre);
    const outside = [0.12, 1.65, 0, 0, 1.72, 0, -0.05, 1.7, 0.08];
    const below = [0.12, 1.55, 0, 0, 1.45, 0.05];
    const inside = [0.05, 1.65, 0];
    const hair = Float32Array.from([...outside, ...below, ...inside]);
    expect(tuckUnder(cover, centre, hair)).toBe(true);
    for (let v = 0; v < outside.length; v += 3) {
      const r = Math.hypot(hair[v]! - centre[0], hair[v + 1]! - centre[1], hair[v + 2]! - centre[2]);
      expect(r).toBeGreaterThan(0.09);
      expect(r).toBeLessThan(0.1);
    }
    expect(Array.from(hair.slice(outside.length))).toEqual(Array.from(Float32Array.from([...below, ...inside])));
    expect(tuckUnder(cover, centre, hair)).toBe(false); // tucked hair stays put
  });

  describe('on the live avatar', async () => {
    const pack: TestPack = await loadCorePackForTests();
    const wear = async (avatar: LiveAvatar, slot: string, id: string) => {
      const asset = pack.asset(id);
      const data = await pack.item(id);
      avatar.wear({ slot, asset: data, materials: data.primitives.map(() => new MeshStandardMaterial()), layer: asset.layer, hidesBody: asset.hidesBody });
    };
    const positionsOf = (avatar: LiveAvatar, slot: string) =>
      avatar.itemMeshes(slot).map((mesh) => (mesh.geometry.getAttribute('position') as BufferAttribute).array as Float32Array);
    const centreOf = (avatar: LiveAvatar): Vec3 => {
      const joint = (name: string) => avatar.skeleton.head(avatar.skeleton.jointIndex(name)!);
      return headCentre(joint('Head'), joint('HeadTop_End'));
    };
    const shellsOf = (avatar: LiveAvatar) =>
      avatar.itemMeshes('headwear').map((mesh) => ({ positions: (mesh.geometry.getAttribute('position') as BufferAttribute).array, indices: mesh.geometry.getIndex()!.array }));

    for (const shape of ['modelled', 'tall heavy man', 'short slim woman'] as const) {
      it(`keeps short hair inside a fishing hat (${shape} body), and gives it back its fitted shape when the hat comes off`, async () => {
        const avatar = new LiveAvatar(pack.body, new MeshStandardMaterial());
        if (shape !== 'modelled') avatar.setBodyPositions(pack.shaped(EXTREME_SHAPES[shape]!));
        await wear(avatar, 'hair', 'short02');
        const fitted = positionsOf(avatar, 'hair').map((array) => array.slice());
        await wear(avatar, 'headwear', 'fishing-hat-01');
        const hair = positionsOf(avatar, 'hair');
        const bare = fitted.reduce((sum, array) => sum + pokingThrough(array, shellsOf(avatar), centreOf(avatar)), 0);
        expect(bare).toBeGreaterThan(100); // the problem being solved: bushy hair stands out through the hat
        expect(hair.reduce((sum, array) => sum + pokingThrough(array, shellsOf(avatar), centreOf(avatar)), 0)).toBe(0);
        avatar.remove('headwear');
        expect(positionsOf(avatar, 'hair').map((array) => Array.from(array))).toEqual(fitted.map((array) => Array.from(array)));
      });
    }

    it('keeps long hair below a rigid cap as it was fitted: only what the cap covers moves', async () => {
      const accessories = JSON.parse(readFileSync('public/packs/accessories/pack.json', 'utf8')) as { assets: Asset[] };
      const cap = accessories.assets.find((asset) => asset.id === 'baseball-cap')!;
      const data = attachRigid(await readGlb(new Uint8Array(readFileSync(`public/packs/accessories/${cap.glb}`))), cap.attach!, pack.body);
      const avatar = new LiveAvatar(pack.body, new MeshStandardMaterial());
      await wear(avatar, 'hair', 'long01');
      const fitted = positionsOf(avatar, 'hair')[0]!.slice();
      avatar.wear({ slot: 'headwear', asset: data, materials: data.primitives.map(() => new MeshStandardMaterial()), layer: cap.layer, hidesBody: [] });
      const hair = positionsOf(avatar, 'hair')[0]!;
      expect(pokingThrough(hair, shellsOf(avatar), centreOf(avatar))).toBe(0);
      let belowCapMoved = 0;
      let belowCap = 0;
      const capBottom = Math.min(...Array.from(shellsOf(avatar)[0]!.positions).filter((_, i) => i % 3 === 1));
      for (let v = 1; v < fitted.length; v += 3) {
        if (fitted[v]! >= capBottom - 0.02) continue;
        belowCap += 1;
        if (hair[v] !== fitted[v]) belowCapMoved += 1;
      }
      expect(belowCap).toBeGreaterThan(500);
      expect(belowCapMoved).toBe(0);
    });
  });
});
