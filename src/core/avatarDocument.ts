/**
 * The avatar being edited: everything that is saved, undoable and exported.
 * Pure data (no three.js, no React); the scene derives every object from it.
 */
export interface AvatarDocument {
  /** Body control values by control id (shape data defines the ids and ranges). */
  body: Record<string, number>;
  /** Worn asset per slot, as `packId/assetId`. */
  items: Record<string, string>;
  /** sRGB hex colours by key (skin, hair, eyes, ...). */
  colours: Record<string, string>;
  /** Chosen variant (eye colour, hat colour...) of the item worn in a slot. */
  variants: Record<string, string>;
  /** Pose id from the body's pose list. */
  pose: string;
}

export function emptyAvatarDocument(): AvatarDocument {
  return { body: {}, items: {}, colours: {}, variants: {}, pose: 'a' };
}
