import { NodeIO } from '@gltf-transform/core';
import { describe, expect, it } from 'vitest';
import { blockingIssues, validateGlb } from '../bake/gltfValidation';
import { extrudeOutline } from './extrude';
import { writeAccessoryGlb } from './glb';
import { FINISHES, type Model } from './model';
import { ellipseOutline } from './outlines';
import { cellUv, palettePng } from './palette';
import { translate } from './place';
import { ellipsoid } from './solids';

const model: Model = {
  name: 'test-item',
  parts: [
    { surface: ellipsoid([0.02, 0.02, 0.02], 16, 8), colour: 0, finish: FINISHES.plastic },
    { surface: translate(ellipsoid([0.01, 0.01, 0.01], 12, 6), [0.05, 0, 0]), colour: 2, finish: FINISHES.plastic },
    { surface: extrudeOutline(ellipseOutline(0.03, 0.02, 24), 0.001), colour: 1, finish: FINISHES.glass },
  ],
};

async function written(): Promise<Uint8Array> {
  return writeAccessoryGlb(model, await palettePng(['#aa3322', '#ddeeff', '#222222']));
}

describe('writeAccessoryGlb', () => {
  it('writes a GLB the Khronos validator accepts without errors or warnings', async () => {
    const report = await validateGlb(await written());
    expect(blockingIssues(report)).toEqual([]);
    expect(report.info.hasSkins).toBe(false);
    expect(report.info.drawCallCount).toBe(2);
  });

  it('holds one unskinned mesh node at the scene root, a primitive per finish and one shared palette', async () => {
    const document = await new NodeIO().readBinary(await written());
    const root = document.getRoot();
    const [node] = root.getDefaultScene()!.listChildren();
    expect(node!.getName()).toBe('test-item');
    expect(node!.getSkin()).toBeNull();
    expect(root.listSkins()).toHaveLength(0);
    const primitives = node!.getMesh()!.listPrimitives();
    expect(primitives.map((p) => [p.getMaterial()!.getName(), p.getMaterial()!.getAlphaMode()])).toEqual([['plastic', 'OPAQUE'], ['glass', 'BLEND']]);
    expect(primitives[1]!.getMaterial()!.getBaseColorFactor()[3]).toBeCloseTo(FINISHES.glass.opacity, 6);
    expect(root.listTextures()).toHaveLength(1);
    expect(root.listTextures()[0]!.getMimeType()).toBe('image/png');
    expect(primitives[0]!.listSemantics().sort()).toEqual(['NORMAL', 'POSITION', 'TEXCOORD_0']);
  });

  it('gives each part the UV of its palette cell', async () => {
    const document = await new NodeIO().readBinary(await written());
    const [opaque] = document.getRoot().listMeshes()[0]!.listPrimitives();
    const uvs = opaque!.getAttribute('TEXCOORD_0')!;
    const firstPartVertices = model.parts[0]!.surface.positions.length / 3;
    expect(uvs.getElement(0, [])).toEqual(cellUv(0));
    expect(uvs.getElement(firstPartVertices, [])).toEqual(cellUv(2));
  });

  it('writes the same bytes every time', async () => {
    expect(Buffer.from(await written())).toEqual(Buffer.from(await written()));
  });
});
