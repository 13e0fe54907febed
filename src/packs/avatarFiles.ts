/**
 * Which files of a pack an avatar needs (the body's model and poses, then what it wears), so they can be downloaded
 * before anything else asks for them. Works on a validated pack or, before validation has run, on the raw pack.json
 * through a small schema that keeps only these fields and refuses any path that leaves the pack.
 */
import { z } from 'zod';
import { packPath } from './schema';

const FilesView = z.object({
  id: z.string(),
  body: z.object({ glb: packPath, poses: packPath.optional() }).optional(),
  assets: z.array(z.object({ id: z.string(), glb: packPath.optional(), texture: packPath.optional(), variants: z.array(z.object({ id: z.string(), texture: packPath.optional() })).default([]) })),
  presets: z.array(z.object({ items: z.record(z.string(), z.string()).default({}), variants: z.record(z.string(), z.string()).default({}) })).default([]),
});
export type PackFilesView = z.infer<typeof FilesView>;

/** Worn items by slot as `packId/assetId`, and chosen variants by slot. */
export interface WornRefs {
  items: Record<string, string>;
  variants?: Record<string, string>;
}

/** Paths (inside the pack) of what `worn` needs from this pack, the body's files first. */
export function avatarFiles(pack: PackFilesView, worn: WornRefs): string[] {
  const paths = pack.body ? [pack.body.glb, pack.body.poses] : [];
  for (const [slot, ref] of Object.entries(worn.items)) {
    const [packId, assetId] = ref.split('/');
    const asset = packId === pack.id ? pack.assets.find((a) => a.id === assetId) : undefined;
    const variant = asset?.variants.find((v) => v.id === worn.variants?.[slot]);
    paths.push(asset?.glb, asset?.texture, variant?.texture);
  }
  return paths.filter((path) => path !== undefined);
}

/** The same for a pack.json not yet validated; null when it is not readable enough to tell. */
export function rawPackFiles(text: string): PackFilesView | null {
  try {
    const parsed = FilesView.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
