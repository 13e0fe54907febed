import { MeshStandardMaterial, type BufferGeometry, type Material } from 'three';
import { describe, expect, it } from 'vitest';
import { applyShape, clampShapeValues } from '../shape';
import { loadCorePackForTests } from '../testPack';
import { LiveAvatar } from './LiveAvatar';

const CHOICES: Record<string, string[]> = {
  hair: ['bob01', 'long01', 'short02'],
  outfit: ['male-casualsuit01', 'female-sportsuit01', 'f-dress-02'],
  footwear: ['shoes01', 'shoes05'],
};

/** Counts dispose events of every geometry and material the avatar holds, to prove each is freed exactly once. */
function disposeCounter() {
  const counts = new Map<BufferGeometry | Material, number>();
  const watch = (resource: BufferGeometry | Material) => {
    if (counts.has(resource)) return;
    counts.set(resource, 0);
    resource.addEventListener('dispose', () => counts.set(resource, counts.get(resource)! + 1));
  };
  return { counts, watch };
}

describe('LiveAvatar', async () => {
  const pack = await loadCorePackForTests();

  it('stands on the floor after a shape change and follows a pose', () => {
    const avatar = new LiveAvatar(pack.body, new MeshStandardMaterial());
    const body = new Float32Array(pack.shape.vertexCount * 3);
    applyShape(pack.shape, clampShapeValues(pack.shape, { height: 1, weight: 1 }), body);
    avatar.setBodyPositions(body);
    const position = avatar.body.mesh.geometry.getAttribute('position');
    let lowest = Infinity;
    for (let i = 0; i < position.count; i += 1) lowest = Math.min(lowest, position.getY(i));
    expect(lowest + avatar.object.position.y).toBeCloseTo(0, 5);
    const { faceY, topY } = avatar.landmarks();
    expect(faceY).toBeLessThan(topY);
    expect(topY).toBeGreaterThan(1.7);
    avatar.pose({ LeftArm: [0, 0, 0.3826834, 0.9238795] });
    avatar.object.updateMatrixWorld(true);
    const arm = avatar.skeleton.skeleton.bones.find((bone) => bone.name === 'LeftArm')!;
    expect(arm.quaternion.z).toBeCloseTo(0.3826834, 6);
    avatar.dispose();
  });

  it('frees every geometry and material exactly once over many swaps', async () => {
    const { counts, watch } = disposeCounter();
    const bodyMaterial = new MeshStandardMaterial();
    const avatar = new LiveAvatar(pack.body, bodyMaterial);
    watch(avatar.body.mesh.geometry);
    watch(bodyMaterial);
    const slots = Object.keys(CHOICES);
    for (let step = 0; step < 50; step += 1) {
      const slot = slots[step % slots.length]!;
      const id = CHOICES[slot]![(step * 7) % CHOICES[slot]!.length]!;
      const asset = pack.manifest.assets.find((a) => a.id === id)!;
      const data = await pack.item(id);
      if (step % 5 === 4) avatar.remove(slot);
      else avatar.wear({ slot, asset: data, materials: data.primitives.map(() => new MeshStandardMaterial()), layer: asset.layer, hidesBody: asset.hidesBody });
      for (const mesh of avatar.itemMeshes(slot)) {
        watch(mesh.geometry);
        watch(mesh.material as Material);
      }
    }
    avatar.dispose();
    const notOnce = [...counts.values()].filter((n) => n !== 1);
    expect(counts.size).toBeGreaterThan(40);
    expect(notOnce).toEqual([]);
  });
});
