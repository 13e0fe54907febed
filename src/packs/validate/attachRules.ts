/**
 * Rules for rigid accessories (`attach`): the GLB is unskinned, the bone exists in the core skeleton, and the item
 * was modelled where it sits on the reference body (near that bone). An unskinned item without `attach` has no
 * way to follow the avatar.
 */
import type { Asset } from '../schema';
import { finding, type Finding, type FindingPlace } from './findings';
import type { GlbFacts } from './glbFacts';
import { suggestBone } from './guessSlot';
import type { ReferenceSkeleton, Vec3 } from './types';

/** Farther than this from its bone, a rigid item was almost surely modelled elsewhere (at the origin, say). */
export const ATTACH_FAR_METRES = 0.5;

export function boxCentre(facts: GlbFacts): Vec3 | null {
  const box = facts.bounds;
  return box ? [(box.min[0] + box.max[0]) / 2, (box.min[1] + box.max[1]) / 2, (box.min[2] + box.max[2]) / 2] : null;
}

export function skinnedWithAttach(asset: Asset, place: FindingPlace): Finding {
  const message = `"${asset.id}" has "attach" (a rigid accessory carried by ${asset.attach!.bone}) but its GLB is skinned.`;
  return finding('ATTACH_SKINNED', message, place);
}

export function rigidWithoutAttach(asset: Asset, facts: GlbFacts, skeleton: ReferenceSkeleton | null, place: FindingPlace): Finding {
  const bone = suggestBone(asset.glb ?? asset.id, boxCentre(facts), skeleton);
  const message = `"${asset.id}" is not skinned and has no "attach", so nothing would carry it when the avatar moves or changes shape.`;
  return finding('RIGID_WITHOUT_ATTACH', message, place, `Add "attach": { "bone": "${bone}" } (the bone that carries it), or skin it to the core skeleton.`);
}

/** `bonePlace` points at attach.bone in pack.json; `place` at the asset's GLB. */
export function attachFindings(asset: Asset, facts: GlbFacts, skeleton: ReferenceSkeleton, place: FindingPlace, bonePlace: FindingPlace): Finding[] {
  const bone = asset.attach!.bone;
  const joint = skeleton.joints.find((candidate) => candidate.name === bone);
  if (!joint) {
    const sameLetters = skeleton.joints.find((candidate) => candidate.name.toLowerCase() === bone.toLowerCase());
    const fix = sameLetters ? `Write "${sameLetters.name}" (joint names are case-sensitive).` : undefined;
    return [finding('ATTACH_UNKNOWN_BONE', `attach.bone is "${bone}", which is not a joint of the core skeleton.`, bonePlace, fix)];
  }
  const centre = boxCentre(facts);
  if (!centre) return [];
  const offset = asset.attach!.offset;
  const placed: Vec3 = [centre[0] + offset[0], centre[1] + offset[1], centre[2] + offset[2]];
  const metres = Math.hypot(placed[0] - joint.position[0], placed[1] - joint.position[1], placed[2] - joint.position[2]);
  if (metres <= ATTACH_FAR_METRES) return [];
  const at = placed.map((value) => value.toFixed(2)).join(', ');
  const message = `The item's centre is at (${at}) m, ${metres.toFixed(2)} m from ${bone}: it was not modelled where it sits on the reference body.`;
  return [finding('ATTACH_FAR_FROM_BONE', message, place)];
}

/** The app reads a rigid model's vertex positions as they are, so a node transform would be lost. */
export function nodeTransformFindings(facts: GlbFacts, place: FindingPlace): Finding[] {
  if (facts.transformedNodes.length === 0) return [];
  const names = facts.transformedNodes.slice(0, 3).map((name) => `"${name}"`).join(', ');
  const message = `The mesh node ${names} has a transform (translation, rotation or scale) that the app does not apply: it uses the vertex positions as they are.`;
  return [finding('MESH_NODE_TRANSFORM', message, place)];
}
