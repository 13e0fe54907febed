import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PackManifest } from '../packs/schema';
import type { AssetData } from './assetData';
import { readGlb } from './readGlb';
import { attachRigid, followCarrier } from './rigid';
import { EXTREME_SHAPES, loadCorePackForTests } from './testPack';

const ACCESSORIES = 'public/packs/accessories';
const accessoryPack = PackManifest.parse(JSON.parse(readFileSync(`${ACCESSORIES}/pack.json`, 'utf8')));

async function accessory(id: string): Promise<{ data: AssetData; attach: NonNullable<PackManifest['assets'][number]['attach']> }> {
  const asset = accessoryPack.assets.find((candidate) => candidate.id === id)!;
  return { data: await readGlb(new Uint8Array(readFileSync(`${ACCESSORIES}/${asset.glb}`))), attach: asset.attach! };
}

/** For each item vertex, the distance to the nearest of the given body points. */
function clearance(item: Float32Array, body: Float32Array): Float32Array {
  const out = new Float32Array(item.length / 3);
  for (let v = 0; v < out.length; v += 1) {
    let nearest = Infinity;
    for (let b = 0; b < body.length; b += 3) nearest = Math.min(nearest, Math.hypot(item[v * 3]! - body[b]!, item[v * 3 + 1]! - body[b + 1]!, item[v * 3 + 2]! - body[b + 2]!));
    out[v] = nearest;
  }
  return out;
}

describe('rigid accessories', async () => {
  const pack = await loadCorePackForTests();

  it('are bound wholly to their bone, offset as pack.json says, and anchored to the body around them', async () => {
    const { data } = await accessory('round-glasses');
    const attached = attachRigid(data, { bone: 'Head', offset: [0, 0.01, 0] }, pack.body);
    expect(attached.joints.map((joint) => joint.name)).toEqual(['Head']);
    const primitive = attached.primitives[0]!;
    expect([...primitive.skinWeights!].filter((_, i) => i % 4 === 0).every((w) => w === 1)).toBe(true);
    expect(primitive.positions[1]).toBeCloseTo(data.primitives[0]!.positions[1]! + 0.01, 6);
    expect(attached.carrier!.anchors.length).toBeGreaterThan(20);
  });

  it('refuse an unknown bone and a skinned model, in plain words', async () => {
    const { data } = await accessory('round-glasses');
    expect(() => attachRigid(data, { bone: 'Antenna', offset: [0, 0, 0] }, pack.body)).toThrow('"Antenna", which is not a bone');
    expect(() => attachRigid({ ...data, joints: [pack.body.joints[0]!] }, { bone: 'Head', offset: [0, 0, 0] }, pack.body)).toThrow('must have no skin');
  });

  it('stay where they were made on the reference body', async () => {
    const { data, attach } = await accessory('baseball-cap');
    const attached = attachRigid(data, attach, pack.body);
    const carrier = attached.carrier!;
    const body = pack.shaped({});
    // The reference body's own vertices: anchors at rest give no stretch and no shift.
    const rest = new Float32Array(body.length);
    carrier.anchors.forEach((mh, a) => rest.set(carrier.anchorRest.subarray(a * 3, a * 3 + 3), mh * 3));
    const out = new Float32Array(attached.primitives[0]!.positions.length);
    followCarrier(attached.primitives[0]!.positions, carrier, rest, out);
    out.forEach((value, i) => expect(value).toBeCloseTo(attached.primitives[0]!.positions[i]!, 5));
  });

  it.each(['baseball-cap', 'round-glasses', 'backpack', 'wristwatch'])('%s keeps its clearance from the body on every extreme body shape', async (id) => {
    const { data, attach } = await accessory(id);
    const attached = attachRigid(data, attach, pack.body);
    const { anchors, anchorRest } = attached.carrier!;
    const modelled = attached.primitives.flatMap((p) => [...p.positions]);
    const before = clearance(Float32Array.from(modelled), anchorRest);
    for (const [name, values] of Object.entries(EXTREME_SHAPES)) {
      const body = pack.shaped(values);
      const shapedAnchors = Float32Array.from([...anchors].flatMap((mh) => [body[mh * 3]!, body[mh * 3 + 1]!, body[mh * 3 + 2]!]));
      const placed = new Float32Array(modelled.length);
      followCarrier(Float32Array.from(modelled), attached.carrier!, body, placed);
      const after = clearance(placed, shapedAnchors);
      // Vertices that were clear of the skin (over 5 mm) and sank to under a quarter of that: the item went into the body.
      const sunk = before.filter((d, v) => d > 0.005 && after[v]! < d / 4).length;
      expect(sunk / before.length, `${id} on a ${name}`).toBeLessThan(0.05);
    }
  });
});
