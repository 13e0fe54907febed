/**
 * Rigid accessories (glasses, hats, watches): an unskinned model, made on the reference body, carried by one
 * bone. They become ordinary skinned items bound wholly to that bone, so the live scene and the exporter treat
 * them like garments. When the body is shaped they follow the body around them (their anchors) with a stretch
 * and a shift per axis, never a bend: a wider head widens the cap, a heavier torso moves the backpack out.
 */
import type { Attachment } from '../packs/schema';
import type { AssetCarrier, AssetData, PrimitiveData, Vec3 } from './assetData';

/** How far around the item (metres) body vertices count as its anchors. */
const ANCHOR_MARGIN = 0.03;
const MAX_ANCHORS = 256;
/** A stretch beyond these is a fitting accident, not a body shape. */
const STRETCH_LIMITS = [0.6, 1.6] as const;

/** A rigid item as a skinned one. Throws a plain message when the model or the bone does not fit the rules. */
export function attachRigid(asset: AssetData, attach: Attachment, body: AssetData): AssetData {
  const bone = body.joints.find((joint) => joint.name === attach.bone);
  if (!bone) throw new Error(`it is attached to "${attach.bone}", which is not a bone of the avatar's skeleton`);
  if (asset.joints.length > 0) throw new Error('it names a bone to attach to but is skinned: a rigid accessory must have no skin');
  const primitives = asset.primitives.map((primitive) => boundToOneBone(primitive, attach.offset));
  const joint = { name: bone.name, parent: -1, translation: bone.head, head: bone.head, fitVertices: null };
  return { ...asset, primitives, joints: [joint], carrier: { bone: bone.name, ...anchorsAround(primitives, body) } };
}

function boundToOneBone(primitive: PrimitiveData, offset: Vec3): PrimitiveData {
  const count = primitive.positions.length / 3;
  const positions = primitive.positions.slice();
  for (let v = 0; v < count; v += 1) for (let k = 0; k < 3; k += 1) positions[v * 3 + k]! += offset[k]!;
  const skinWeights = new Float32Array(count * 4);
  for (let v = 0; v < count; v += 1) skinWeights[v * 4] = 1;
  return { ...primitive, positions, skinJoints: new Uint16Array(count * 4), skinWeights, fitRefs: null, fitWeights: null, fitOffsets: null };
}

/** The body vertices in and around the item's bounding box (evenly thinned), with their rest positions. */
function anchorsAround(primitives: PrimitiveData[], body: AssetData): Pick<AssetCarrier, 'anchors' | 'anchorRest'> {
  const [low, high] = boundsOf(primitives);
  const { positions, mhVertex } = body.primitives[0]!;
  if (!mhVertex) throw new Error('the avatar body has no MakeHuman vertex numbers to anchor the item to');
  const near: number[] = [];
  for (let v = 0; v < mhVertex.length; v += 1) {
    const inside = [0, 1, 2].every((k) => positions[v * 3 + k]! >= low[k]! - ANCHOR_MARGIN && positions[v * 3 + k]! <= high[k]! + ANCHOR_MARGIN);
    if (inside) near.push(v);
  }
  const step = Math.max(1, Math.ceil(near.length / MAX_ANCHORS));
  const kept = near.filter((_, i) => i % step === 0);
  return { anchors: Uint32Array.from(kept, (v) => mhVertex[v]!), anchorRest: Float32Array.from(kept.flatMap((v) => [0, 1, 2].map((k) => positions[v * 3 + k]!))) };
}

function boundsOf(primitives: PrimitiveData[]): [Vec3, Vec3] {
  const low: Vec3 = [Infinity, Infinity, Infinity];
  const high: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (const { positions } of primitives) {
    for (let i = 0; i < positions.length; i += 1) {
      low[i % 3] = Math.min(low[i % 3]!, positions[i]!);
      high[i % 3] = Math.max(high[i % 3]!, positions[i]!);
    }
  }
  return [low, high];
}

/**
 * Places a carried item on a shaped body (MakeHuman vertex positions): per axis, the stretch and shift that best
 * carry its anchors from their rest positions to their shaped ones (least squares). Without anchors it stays put.
 */
export function followCarrier(modelled: Float32Array, carrier: AssetCarrier, shapedBody: Float32Array, out: Float32Array): void {
  const count = carrier.anchors.length;
  const fit = [0, 1, 2].map((k) => {
    if (count === 0) return { from: 0, to: 0, stretch: 1 };
    let from = 0;
    let to = 0;
    for (let a = 0; a < count; a += 1) {
      from += carrier.anchorRest[a * 3 + k]!;
      to += shapedBody[carrier.anchors[a]! * 3 + k]!;
    }
    [from, to] = [from / count, to / count];
    let covariance = 0;
    let spread = 0;
    for (let a = 0; a < count; a += 1) {
      const rest = carrier.anchorRest[a * 3 + k]! - from;
      covariance += rest * (shapedBody[carrier.anchors[a]! * 3 + k]! - to);
      spread += rest * rest;
    }
    const stretch = spread > 1e-9 ? Math.min(STRETCH_LIMITS[1], Math.max(STRETCH_LIMITS[0], covariance / spread)) : 1;
    return { from, to, stretch };
  });
  for (let i = 0; i < modelled.length; i += 1) {
    const { from, to, stretch } = fit[i % 3]!;
    out[i] = to + (modelled[i]! - from) * stretch;
  }
}
