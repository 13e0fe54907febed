import { BufferGeometry, Material, MeshStandardMaterial, Texture, Vector3, type Bone, type EventDispatcher } from 'three';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EYES_CLOSED, mixExpression, parseExpressions } from '../expressions';
import { fitToBody } from '../fitting';
import { hiddenVertexMask, visibleTriangles } from '../hiddenBody';
import { fitJointHeads } from '../skeletonFit';
import { EXTREME_SHAPES, loadCorePackForTests, type TestPack } from '../testPack';
import { LiveAvatar, MH_BODY_VERTICES } from './LiveAvatar';
import { buildMaterial } from './materials';
import { DecodedImageCache } from './imageCache';

const CHOICES: Record<string, string[]> = {
  outfit: ['male-casualsuit01', 'female-sportsuit01', 'f-dress-02'],
  hair: ['bob01', 'long01', 'short02'],
  footwear: ['shoes01', 'shoes05'],
  eyebrows: ['eyebrow001', 'eyebrow002'],
  top: ['coat', 'tubetop'],
};

async function wearItem(avatar: LiveAvatar, pack: TestPack, slot: string, id: string, materials?: MeshStandardMaterial[]) {
  const asset = pack.asset(id);
  const data = await pack.item(id);
  avatar.wear({ slot, asset: data, materials: materials ?? data.primitives.map(() => new MeshStandardMaterial()), layer: asset.layer, hidesBody: asset.hidesBody });
}

function worldPosition(bone: Bone): Vector3 {
  return bone.getWorldPosition(new Vector3());
}

/** Counts `dispose` events per resource, to prove that each is freed exactly once. */
function disposeCounter() {
  const counts = new Map<EventDispatcher<{ dispose: object }>, number>();
  const watch = (resource: EventDispatcher<{ dispose: object }>) => {
    if (counts.has(resource)) return;
    counts.set(resource, 0);
    resource.addEventListener('dispose', () => counts.set(resource, counts.get(resource)! + 1));
  };
  const notOnce = () => [...counts].filter(([, n]) => n !== 1).map(([resource, n]) => `${resource.constructor.name} ${(resource as { name?: string }).name ?? ''}: ${n}`);
  return { counts, watch, notOnce };
}

/** three.js numbers every geometry, material and texture it creates: the next id says how many were made. */
function nextIds() {
  const probes = [new BufferGeometry(), new Material(), new Texture()];
  return probes.map((probe) => probe.id);
}

