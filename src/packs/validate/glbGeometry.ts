/**
 * Geometry facts of a GLB: triangles, vertices and draw calls per mesh instance, the bounding box in the avatar's
 * space, fitting attributes, and a sample of skinned vertices with their main joint (to check they sit on it).
 */
import type { Node, Primitive } from '@gltf-transform/core';
import type { Vec3 } from './types';

export interface VertexSample {
  position: Vec3;
  /** Name of the joint with the largest weight. */
  joint: string;
}

export interface GeometryFacts {
  triangles: number;
  vertices: number;
  drawCalls: number;
  bounds: { min: Vec3; max: Vec3 } | null;
  /** Skinned primitives, and how many carry each fitting attribute. */
  skinnedPrimitives: number;
  fitAttributes: Record<FitAttribute, number>;
  /** Largest base-body vertex number in `_FITREFS` (-1 when none). */
  maxFitRef: number;
  /** Names of unskinned mesh nodes under a transform (the app reads their vertex positions as they are). */
  transformedNodes: string[];
  samples: VertexSample[];
}

export const FIT_ATTRIBUTES = ['_FITREFS', '_FITWEIGHTS', '_FITOFFSETS'] as const;
export type FitAttribute = (typeof FIT_ATTRIBUTES)[number];

const SAMPLES_PER_PRIMITIVE = 500;

export function geometryFacts(meshNodes: readonly Node[]): GeometryFacts {
  const facts: GeometryFacts = { triangles: 0, vertices: 0, drawCalls: 0, bounds: null, skinnedPrimitives: 0, fitAttributes: { _FITREFS: 0, _FITWEIGHTS: 0, _FITOFFSETS: 0 }, maxFitRef: -1, transformedNodes: [], samples: [] };
  for (const node of meshNodes) {
    const joints = node.getSkin()?.listJoints().map((joint) => joint.getName()) ?? null;
    // Skinned vertices are already in the skeleton's (avatar) space; the node transform applies to rigid meshes only.
    const matrix = joints ? null : node.getWorldMatrix();
    if (matrix && !isIdentity(matrix)) facts.transformedNodes.push(node.getName() || `node ${facts.drawCalls}`);
    for (const primitive of node.getMesh()!.listPrimitives()) {
      addPrimitive(facts, primitive, matrix);
      if (joints) addSkinned(facts, primitive, joints);
    }
  }
  return facts;
}

function addPrimitive(facts: GeometryFacts, primitive: Primitive, matrix: readonly number[] | null): void {
  const position = primitive.getAttribute('POSITION');
  facts.drawCalls += 1;
  if (!position || position.getCount() === 0) return;
  const count = primitive.getIndices()?.getCount() ?? position.getCount();
  const mode = primitive.getMode();
  facts.vertices += position.getCount();
  facts.triangles += mode === 4 ? Math.floor(count / 3) : mode === 5 || mode === 6 ? Math.max(count - 2, 0) : 0;
  const [min, max] = [position.getMin([]), position.getMax([])];
  for (const corner of corners(min, max)) extend(facts, matrix ? transform(matrix, corner) : corner);
}

function addSkinned(facts: GeometryFacts, primitive: Primitive, joints: readonly string[]): void {
  facts.skinnedPrimitives += 1;
  for (const name of FIT_ATTRIBUTES) if (primitive.getAttribute(name)) facts.fitAttributes[name] += 1;
  const refs = primitive.getAttribute('_FITREFS')?.getArray();
  if (refs) for (let i = 0; i < refs.length; i++) facts.maxFitRef = Math.max(facts.maxFitRef, refs[i]!);
  const position = primitive.getAttribute('POSITION');
  const jointIndices = primitive.getAttribute('JOINTS_0');
  const weights = primitive.getAttribute('WEIGHTS_0');
  if (!position || !jointIndices || !weights) return;
  const count = Math.min(position.getCount(), jointIndices.getCount(), weights.getCount());
  const step = Math.max(1, Math.floor(count / SAMPLES_PER_PRIMITIVE));
  const p: number[] = [];
  const j: number[] = [];
  const w: number[] = [];
  for (let v = 0; v < count; v += step) {
    position.getElement(v, p);
    jointIndices.getElement(v, j);
    weights.getElement(v, w);
    const main = w.indexOf(Math.max(...w));
    const joint = joints[j[main]!];
    if (joint !== undefined) facts.samples.push({ position: [p[0]!, p[1]!, p[2]!], joint });
  }
}

function corners(min: number[], max: number[]): Vec3[] {
  return [0, 1, 2, 3, 4, 5, 6, 7].map((k) => [k & 1 ? max[0]! : min[0]!, k & 2 ? max[1]! : min[1]!, k & 4 ? max[2]! : min[2]!]);
}

function transform(m: readonly number[], [x, y, z]: Vec3): Vec3 {
  return [m[0]! * x + m[4]! * y + m[8]! * z + m[12]!, m[1]! * x + m[5]! * y + m[9]! * z + m[13]!, m[2]! * x + m[6]! * y + m[10]! * z + m[14]!];
}

function extend(facts: GeometryFacts, point: Vec3): void {
  if (!point.every(Number.isFinite)) return;
  facts.bounds ??= { min: [...point], max: [...point] };
  for (let k = 0; k < 3; k++) {
    facts.bounds.min[k] = Math.min(facts.bounds.min[k]!, point[k]!);
    facts.bounds.max[k] = Math.max(facts.bounds.max[k]!, point[k]!);
  }
}

function isIdentity(matrix: readonly number[]): boolean {
  return matrix.every((value, i) => Math.abs(value - (i % 5 === 0 ? 1 : 0)) < 1e-6);
}
