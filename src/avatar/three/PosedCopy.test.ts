import { DoubleSide, FrontSide, MeshLambertMaterial, MeshStandardMaterial, Vector3, type BufferAttribute } from 'three';
import { describe, expect, it } from 'vitest';
import { EXTREME_SHAPES, loadCorePackForTests } from '../testPack';
import { LiveAvatar } from './LiveAvatar';
import { buildMaterial } from './materials';
import { PosedCopy } from './PosedCopy';

describe('the still copy of a posed avatar', async () => {
  const pack = await loadCorePackForTests();

  async function posedAvatar() {
    const avatar = new LiveAvatar(pack.body, new MeshStandardMaterial());
    const coat = pack.asset('coat');
    const data = await pack.item('coat');
    avatar.wear({ slot: 'top', asset: data, materials: data.primitives.map(() => new MeshStandardMaterial()), layer: coat.layer, hidesBody: coat.hidesBody });
    avatar.setBodyPositions(pack.shaped(EXTREME_SHAPES['tall heavy woman']!));
    avatar.pose(pack.poses.a!);
    avatar.object.updateMatrixWorld(true);
    return avatar;
  }

  it('puts every vertex where three.js skins it, with unit normals, and keeps only the visible body triangles', async () => {
    const avatar = await posedAvatar();
    const copy = new PosedCopy(avatar, false);
    for (const [source, copied] of [[avatar.body.mesh, copy.meshes(null)[0]!], [avatar.itemMeshes('top')[0]!, copy.meshes('top')[0]!]] as const) {
      const position = copied.geometry.getAttribute('position') as BufferAttribute;
      const normal = copied.geometry.getAttribute('normal') as BufferAttribute;
      for (let v = 0; v < position.count; v += 997) {
        const skinned = source.getVertexPosition(v, new Vector3());
        expect(new Vector3().fromBufferAttribute(position, v).distanceTo(skinned)).toBeLessThan(1e-5);
        expect(new Vector3().fromBufferAttribute(normal, v).length()).toBeCloseTo(1, 5);
      }
      expect(copied.material).toBe(source.material);
    }
    expect(copy.meshes(null)[0]!.geometry.getIndex()!.count).toBe(avatar.body.mesh.geometry.drawRange.count);
    expect(copy.object.position.y).toBe(avatar.object.position.y);
  });

  it('draws the body with about a fifth of its triangles while moving, over the same vertices, and whole again after', async () => {
    const avatar = await posedAvatar();
    const copy = new PosedCopy(avatar, false);
    const body = copy.meshes(null)[0]!.geometry;
    const full = body.getIndex()!.count;
    const vertices = body.getAttribute('position').count;
    await copy.simplify();
    expect(body.drawRange).toEqual({ start: 0, count: full });
    copy.drawCoarse(true);
    expect(body.drawRange.count / full).toBeGreaterThan(0.1);
    expect(body.drawRange.count / full).toBeLessThan(0.25);
    const drawn = [...(body.getIndex()!.array as Uint32Array).subarray(body.drawRange.start, body.drawRange.start + body.drawRange.count)];
    expect(Math.max(...drawn)).toBeLessThan(vertices);
    copy.drawCoarse(false);
    expect(body.drawRange).toEqual({ start: 0, count: full });
  });

  it('lights the copy with Lambert materials sharing the textures when asked, and frees only what it made', async () => {
    const avatar = await posedAvatar();
    const original = avatar.itemMeshes('top')[0]!.material as MeshStandardMaterial;
    const copy = new PosedCopy(avatar, true);
    const cheap = copy.meshes('top')[0]!.material as MeshLambertMaterial;
    expect(cheap).toBeInstanceOf(MeshLambertMaterial);
    expect(cheap.map).toBe(original.map);
    let freed = 0;
    let originalFreed = 0;
    cheap.addEventListener('dispose', () => (freed += 1));
    original.addEventListener('dispose', () => (originalFreed += 1));
    copy.dispose();
    expect([freed, originalFreed]).toEqual([1, 0]);
  });

  it('culls the back faces the pack made single-sided, which the stage draws double-sided, and leaves out stand-in textures', async () => {
    const noImages = { decode: () => Promise.resolve(null), release: () => {} };
    const bodyMaterial = await buildMaterial(pack.body.primitives[0]!.material, noImages);
    expect(pack.body.primitives[0]!.material.doubleSided).toBe(false);
    expect(bodyMaterial.side).toBe(DoubleSide);
    const avatar = new LiveAvatar(pack.body, bodyMaterial);
    const cheap = new PosedCopy(avatar, true).meshes(null)[0]!.material as MeshLambertMaterial;
    expect(cheap.side).toBe(FrontSide);
    expect([cheap.map, cheap.normalMap, cheap.aoMap]).toEqual([null, null, null]);
  });
});
