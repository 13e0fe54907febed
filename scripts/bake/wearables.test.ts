import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeIO, type Primitive } from '@gltf-transform/core';
import { EXTTextureWebP } from '@gltf-transform/extensions';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Asset } from '../../src/packs/schema';
import { listProxyFolders, neverShipIds, readProxyItem } from './catalogue';
import type { AssetInput } from './catalogueTypes';
import { BODY_VERTEX_COUNT } from './legacyMesh';
import { loadReferenceBody } from './referenceBody';
import { buildSkeleton, JOINT_NAMES } from './skeleton';
import { blockingIssues, validateGlb } from './gltfValidation';
import { bakeWearable, bakeWearables } from './wearables';

let outDir: string;
let assets: AssetInput[];
const io = new NodeIO().registerExtensions([EXTTextureWebP]);

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'wearables-'));
  assets = await bakeWearables(outDir);
}, 180_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const glbBytes = (asset: AssetInput): Uint8Array => new Uint8Array(readFileSync(join(outDir, asset.glb!)));
const primitiveOf = async (asset: AssetInput): Promise<Primitive> =>
  (await io.readBinary(glbBytes(asset))).getRoot().listMeshes()[0]!.listPrimitives()[0]!;

describe('baked wearables', () => {
  it('bakes every shipped item with a pack.json-valid asset', () => {
    expect(assets.length).toBe(85);
    for (const asset of assets) expect(Asset.safeParse(asset).success, asset.id).toBe(true);
    const never = neverShipIds();
    expect(assets.filter((asset) => never.has(asset.id))).toEqual([]);
  });

  it('passes the glTF validator with no errors and no warnings', async () => {
    for (const asset of assets) {
      const report = await validateGlb(glbBytes(asset));
      expect(blockingIssues(report), asset.id).toEqual([]);
      expect(report.info.hasSkins && report.info.maxInfluences <= 4, asset.id).toBe(true);
    }
  }, 120_000);

  it('skins every item on the shared 67-joint skeleton', async () => {
    const document = await io.readBinary(glbBytes(assets[0]!));
    expect(document.getRoot().listSkins()[0]!.listJoints().map((joint) => joint.getName())).toEqual(JOINT_NAMES);
  });

  it('bakes POSITION as the fit of _FITREFS/_FITWEIGHTS/_FITOFFSETS on the reference body (within 1 mm)', async () => {
    const body = loadReferenceBody().positions;
    for (const asset of assets.filter((_, i) => i % 4 === 0)) {
      const primitive = await primitiveOf(asset);
      // Elements, not raw arrays: weights and offsets may be stored as normalized integers.
      const [position, refs, weights, offsets] = ['POSITION', '_FITREFS', '_FITWEIGHTS', '_FITOFFSETS'].map((name) => primitive.getAttribute(name)!);
      let max = 0;
      for (let v = 0; v < position!.getCount(); v++) {
        const [p, ref, weight, offset] = [position, refs, weights, offsets].map((attribute) => attribute!.getElement(v, [] as number[]));
        for (let axis = 0; axis < 3; axis++) {
          let fit = offset![axis]!;
          for (let r = 0; r < 3; r++) fit += weight![r]! * body[ref![r]! * 3 + axis]!;
          max = Math.max(max, Math.abs(fit - p![axis]!));
        }
      }
      expect(max, asset.id).toBeLessThan(0.001);
    }
  });

  it('hides exactly the body vertices deleteVerts marks', () => {
    const byId = new Map(assets.map((asset) => [asset.id, asset]));
    for (const [category, folder] of listProxyFolders()) {
      const { entry, json } = readProxyItem(category, folder);
      if (!entry.ship) continue;
      const mask = new Uint8Array(BODY_VERTEX_COUNT);
      for (const [first, last] of byId.get(entry.id)!.hidesBody ?? []) mask.fill(1, first, last + 1);
      expect(Array.from(mask), entry.id).toEqual(json.metadata.deleteVerts!.slice(0, BODY_VERTEX_COUNT).map((v) => (v ? 1 : 0)));
    }
  });

  it('writes square 128 px thumbnails and variant textures with swatches', async () => {
    for (const asset of assets) {
      const meta = await sharp(join(outDir, asset.thumbnail!)).metadata();
      expect([meta.width, meta.height], asset.id).toEqual([128, 128]);
    }
    const eyes = assets.find((asset) => asset.id === 'highpolyeyes')!;
    expect(eyes.variants!.map((v) => v.id)).toContain('brown');
    expect(eyes.variants!.find((v) => v.id === 'blue')!.swatch).toMatch(/^#[0-9a-f]{6}$/);
    const blue = eyes.variants!.find((v) => v.id === 'blue')!.swatch!;
    expect(parseInt(blue.slice(5, 7), 16)).toBeGreaterThan(parseInt(blue.slice(1, 3), 16)); // a blue iris is blue
    for (const variant of eyes.variants!) expect((await sharp(join(outDir, variant.texture!)).metadata()).width).toBe(512);
  });

  it('gives the same bytes when baked again', async () => {
    const { entry, json } = readProxyItem('hair', 'short04');
    if (!entry.ship) throw new Error('short04 ships');
    const body = loadReferenceBody().positions;
    const again = await bakeWearable(entry, json, body, buildSkeleton(body));
    for (const [path, bytes] of again.files) expect(Buffer.from(bytes).equals(readFileSync(join(outDir, path))), path).toBe(true);
  });

  it('draws hair alpha-tested, painted brows blended, and plain suits opaque', async () => {
    const material = async (id: string) => (await primitiveOf(assets.find((a) => a.id === id)!)).getMaterial()!;
    expect((await material('bob01')).getAlphaMode()).toBe('MASK');
    expect((await material('bob01')).getDoubleSided()).toBe(true);
    expect((await material('eyebrow001')).getAlphaMode()).toBe('BLEND');
    expect((await material('male-casualsuit01')).getAlphaMode()).toBe('OPAQUE');
    expect((await material('male-casualsuit01')).getOcclusionTexture()).not.toBeNull();
  });
});
