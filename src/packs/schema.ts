/**
 * The asset-pack format (`pack.json`), version 1. This zod schema is the single source of truth:
 * the JSON Schema in docs/ is generated from it, the bake writes it, the app validates with it.
 */
import { z } from 'zod';

export const PACK_FORMAT = 'avatar-atelier/pack';
export const PACK_FORMAT_VERSION = 1;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'use 1-64 lower-case letters, digits, ".", "_" or "-"');
const slotId = z.string().regex(/^[a-z][a-zA-Z0-9]{0,31}$/, 'a slot name is camelCase letters and digits');
/** A ".." segment, also as URLs read it: percent-encoded ("%2e%2e") or after a backslash (URLs treat "\\" as "/"). */
export const climbsOutOfPack = (path: string): boolean => path.split(/[\\/]/).some((segment) => /^(\.|%2e){2}$/i.test(segment));

/** A path inside the pack: relative, forward slashes, never leaving the pack folder once resolved as a URL. */
export const packPath = z
  .string()
  .min(1)
  .refine((p) => !/^([a-z]+:|\/|\\)/i.test(p), 'must be a path inside the pack, not a URL or absolute path')
  .refine((p) => !climbsOutOfPack(p), 'must not leave the pack folder ("..")')
  .refine((p) => !p.includes('\\'), 'must use "/" between folders, not "\\"');

export const LocalizedText = z.object({ en: z.string().min(1), fr: z.string().min(1) });

export const Licence = z.object({
  /** SPDX id, e.g. CC0-1.0, CC-BY-3.0, CC-BY-4.0. */
  spdx: z.string().min(1),
  author: z.string().min(1),
  /** Link to the licence text. */
  url: z.string().url().optional(),
  /** Credit line shown in the app; required by CC-BY. */
  attribution: z.string().optional(),
  /** Where the item came from (package, version, original file). */
  source: z.string().optional(),
});

export const Variant = z.object({
  id,
  name: LocalizedText,
  /** Base-colour texture replacing the item's own. */
  texture: packPath.optional(),
  /** sRGB hex colour shown on the swatch and used as a tint when there is no texture. */
  swatch: z.string().regex(/^#[0-9a-f]{6}$/i).optional(),
});

const vec3 = z.tuple([z.number().finite(), z.number().finite(), z.number().finite()]);

/**
 * A rigid accessory (glasses, hat, watch): an unskinned GLB modelled in the avatar's space on the reference body,
 * carried by one bone of the core skeleton, so it follows that bone when the body is shaped or posed.
 */
export const Attachment = z.object({
  /** Core skeleton joint name, e.g. Head, LeftHand, Spine2. */
  bone: z.string().min(1),
  /** A nudge in metres, in the avatar's space, added to where the item was modelled. */
  offset: vec3.default([0, 0, 0]),
});

export const Asset = z.object({
  id,
  slot: slotId,
  name: LocalizedText,
  tags: z.array(z.string()).default([]),
  /** GLB skinned to the core skeleton (absent for texture-only assets such as skins). */
  glb: packPath.optional(),
  /** Present for rigid accessories: the bone that carries the (unskinned) GLB. */
  attach: Attachment.optional(),
  /** Base-colour texture for texture-only assets (skins). */
  texture: packPath.optional(),
  /** Square picture for the item grid; without one the editor draws the model itself. */
  thumbnail: packPath.optional(),
  licence: Licence,
  /** Draw and fitting order: higher layers sit outside lower ones (MakeHuman z_depth). */
  layer: z.number().int().min(0).max(1000).default(50),
  /** Slots this item takes off when worn (an outfit excludes top and bottom). */
  excludes: z.array(slotId).default([]),
  /** Base-body vertex ranges [first, last] (inclusive, MakeHuman vertex numbers) hidden under the item. */
  hidesBody: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)])).default([]),
  /** Whether the UI offers a free colour for this item (multiplied into its texture). */
  colourable: z.boolean().default(false),
  /** sRGB hex of the item's typical colour (the mean of its base texture): a chosen colour is applied relative to it. */
  swatch: z.string().regex(/^#[0-9a-f]{6}$/i).optional(),
  variants: z.array(Variant).default([]),
});

export const Slot = z.object({
  id: slotId,
  name: LocalizedText,
  /** May the slot be empty? */
  optional: z.boolean().default(true),
});

export const Preset = z.object({
  id,
  name: LocalizedText,
  thumbnail: packPath.optional(),
  /** Body control values by control id (see the body's shape data). */
  body: z.record(z.string(), z.number()).default({}),
  /** Worn asset id per slot. */
  items: z.record(slotId, id).default({}),
  /** sRGB hex colours by colour key (skin, hair, eyes, eyebrows, ...). */
  colours: z.record(z.string(), z.string().regex(/^#[0-9a-f]{6}$/i)).default({}),
  /** Variant id per slot (e.g. eye colour). */
  variants: z.record(slotId, id).default({}),
});

export const Body = z.object({
  glb: packPath,
  /** Body-shape data: controls and their compressed deltas (see docs/pack-format.md). */
  shape: packPath,
  shapeData: packPath,
  /** Named poses as local joint rotations (see docs/pack-format.md). */
  poses: packPath.optional(),
  /** Facial expression units (JSON index and binary deltas) that exports mix into visemes and ARKit shapes. */
  expressions: packPath.optional(),
  expressionData: packPath.optional(),
});

export const PackManifest = z.object({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  id,
  /** Semantic version of the pack's content. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'use a semantic version such as 1.0.0'),
  name: LocalizedText,
  description: LocalizedText.optional(),
  licence: Licence,
  authors: z.array(z.string().min(1)).min(1),
  slots: z.array(Slot).default([]),
  body: Body.optional(),
  assets: z.array(Asset),
  presets: z.array(Preset).default([]),
  /** Path of the human-readable licence list. */
  licences: packPath.optional(),
});

export type LocalizedText = z.infer<typeof LocalizedText>;
export type Licence = z.infer<typeof Licence>;
export type Asset = z.infer<typeof Asset>;
export type Attachment = z.infer<typeof Attachment>;
export type Slot = z.infer<typeof Slot>;
export type Preset = z.infer<typeof Preset>;
export type PackManifest = z.infer<typeof PackManifest>;
/** The shape a pack author writes (defaults not yet filled). */
export type PackManifestInput = z.input<typeof PackManifest>;
