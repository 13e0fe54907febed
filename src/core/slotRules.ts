import type { AvatarDocument } from './avatarDocument';

/** What the slot rules need to know about an item: the slots it takes off when worn. */
export type ExcludesOf = (ref: string) => readonly string[];

export interface WearOutcome {
  items: AvatarDocument['items'];
  /** Slots whose items were taken off to respect the rules (for "took off your top" notices). */
  removed: string[];
}

/**
 * Puts `ref` on in `slot` (or empties it when `ref` is null) and takes off what the rules forbid: the slots the
 * new item excludes, and any worn item that excludes this slot (a top replaces a full outfit).
 */
export function wearItem(items: AvatarDocument['items'], slot: string, ref: string | null, excludesOf: ExcludesOf): WearOutcome {
  const next = { ...items };
  delete next[slot];
  if (!ref) return { items: next, removed: [] };
  const removed: string[] = [];
  const excluded = new Set(excludesOf(ref));
  for (const [wornSlot, wornRef] of Object.entries(next)) {
    if (excluded.has(wornSlot) || excludesOf(wornRef).includes(slot)) {
      delete next[wornSlot];
      removed.push(wornSlot);
    }
  }
  next[slot] = ref;
  return { items: next, removed };
}
