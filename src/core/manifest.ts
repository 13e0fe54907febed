/**
 * The portable avatar manifest: small JSON that rebuilds an avatar from packs. Version 1. The zod schema is
 * the single source of truth (docs/schema/avatar-manifest.v1.json is generated from it).
 */
import { z } from 'zod';
import type { AvatarDocument } from './avatarDocument';
import { validate, type Result } from './validation';

export const MANIFEST_FORMAT = 'avatar-atelier/manifest';
export const MANIFEST_VERSION = 1;

const hexColour = z.string().regex(/^#[0-9a-f]{6}$/i, 'use a colour like #a1b2c3');
const itemRef = z.string().regex(/^[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._-]*$/, 'use "pack/item", e.g. "core/bob01"');
const slot = z.string().regex(/^[a-z][a-zA-Z0-9]{0,31}$/, 'a slot name is camelCase letters and digits');

export const PackRef = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  /** Where the pack.json was loaded from (relative to the app, or an absolute URL of a pack host). */
  url: z.string().min(1),
  /** SHA-256 of that pack.json ("sha256-<base64>"): a pack with other content is refused. Optional for hand-written manifests. */
  hash: z
    .string()
    .regex(/^sha256-[A-Za-z0-9+/]{43}=$/, 'use "sha256-" and the base64 SHA-256 of pack.json')
    .optional(),
});

/** Usage terms, modelled on VRM 1.0's meta. */
export const ManifestMeta = z.object({
  name: z.string().max(200).default('My avatar'),
  authors: z.array(z.string().min(1).max(200)).max(20).default([]),
  licenceUrl: z.string().max(500).default('https://vrm.dev/licenses/1.0/'),
  avatarPermission: z.enum(['onlyAuthor', 'onlySeparatelyLicensedPerson', 'everyone']).default('onlyAuthor'),
  commercialUsage: z.enum(['personalNonProfit', 'personalProfit', 'corporation']).default('personalNonProfit'),
  creditNotation: z.enum(['required', 'unnecessary']).default('required'),
  allowRedistribution: z.boolean().default(false),
  modification: z.enum(['prohibited', 'allowModification', 'allowModificationRedistribution']).default('prohibited'),
});

export const AvatarManifest = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.literal(MANIFEST_VERSION),
  /** Body control values by control id (ranges come from the body pack's shape data). */
  body: z.record(z.string().max(64), z.number().finite()).default({}),
  /** Worn item per slot, as "pack/item". */
  items: z.record(slot, itemRef).default({}),
  colours: z.record(z.string().max(64), hexColour).default({}),
  /** Chosen variant id of the item worn in a slot (eye colour, hat colour...). */
  variants: z.record(slot, z.string().max(64)).default({}),
  pose: z.string().max(64).default('a'),
  packs: z.array(PackRef).max(50).default([]),
  meta: ManifestMeta.default(ManifestMeta.parse({})),
});

export type AvatarManifest = z.output<typeof AvatarManifest>;
export type AvatarManifestInput = z.input<typeof AvatarManifest>;
export type PackRef = z.output<typeof PackRef>;

/** Validates any input (a file, a share link, a host's message): envelope check → migration → schema and defaults. */
export function restoreManifest(input: unknown): Result<AvatarManifest> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, errors: ['a manifest must be a JSON object'] };
  const migrated = migrateToCurrent(input as Record<string, unknown>);
  return migrated.ok ? validate(AvatarManifest, migrated.value) : migrated;
}

/** The keys of an avatar document: an object with some of these and no envelope is a version-0 manifest. */
const DOCUMENT_KEYS = ['body', 'items', 'colours', 'variants', 'pose'];

/** Brings an older manifest up to the current version, step by step (each step knows one older shape). */
function migrateToCurrent(input: Record<string, unknown>): Result<Record<string, unknown>> {
  const { format, version } = input;
  if (format === undefined && DOCUMENT_KEYS.some((key) => key in input)) return { ok: true, value: fromVersion0(input) };
  if (format !== MANIFEST_FORMAT) return { ok: false, errors: [`format: expected "${MANIFEST_FORMAT}"`] };
  if (typeof version === 'number' && version > MANIFEST_VERSION) {
    return { ok: false, errors: [`version: this manifest was made by a newer Avatar Atelier (version ${version}); this one reads up to version ${MANIFEST_VERSION}`] };
  }
  return { ok: true, value: input };
}

/**
 * Version 0: a bare avatar document (body, items, colours, variants, pose) without the manifest envelope, as the
 * editor keeps it in the browser's storage and as QA fixtures written by hand often look. It wears core-pack
 * items only by convention, so it names no packs: they are checked when it loads.
 */
function fromVersion0(document: Record<string, unknown>): Record<string, unknown> {
  const known = Object.fromEntries(Object.entries(document).filter(([key]) => DOCUMENT_KEYS.includes(key)));
  return { format: MANIFEST_FORMAT, version: MANIFEST_VERSION, ...known };
}

export function manifestFromDocument(document: AvatarDocument, packs: PackRef[], meta: Partial<AvatarManifest['meta']> = {}): AvatarManifest {
  return {
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    body: { ...document.body },
    items: { ...document.items },
    colours: { ...document.colours },
    variants: { ...document.variants },
    pose: document.pose,
    packs,
    meta: ManifestMeta.parse(meta),
  };
}

export function documentFromManifest(manifest: AvatarManifest): AvatarDocument {
  return { body: { ...manifest.body }, items: { ...manifest.items }, colours: { ...manifest.colours }, variants: { ...manifest.variants }, pose: manifest.pose };
}
