import { readFileSync } from 'node:fs';
import { Box3, Box3Helper, SkeletonHelper, type BufferGeometry, type EventDispatcher, type Material, type Mesh, type Texture } from 'three';
import { describe, expect, it } from 'vitest';
import type { Inspection } from '../../core/itemInspection';
import { PREVIEW_BODIES } from '../../core/previewBodies';
import { loadPack } from '../../packs/loadPack';
import { previewDocument } from '../../packs/previewDocument';
import { loadCorePackForTests } from '../testPack';
import { PreviewAvatar } from './PreviewAvatar';
import { countingDecoder, fileLibrary } from './testLibrary';
import { buildCast } from './previewCast';

type Resource = EventDispatcher<{ dispose: object }>;

/** Every geometry, material and texture under `objects`, each counting its dispose events. */
function watchResources(objects: readonly { traverse: Mesh['traverse'] }[]) {
  const counts = new Map<Resource, number>();
  const watch = (resource: Resource | null | undefined) => {
    if (!resource || counts.has(resource)) return;
    counts.set(resource, 0);
    resource.addEventListener('dispose', () => counts.set(resource, counts.get(resource)! + 1));
  };
  for (const object of objects) {
    object.traverse((child) => {
      const { geometry, material } = child as Partial<Mesh<BufferGeometry, Material>>;
      watch(geometry);
      watch(material);
      const maps = material as { map?: Texture; normalMap?: Texture; aoMap?: Texture } | undefined;
      [maps?.map, maps?.normalMap, maps?.aoMap].forEach(watch);
    });
  }
  return { total: counts.size, notFreedOnce: () => [...counts.values()].filter((n) => n !== 1).length };
}

const helpersOf = (avatar: PreviewAvatar) => {
  const found: string[] = [];
  avatar.object.traverse((child) => child instanceof SkeletonHelper && found.push('skeleton'));
  avatar.object.traverse((child) => child instanceof Box3Helper && found.push('bounds'));
  return found;
};

describe('the avatars of the preview grid', async () => {
  const test = await loadCorePackForTests();
  const loaded = await loadPack('/packs/core/pack.json', async () => readFileSync('public/packs/core/pack.json', 'utf8'));
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const packs = new Map([['core', loaded.value]]);

  const castOf = (ref: string, library = fileLibrary(), images = countingDecoder().decoder, bodies = PREVIEW_BODIES) =>
    buildCast({ setup: { bodyPack: loaded.value!, library, images, changed: () => {}, cheapMaterials: true }, ref, packs, shape: test.shape, pose: test.poses.a ?? null, bodies });

  it('dresses six differently shaped bodies in the item, fitted to each', async () => {
    const avatars = await castOf('core/coat');
    expect(avatars.map((avatar) => avatar.statusOf('core/coat'))).toEqual(Array(6).fill({ state: 'ready' }));
    const on: Inspection = { wireframe: 'item', skeleton: true, bounds: true };
    avatars.forEach((avatar) => avatar.inspect(on, 'top'));
    const boxes = avatars.map((avatar) => {
      let box = new Box3();
      avatar.object.traverse((child) => child instanceof Box3Helper && (box = child.box));
      return box;
    });
    // The coat reaches each body's shoulders: higher on taller bodies.
    const [slimWoman, , oldWoman, slimMan, muscularMan] = boxes.map((box) => box.max.y);
    expect([oldWoman!, slimWoman!, slimMan!, muscularMan!]).toEqual([oldWoman!, slimWoman!, slimMan!, muscularMan!].sort((a, b) => a - b));
    expect(muscularMan! - oldWoman!).toBeGreaterThan(0.3);
    avatars.forEach((avatar) => avatar.dispose());
  });

  it('switches the helpers and the item’s wireframe on and off', async () => {
    const [avatar] = await castOf('core/long01', fileLibrary(), countingDecoder().decoder, PREVIEW_BODIES.slice(0, 1));
    avatar!.inspect({ wireframe: 'item', skeleton: true, bounds: false }, 'hair');
    expect(helpersOf(avatar!)).toEqual(['skeleton']);
    const wired = () => {
      const names: string[] = [];
      avatar!.object.traverse((child) => (child as Mesh<BufferGeometry, Material & { wireframe?: boolean }>).material?.wireframe && names.push(child.name));
      return names;
    };
    expect(wired()).toEqual(['long01.0']);
    avatar!.inspect({ wireframe: 'all', skeleton: false, bounds: true }, 'hair');
    expect(helpersOf(avatar!)).toEqual(['bounds']);
    expect(wired()).toEqual(expect.arrayContaining(['body', 'long01.0']));
    avatar!.inspect({ wireframe: 'off', skeleton: false, bounds: false }, 'hair');
    expect([helpersOf(avatar!), wired()]).toEqual([[], []]);
    avatar!.dispose();
  });

  it('frees everything it draws once (copies, their textures, helpers) and gives back every decoded image', async () => {
    const { counts, decoder } = countingDecoder();
    const avatars = await castOf('core/coat', fileLibrary(), decoder);
    avatars.forEach((avatar) => avatar.inspect({ wireframe: 'all', skeleton: true, bounds: true }, 'top'));
    // What reaches the GPU is what `object` holds: the live avatars stay off stage (their textures are the copies').
    const resources = watchResources(avatars.map((avatar) => avatar.object));
    expect(resources.total).toBeGreaterThan(6 * 5);
    avatars.forEach((avatar) => avatar.dispose());
    expect(resources.notFreedOnce()).toBe(0);
    expect(counts.released).toBe(counts.decoded);
    expect(counts.decoded).toBeGreaterThan(0);
  });

  it('frees an item that arrives after the grid closed', async () => {
    let release = () => {};
    const held = { url: '/packs/core/items/coat.glb', until: new Promise<void>((resolve) => (release = resolve)) };
    const { counts, decoder } = countingDecoder();
    const library = fileLibrary(held);
    const avatar = await PreviewAvatar.create({ bodyPack: loaded.value!, library, images: decoder, changed: () => {}, cheapMaterials: false });
    const document = previewDocument(PREVIEW_BODIES[0]!, 'core/coat', packs);
    const dressed = avatar.dress(document as Exclude<typeof document, string>, packs, test.shaped(PREVIEW_BODIES[0]!.body), null);
    await library.glb('/packs/core/items/female-top-01.glb'); // a base item arrives while the coat is held
    avatar.dispose();
    release();
    await dressed;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(avatar.statusOf('core/coat')).toEqual({ state: 'loading' }); // never put on: freed as it arrived
    expect(counts.released).toBe(counts.decoded);
  });
});