/** A seeded random sequence (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('LiveAvatar built from the core pack', async () => {
  const pack = await loadCorePackForTests();

  const WORN = [['outfit', 'male-casualsuit01'], ['hair', 'long01'], ['footwear', 'shoes05']] as const;

  /** A tall heavy man wearing an outfit and hair put on before the shape change, and shoes put on after it. */
  async function dressedAvatar() {
    const avatar = new LiveAvatar(pack.body, new MeshStandardMaterial());
    for (const [slot, id] of WORN.slice(0, 2)) await wearItem(avatar, pack, slot, id);
    const body = pack.shaped(EXTREME_SHAPES['tall heavy man']!);
    avatar.setBodyPositions(body);
    for (const [slot, id] of WORN.slice(2)) await wearItem(avatar, pack, slot, id);
    avatar.object.updateMatrixWorld(true);
    const bones = avatar.skeleton.skeleton.bones;
    const at = (name: string) => worldPosition(bones[avatar.skeleton.jointIndex(name)!]!);
    return { avatar, body, bones, at };
  }

  it('stands on Y = 0 with every joint where fitJointHeads puts it, lifted by the grounding offset', async () => {
    const { avatar, body, bones } = await dressedAvatar();
    const position = avatar.body.mesh.geometry.getAttribute('position');
    let lowest = Infinity;
    for (let i = 0; i < position.count; i += 1) lowest = Math.min(lowest, position.getY(i));
    const lift = avatar.object.position.y;
    expect(Math.abs(lowest + lift)).toBeLessThan(1e-6);
    const heads = new Float32Array(pack.body.joints.length * 3);
    fitJointHeads(pack.body.joints, body, heads);
    const jointError = Math.max(...bones.map((bone, j) => worldPosition(bone).sub(new Vector3(heads[j * 3]!, heads[j * 3 + 1]! + lift, heads[j * 3 + 2]!)).length()));
    expect(jointError).toBeLessThan(1e-5);
    avatar.dispose();
  });

  it('leaves every body vertex in place when skinned in the rest pose (inverse binds follow the refit)', async () => {
    const { avatar } = await dressedAvatar();
    const position = avatar.body.mesh.geometry.getAttribute('position');
    const skinned = new Vector3();
    let skinError = 0;
    for (let i = 0; i < position.count; i += 1) {
      avatar.body.mesh.applyBoneTransform(i, skinned.fromBufferAttribute(position, i));
      skinError = Math.max(skinError, skinned.distanceTo(new Vector3().fromBufferAttribute(position, i)));
    }
    expect(skinError).toBeLessThan(1e-5);
    avatar.dispose();
  });

  it('fits worn items to the shaped body, worn before or after the shape change, and hides what they list', async () => {
    const { avatar, body } = await dressedAvatar();
    for (const [slot, id] of WORN) {
      const primitive = (await pack.item(id)).primitives[0]!;
      const expected = new Float32Array(primitive.positions.length);
      fitToBody(body, primitive.fitRefs!, primitive.fitWeights!, primitive.fitOffsets!, expected);
      expect(Array.from(avatar.itemMeshes(slot)[0]!.geometry.getAttribute('position').array), id).toEqual(Array.from(expected));
    }
    const ranges = WORN.flatMap(([, id]) => pack.asset(id).hidesBody);
    const { indices, mhVertex } = pack.body.primitives[0]!;
    const visible = visibleTriangles(indices, mhVertex!, hiddenVertexMask(pack.shape.vertexCount, ranges));
    const geometry = avatar.body.mesh.geometry;
    expect(geometry.drawRange.count).toBe(visible.length);
    expect(Array.from(geometry.getIndex()!.array.subarray(0, visible.length))).toEqual(Array.from(visible));
    avatar.dispose();
  });

  it('frames the face below the head top', async () => {
    const { avatar, at } = await dressedAvatar();
    const { faceY, topY } = avatar.landmarks();
    expect(faceY).toBeLessThan(topY);
    expect(faceY).toBeGreaterThan(at('Neck').y);
    expect(topY).toBeCloseTo(at('HeadTop_End').y, 6);
    avatar.dispose();
  });

  it('takes the T pose rigidly: bones keep their lengths, unrotated chains stay, arms level', async () => {
    const { avatar, bones, at } = await dressedAvatar();
    const rest = bones.map(worldPosition);
    const t = pack.poses.t!;
    avatar.pose(t);
    avatar.object.updateMatrixWorld(true);
    const posed = bones.map(worldPosition);
    const moved = (bone: Bone): boolean => bone.name in t || (bone.parent !== null && 'isBone' in bone.parent && moved(bone.parent as Bone));
    pack.body.joints.forEach((joint, j) => {
      if (joint.parent < 0) return;
      const length = (points: Vector3[]) => points[j]!.distanceTo(points[joint.parent]!);
      expect(Math.abs(length(posed) - length(rest)), joint.name).toBeLessThan(1e-5);
      if (!moved(bones[j]!)) expect(posed[j]!.distanceTo(rest[j]!), joint.name).toBeLessThan(1e-6);
    });
    for (const [side, x] of [['Left', 1], ['Right', -1]] as const) {
      for (const [from, to] of [['Arm', 'ForeArm'], ['ForeArm', 'Hand']]) {
        const direction = at(side + to).sub(at(side + from)).normalize();
        // The pose was made on the reference body; this body's bones start a few degrees off (measured ≤ 6°).
        expect(Math.acos(direction.x * x), `${side}${from} angle to the horizontal (rad)`).toBeLessThan(0.15);
      }
    }
    avatar.dispose();
  });

  it('frees every geometry, material and bone texture exactly once over 50 random wear/remove/replace cycles', async () => {
    const { counts, watch, notOnce } = disposeCounter();
    const [geometriesBefore, materialsBefore, texturesBefore] = nextIds();
    const avatar = new LiveAvatar(pack.body, new MeshStandardMaterial());
    watch(avatar.body.mesh.geometry);
    watch(avatar.body.mesh.material as MeshStandardMaterial);
    // What WebGLRenderer does on the first draw of a skinned mesh: the bones' matrices go to a texture.
    watch(avatar.skeleton.skeleton.computeBoneTexture().boneTexture!);
    const next = random(20261122);
    const slots = Object.keys(CHOICES);
    const shapes = [{}, ...Object.values(EXTREME_SHAPES)];
    for (let step = 0; step < 50; step += 1) {
      const slot = slots[Math.floor(next() * slots.length)]!;
      if (next() < 0.3) avatar.remove(slot);
      else await wearItem(avatar, pack, slot, CHOICES[slot]![Math.floor(next() * CHOICES[slot]!.length)]!);
      if (next() < 0.2) avatar.setBodyPositions(pack.shaped(shapes[Math.floor(next() * shapes.length)]!));
      for (const mesh of avatar.itemMeshes(slot)) {
        watch(mesh.geometry);
        watch(mesh.material as MeshStandardMaterial);
      }
      // Nothing taken off stays in the scene graph.
      const meshes: unknown[] = [];
      avatar.object.traverse((object) => 'isMesh' in object && meshes.push(object));
      expect(meshes.length).toBe(1 + avatar.wornSlots().flatMap((s) => avatar.itemMeshes(s)).length);
    }
    const [geometriesAfter, materialsAfter, texturesAfter] = nextIds();
    avatar.dispose();
    // Every geometry, material and texture made during the cycles (test materials included) was watched...
    const watched = (type: new (...args: never[]) => object) => [...counts.keys()].filter((resource) => resource instanceof type).length;
    expect(watched(BufferGeometry)).toBe(geometriesAfter! - geometriesBefore! - 1);
    expect(watched(Material)).toBe(materialsAfter! - materialsBefore! - 1);
    expect(watched(Texture)).toBe(texturesAfter! - texturesBefore! - 1);
    expect(counts.size).toBeGreaterThan(60);
    // ... and freed exactly once.
    expect(notOnce()).toEqual([]);
    expect(avatar.object.parent).toBeNull();
  });

  it('frees the textures its materials own, body included, exactly once', async () => {
    // Stands in for the browser's image decoder (Node has none) behind the app's own cache, which keeps no idle
    // image here (budget 0): every decoded image is closed exactly once when the last texture using it goes.
    const closed = new Map<object, number>();
    const decode = new DecodedImageCache((data) => {
      const image = { width: 1, height: 1, close: () => closed.set(image, (closed.get(image) ?? 0) + 1) };
      closed.set(image, 0);
      return Promise.resolve(data.bytes.length > 0 ? (image as unknown as ImageBitmap) : null);
    }, 0);
    const { watch, notOnce, counts } = disposeCounter();
    const built = async (data: Parameters<typeof buildMaterial>[0]) => {
      const material = await buildMaterial(data, decode);
      watch(material);
      for (const texture of material.userData.ownedTextures as (Texture | null)[]) if (texture) watch(texture);
      return material;
    };
    // The core body has no texture of its own (skins are shared textures); a body pack may carry one.
    const hair = (await pack.item('long01')).primitives[0]!.material;
    const avatar = new LiveAvatar(pack.body, await built({ ...pack.body.primitives[0]!.material, baseColorTexture: hair.baseColorTexture }));
    for (const [slot, id] of [['hair', 'long01'], ['outfit', 'male-casualsuit01'], ['hair', 'bob01'], ['footwear', 'shoes05']] as const) {
      const data = await pack.item(id);
      await wearItem(avatar, pack, slot, id, await Promise.all(data.primitives.map((p) => built(p.material))));
    }
    avatar.remove('footwear');
    avatar.dispose();
    await Promise.resolve(); // closing waits for the decode promise
    expect([...counts.keys()].filter((resource) => resource instanceof Texture).length).toBeGreaterThanOrEqual(5);
    expect(notOnce()).toEqual([]);
    expect([...closed.values()].filter((n) => n !== 1)).toEqual([]);
  });

  it('grounds the avatar on the lowest body vertex, not on helper geometry (2.7 cm lower)', () => {
    const avatar = new LiveAvatar(pack.body, new MeshStandardMaterial());
    for (const values of Object.values(EXTREME_SHAPES)) {
      const body = pack.shaped(values);
      avatar.setBodyPositions(body);
      let lowest = Infinity;
      for (let v = 0; v < MH_BODY_VERTICES; v += 1) lowest = Math.min(lowest, body[v * 3 + 1]!);
      expect(avatar.object.position.y).toBe(-lowest);
    }
    avatar.dispose();
  });
});

