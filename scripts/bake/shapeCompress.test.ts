import { describe, expect, it } from 'vitest';
import { decodeDenseInto, decodeSparse, decodeTree, VarintReader } from '../../src/avatar/shape/codec';
import { encodeDense, encodeSparse, encodeTree, nonZeroVertices, VarintWriter } from './shapeCompress';
import { MH_VERTEX_COUNT } from './shapeSource';
import { buildPredictionTree } from './shapeTree';

const reader = (bytes: Uint8Array, what = 'test') => new VarintReader(bytes, 0, bytes.length, what);

describe('shape codec', () => {
  const tree = buildPredictionTree();

  it('round-trips varints, including large and negative numbers', () => {
    const w = new VarintWriter();
    const values = [0, -1, 1, 63, -64, 64, 300, -70000, 2 ** 31, -(2 ** 31)];
    values.forEach((v) => w.signed(v));
    const r = reader(w.bytes());
    expect(values.map(() => r.signed())).toEqual(values);
    r.finish();
    expect(() => r.signed()).toThrow(/ends too early/);
  });

  it('visits every MakeHuman vertex once, each predicted from an already visited neighbour', () => {
    expect(new Set(tree.order).size).toBe(MH_VERTEX_COUNT);
    const decoded = decodeTree(reader(encodeTree(tree)), MH_VERTEX_COUNT);
    expect(decoded.order).toEqual(tree.order);
    expect(decoded.parent).toEqual(tree.parent);
    // Body, helpers and joint cubes are separate pieces; most vertices still have a parent.
    const roots = tree.parent.filter((p) => p < 0).length;
    expect(roots).toBeGreaterThan(1);
    expect(roots).toBeLessThan(200);
  });

  it('round-trips dense and sparse fields exactly', () => {
    const field = new Int16Array(MH_VERTEX_COUNT * 3);
    for (let k = 0; k < field.length; k += 7) field[k] = ((k * 7919) % 20001) - 10000;
    const dense = new Int16Array(field.length);
    decodeDenseInto(reader(encodeDense(tree, field)), tree, dense);
    expect(dense).toEqual(field);
    const vertices = nonZeroVertices(field);
    const sparse = decodeSparse(reader(encodeSparse(field, vertices)), vertices.length, MH_VERTEX_COUNT);
    expect(Array.from(sparse.vertices)).toEqual(vertices);
    expect(sparse.values[3 * 5 + 1]).toBe(field[vertices[5]! * 3 + 1]);
  });

  it('refuses a vertex order that is not a permutation', () => {
    const w = new VarintWriter();
    [0, 0, 0, 0].forEach((v, i) => (i % 2 ? w.unsigned(v) : w.signed(v)));
    expect(() => decodeTree(reader(w.bytes()), 2)).toThrow(/not a permutation/);
  });
});
