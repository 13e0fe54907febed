/**
 * Where a skinned mesh sits relative to the bones that carry it, on the reference skeleton: a mesh that is
 * rotated (Z-up), moved, mirrored or facing -Z has its vertices far from their bones, or on the wrong side.
 */
import { finding, type Finding, type FindingPlace } from './findings';
import type { GlbFacts } from './glbFacts';
import type { VertexSample } from './glbGeometry';
import type { ReferenceSkeleton, Vec3 } from './types';

/** Median distance from vertices to the bone carrying them beyond which the mesh is not on its bones. */
export const OFF_SKELETON_METRES = 0.3;

type Segment = [Vec3, Vec3];

export function placementFindings(facts: GlbFacts, skeleton: ReferenceSkeleton, place: FindingPlace): Finding[] {
  const bones = boneSegments(skeleton);
  const distances = facts.samples.flatMap((sample) => {
    const segments = bones.get(sample.joint);
    return segments ? [Math.min(...segments.map((segment) => segmentDistance(sample.position, segment)))] : [];
  });
  if (distances.length === 0) return [];
  const median = distances.sort((a, b) => a - b)[Math.floor(distances.length / 2)]!;
  if (median > OFF_SKELETON_METRES) {
    const message = `Its vertices sit a median ${(median * 100).toFixed(0)} cm from the bones they are weighted to (more than ${OFF_SKELETON_METRES * 100} cm): the mesh is probably rotated (not Y-up), moved, or fitted to another body.`;
    return [finding('MESH_OFF_SKELETON', message, place)];
  }
  return mirroredFindings(facts.samples, place);
}

/** Each joint's bones: the segments from it to each child (a point for a leaf joint). */
function boneSegments(skeleton: ReferenceSkeleton): Map<string, Segment[]> {
  const bones = new Map<string, Segment[]>(skeleton.joints.map((joint) => [joint.name, []]));
  const position = new Map(skeleton.joints.map((joint) => [joint.name, joint.position]));
  for (const joint of skeleton.joints) {
    const parent = joint.parent === null ? undefined : position.get(joint.parent);
    if (parent) bones.get(joint.parent!)!.push([parent, joint.position]);
  }
  for (const joint of skeleton.joints) if (bones.get(joint.name)!.length === 0) bones.set(joint.name, [[joint.position, joint.position]]);
  return bones;
}

function segmentDistance(p: Vec3, [a, b]: Segment): number {
  const ab = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const length2 = ab[0]! ** 2 + ab[1]! ** 2 + ab[2]! ** 2;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * ab[0]! + (p[1] - a[1]) * ab[1]! + (p[2] - a[2]) * ab[2]!) / length2));
  return Math.hypot(p[0] - a[0] - t * ab[0]!, p[1] - a[1] - t * ab[1]!, p[2] - a[2] - t * ab[2]!);
}

/** The avatar faces +Z, so its left side is +X: vertices weighted to Left… joints belong there. */
function mirroredFindings(samples: readonly VertexSample[], place: FindingPlace): Finding[] {
  const sided = samples.filter((sample) => /^(Left|Right)/.test(sample.joint) && Math.abs(sample.position[0]) > 0.05);
  const wrong = sided.filter((sample) => sample.joint.startsWith('Left') !== sample.position[0] > 0).length;
  if (sided.length < 20 || wrong / sided.length < 0.5) return [];
  const message = `${Math.round((100 * wrong) / sided.length)}% of the vertices weighted to Left… or Right… joints are on the other side: the garment faces -Z or is mirrored.`;
  return [finding('MESH_OFF_SKELETON', message, place)];
}
