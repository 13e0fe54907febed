/**
 * Decodes shape.json + shape.bin into a ShapeModel: typed arrays ready for `applyShape`.
 * Everything is checked up front so a broken pack fails at load with a plain message.
 */
import { validate } from '../../core/validation';
import { decodeDenseInto, decodeSparse, decodeTree, VarintReader, type PredictionTree } from './codec';
import { SHAPE_FORMAT, SHAPE_FORMAT_VERSION, ShapeJsonSchema, type ShapeControl, type ShapeJson, type ShapeTargetJson } from './format';
import { accumulateWeights } from './weights';
import { CORNER_NAMES, cornerIndex, DEFAULT_MACROS, MACRO_KEYS, type MacroValues } from './macroWeights';

export type DecodedTarget =
  | { kind: 'dense'; scale: number; values: Int16Array }
  | { kind: 'sparse'; scale: number; vertices: Uint16Array; values: Int16Array };

/** A detail control resolved to target indices. */
export interface DetailTerms {
  id: string;
  default: number;
  decrease: Int32Array;
  increase: Int32Array;
}

export interface ShapeModel {
  readonly controls: readonly ShapeControl[];
  readonly vertexCount: number;
  readonly bodyVertexCount: number;
  /** Metres added to Y, already included in `reference`. */
  readonly translationY: number;
  /** Default-body positions, vertexCount x 3, metres. */
  readonly reference: Float32Array;
  readonly targets: readonly DecodedTarget[];
  /** Macro target i has weight = product of cornerWeights[macroCorners[macroCornerStart[i] .. macroCornerStart[i+1]]]. */
  readonly macroTarget: Int32Array;
  readonly macroCornerStart: Int32Array;
  readonly macroCorners: Uint8Array;
  readonly details: readonly DetailTerms[];
  /** Target weights at the controls' defaults: the reference positions already include them. */
  readonly referenceWeights: Float64Array;
  /** Macro values used for ids missing from a values record. */
  readonly macroDefaults: Readonly<MacroValues>;
  /** Reused by applyShape so a call allocates nothing. */
  readonly scratch: { targetWeights: Float64Array; cornerWeights: Float64Array; macros: MacroValues };
}

function checkedJson(json: unknown): ShapeJson {
  if (typeof json === 'object' && json !== null) {
    const head = json as { format?: unknown; version?: unknown };
    if (head.format !== SHAPE_FORMAT) throw new Error('shape data: shape.json is not an avatar-atelier shape file');
    if (head.version !== SHAPE_FORMAT_VERSION) {
      throw new Error(`shape data: shape.json has version ${String(head.version)}, this app reads version ${SHAPE_FORMAT_VERSION}`);
    }
  }
  const result = validate(ShapeJsonSchema, json);
  if (!result.ok) throw new Error(`shape data: shape.json is invalid: ${result.errors.slice(0, 3).join('; ')}`);
  return result.value;
}

function decodeReference(bytes: Uint8Array, json: ShapeJson, tree: PredictionTree): Float32Array {
  const ints = new Int32Array(json.vertexCount * 3);
  decodeDenseInto(new VarintReader(bytes, json.reference.byteOffset, json.reference.byteLength, 'the reference positions'), tree, ints);
  return Float32Array.from(ints, (x) => x * json.reference.scale);
}

function decodeTarget(bytes: Uint8Array, t: ShapeTargetJson, index: number, tree: PredictionTree, vertexCount: number): DecodedTarget {
  const reader = new VarintReader(bytes, t.byteOffset, t.byteLength, `target ${index} (${t.name.slice(0, 60)})`);
  if (t.encoding === 'dense') {
    const values = new Int16Array(vertexCount * 3);
    decodeDenseInto(reader, tree, values);
    return { kind: 'dense', scale: t.scale, values };
  }
  if (t.count === undefined) throw new Error(`shape data: sparse target ${index} has no vertex count`);
  return { kind: 'sparse', scale: t.scale, ...decodeSparse(reader, t.count, vertexCount) };
}