describe('the blink', () => {
  it('closes the eyelids on the body and carries the lashes with them; items it does not move get no morph', async () => {
    const pack = await loadCorePackForTests();
    const avatar = new LiveAvatar(pack.body, new MeshStandardMaterial());
    await wearItem(avatar, pack, 'eyelashes', 'eyelashes03');
    await wearItem(avatar, pack, 'footwear', 'shoes05');
    const bodyEntry = pack.manifest.body!;
    const units = parseExpressions(JSON.parse(readFileSync(`public/packs/core/${bodyEntry.expressions}`, 'utf8')), new Uint8Array(readFileSync(`public/packs/core/${bodyEntry.expressionData}`)));
    const closed = mixExpression(EYES_CLOSED, units, [0, 0, 1], pack.shape.reference);
    avatar.setFaceShape(closed);
    const largest = (mesh: { geometry: BufferGeometry }) => Math.max(0, ...((mesh.geometry.morphAttributes.position?.[0]?.array ?? []) as Float32Array).map(Math.abs));
    // An upper eyelid travels about a centimetre to close.
    expect(largest(avatar.body.mesh)).toBeGreaterThan(0.004);
    expect(largest(avatar.body.mesh)).toBeLessThan(0.03);
    expect(avatar.itemMeshes('eyelashes').some((mesh) => largest(mesh) > 0.004)).toBe(true);
    expect(avatar.itemMeshes('footwear').every((mesh) => mesh.morphTargetInfluences === undefined || mesh.morphTargetInfluences.length === 0)).toBe(true);
    avatar.setFaceWeight(0.5);
    expect(avatar.body.mesh.morphTargetInfluences).toEqual([0.5]);
    avatar.setFaceShape(null);
    expect(avatar.body.mesh.geometry.morphAttributes.position).toBeUndefined();
    avatar.dispose();
  });
});
