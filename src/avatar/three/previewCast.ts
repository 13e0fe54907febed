import type { PreviewBody } from '../../core/previewBodies';
import type { LoadedPack } from '../../packs/loadPack';
import { previewDocument } from '../../packs/previewDocument';
import type { PoseRotations } from '../poses';
import { applyShape, clampShapeValues, type ShapeModel } from '../shape';
import { PreviewAvatar, type PreviewAvatarSetup } from './PreviewAvatar';

export interface CastRequest {
  setup: PreviewAvatarSetup;
  /** The previewed item, `pack/asset`. */
  ref: string;
  packs: ReadonlyMap<string, LoadedPack>;
  shape: ShapeModel;
  pose: PoseRotations | null;
  bodies: readonly PreviewBody[];
}

/**
 * One avatar per body, shaped, posed and dressed in the item over the neutral base. Resolves once every download
 * has settled (an item that failed is reported by `statusOf`); throws, having freed what it built, when an avatar
 * cannot be built at all.
 */
export async function buildCast({ setup, ref, packs, shape, pose, bodies }: CastRequest): Promise<PreviewAvatar[]> {
  const documents = bodies.map((body) => previewDocument(body, ref, packs));
  const unusable = documents.find((document) => typeof document === 'string');
  if (unusable !== undefined) throw new Error(unusable as string);
  const created = await Promise.allSettled(bodies.map(() => PreviewAvatar.create(setup)));
  const avatars = created.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failure = created.find((result) => result.status === 'rejected');
  if (failure) {
    avatars.forEach((avatar) => avatar.dispose());
    throw failure.reason;
  }
  await Promise.all(
    avatars.map((avatar, i) => {
      const positions = new Float32Array(shape.vertexCount * 3);
      applyShape(shape, clampShapeValues(shape, bodies[i]!.body), positions);
      return avatar.dress(documents[i] as Exclude<(typeof documents)[number], string>, packs, positions, pose);
    }),
  );
  return avatars;
}
