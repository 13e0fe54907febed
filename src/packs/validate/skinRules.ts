/** Rules for skinned garments: joints named as in the core skeleton, bound in the core rest pose, fitting data complete. */
import { finding, type Finding, type FindingPlace } from './findings';
import type { GlbFacts } from './glbFacts';
import { FIT_ATTRIBUTES } from './glbGeometry';
import type { SkinFacts } from './glbSkin';
import type { ReferenceSkeleton, Vec3 } from './types';

const distance = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const centimetres = (metres: number) => `${(metres * 100).toFixed(1)} cm`;

export function jointFindings(skin: SkinFacts, skeleton: ReferenceSkeleton, place: FindingPlace): Finding[] {
  const known = new Set(skeleton.joints.map((joint) => joint.name));
  const unknown = [...new Set(skin.jointNames.filter((name) => !known.has(name)))];
  if (unknown.length === 0) return [];
  const shown = unknown.slice(0, 5).map((name) => `"${name}"`).join(', ');
  const message = `The skin uses ${unknown.length} joint${unknown.length > 1 ? 's' : ''} that the core skeleton does not have: ${shown}${unknown.length > 5 ? ', …' : ''}.`;
  return [finding('SKIN_UNKNOWN_JOINT', message, place, renameFix(unknown, [...known]))];
}

/** "mixamorig:LeftArm" → "LeftArm": suggests renames when the names only differ by a prefix, case or separators. */
function renameFix(unknown: readonly string[], known: readonly string[]): string | undefined {
  const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
  const renames = unknown.flatMap((name) => {
    const match = known.find((core) => squash(name).endsWith(squash(core)) && squash(core).length >= 3 && squash(name).length - squash(core).length <= 12);
    return match ? [`"${name}" → "${match}"`] : [];
  });
  if (renames.length === 0) return undefined;
  return `Rename the joints to the core names: ${renames.slice(0, 4).join(', ')}${renames.length > 4 ? ', …' : ''}.`;
}

export function bindPoseFindings(skin: SkinFacts, skeleton: ReferenceSkeleton, tolerance: number, place: FindingPlace): Finding[] {
  const rest = new Map(skeleton.joints.map((joint) => [joint.name, joint.position]));
  let worst = { name: '', metres: 0 };
  let off = 0;
  skin.jointNames.forEach((name, j) => {
    const reference = rest.get(name);
    if (!reference) return;
    const metres = distance(skin.bindPositions[j]!, reference);
    const away = !(metres <= tolerance);
    off += away ? 1 : 0;
    if (away && !(metres <= worst.metres)) worst = { name, metres };
  });
  if (off === 0) return [];
  const how = Number.isFinite(worst.metres) ? `is ${centimetres(worst.metres)} from` : 'has an inverse bind matrix that cannot be inverted, unlike';
  const message = `The garment was bound in another pose: joint "${worst.name}" ${how} the core rest pose (tolerance ${centimetres(tolerance)}); ${off} joint${off > 1 ? 's are' : ' is'} off.`;
  return [finding('BIND_POSE_MISMATCH', message, place)];
}

export function fitFindings(facts: GlbFacts, fitVertexCount: number | null, place: FindingPlace): Finding[] {
  const counts = FIT_ATTRIBUTES.map((name) => facts.fitAttributes[name]);
  if (counts.every((count) => count === 0)) {
    const message = 'It has no fitting data (_FITREFS, _FITWEIGHTS, _FITOFFSETS): it keeps the shape it was modelled on and only follows the skeleton, so on heavier, slimmer or taller bodies it may clip into the skin or float away from it.';
    return [finding('FIT_DATA_MISSING', message, place)];
  }
  if (counts.some((count) => count !== facts.skinnedPrimitives)) {
    const have = FIT_ATTRIBUTES.map((name, i) => `${name} on ${counts[i]}`).join(', ');
    return [finding('FIT_DATA_INVALID', `Its fitting data is incomplete: ${have} of ${facts.skinnedPrimitives} skinned primitives.`, place)];
  }
  if (fitVertexCount !== null && facts.maxFitRef >= fitVertexCount) {
    return [finding('FIT_DATA_INVALID', `_FITREFS names base-body vertex ${facts.maxFitRef}, but the core body's vertices are numbered 0 to ${fitVertexCount - 1}.`, place)];
  }
  return [];
}