function decodeMacroTargets(json: ShapeJson): Pick<ShapeModel, 'macroTarget' | 'macroCornerStart' | 'macroCorners'> {
  const macroTarget = Int32Array.from(json.macroTargets, (m) => m.target);
  const macroCornerStart = new Int32Array(json.macroTargets.length + 1);
  const corners: number[] = [];
  json.macroTargets.forEach((m, i) => {
    for (const name of m.corners) {
      if (!(CORNER_NAMES as readonly string[]).includes(name)) throw new Error(`shape data: macro target ${i} uses the unknown corner "${name}"`);
      corners.push(cornerIndex(name));
    }
    macroCornerStart[i + 1] = corners.length;
  });
  return { macroTarget, macroCornerStart, macroCorners: Uint8Array.from(corners) };
}

function checkIndices(json: ShapeJson): void {
  if (json.bodyVertexCount > json.vertexCount) throw new Error('shape data: more body vertices than vertices');
  const count = json.targets.length;
  const bad = (list: readonly number[]) => list.some((i) => i >= count);
  if (json.macroTargets.some((m) => m.target >= count)) throw new Error('shape data: a macro target points past the target list');
  for (const c of json.controls) {
    if (bad(c.decrease ?? []) || bad(c.increase ?? [])) throw new Error(`shape data: control "${c.id}" points past the target list`);
    if (!(c.min <= c.default && c.default <= c.max)) throw new Error(`shape data: control "${c.id}" has its default outside its range`);
  }
  const ids = new Set(json.controls.map((c) => c.id));
  if (ids.size !== json.controls.length) throw new Error('shape data: two controls share an id');
  const missing = MACRO_KEYS.filter((k) => !ids.has(k));
  if (missing.length > 0) throw new Error(`shape data: the macro controls ${missing.join(', ')} are missing`);
}

function publicControl(c: ShapeJson['controls'][number]): ShapeControl {
  const control: ShapeControl = { id: c.id, group: c.group, part: c.part, name: c.name, min: c.min, max: c.max, default: c.default };
  if (c.symmetric) control.symmetric = true;
  return control;
}

function macroDefaultsOf(controls: readonly ShapeControl[]): MacroValues {
  const out = { ...DEFAULT_MACROS };
  for (const c of controls) if ((MACRO_KEYS as readonly string[]).includes(c.id)) out[c.id as keyof MacroValues] = c.default;
  return out;
}

export function parseShapeData(json: unknown, bin: ArrayBuffer): ShapeModel {
  const data = checkedJson(json);
  checkIndices(data);
  const bytes = new Uint8Array(bin);
  const tree = decodeTree(new VarintReader(bytes, data.tree.byteOffset, data.tree.byteLength, 'the vertex order'), data.vertexCount);
  const controls: ShapeControl[] = data.controls.map(publicControl);
  const macroIds = new Set<string>(MACRO_KEYS);
  const details = data.controls
    .filter((c) => !macroIds.has(c.id))
    .map((c) => ({ id: c.id, default: c.default, decrease: Int32Array.from(c.decrease ?? []), increase: Int32Array.from(c.increase ?? []) }));
  const model: ShapeModel = {
    controls,
    vertexCount: data.vertexCount,
    bodyVertexCount: data.bodyVertexCount,
    translationY: data.translationY,
    reference: decodeReference(bytes, data, tree),
    targets: data.targets.map((t, i) => decodeTarget(bytes, t, i, tree, data.vertexCount)),
    ...decodeMacroTargets(data),
    details,
    macroDefaults: macroDefaultsOf(controls),
    scratch: {
      targetWeights: new Float64Array(data.targets.length),
      cornerWeights: new Float64Array(CORNER_NAMES.length),
      macros: { ...DEFAULT_MACROS },
    },
    referenceWeights: new Float64Array(data.targets.length),
  };
  accumulateWeights(model, {}, model.referenceWeights);
  return model;
}
