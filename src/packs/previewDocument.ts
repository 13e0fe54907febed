import type { AvatarDocument } from '../core/avatarDocument';
import { isFeminine, type PreviewBody } from '../core/previewBodies';
import { wearItem } from '../core/slotRules';
import { excludesFromPacks } from './excludes';
import { resolveItem } from './itemRef';
import type { LoadedPack } from './loadPack';

/**
 * What every preview body wears under the previewed item: eyes (empty sockets distract) and plain underwear
 * from the core pack. Underwear sits on the lowest layers, so whatever is previewed covers it and nothing
 * covers the item; a previewed top keeps a bottom on. No hair, shoes or skin: the item stays the only thing
 * to look at. Underwear tops are worn by the feminine bodies only.
 */
const BASE_ITEMS: Record<string, string> = { eyes: 'core/highpolyeyes', underwearBottom: 'core/female-panties-01' };
const FEMININE_ITEMS: Record<string, string> = { underwearTop: 'core/female-top-01' };

/** A-pose: arms away from the torso, so sleeves and sides are visible. */
export const PREVIEW_POSE = 'a';

/**
 * The avatar document of one preview body wearing `ref` (in its own slot) over the neutral base. The slot rules
 * apply: an outfit takes a top and bottom off, a swimsuit the underwear. Base items of packs not loaded are left out.
 */
export function previewDocument(body: PreviewBody, ref: string, packs: ReadonlyMap<string, LoadedPack>): AvatarDocument | string {
  const item = resolveItem(ref, packs);
  if (typeof item === 'string') return item;
  const wanted = { ...BASE_ITEMS, ...(isFeminine(body) ? FEMININE_ITEMS : {}) };
  const base = Object.fromEntries(Object.entries(wanted).filter(([, baseRef]) => typeof resolveItem(baseRef, packs) !== 'string'));
  const { items } = wearItem(base, item.asset.slot, ref, excludesFromPacks(packs));
  return { body: { ...body.body }, items, colours: {}, variants: {}, pose: PREVIEW_POSE };
}
