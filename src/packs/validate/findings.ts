/**
 * Every finding the pack validator can report, with its severity and the change that fixes it. This table is the
 * single list: docs/pack-format.md documents each code (a test keeps them in step), and rules build findings from it.
 */
import { shortened } from '../../core/validation';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  severity: Severity;
  code: FindingCode;
  /** What is wrong, in plain words. */
  message: string;
  /** What to change. */
  fix: string;
  /** Asset id in pack.json, when the finding is about one asset. */
  asset?: string;
  /** Path of the file inside the pack (or archive). */
  file?: string;
  /** JSON pointer into `file` (pack.json, or the glTF JSON of a GLB). */
  pointer?: string;
}

const error = (fix: string) => ({ severity: 'error', fix }) as const;
const warning = (fix: string) => ({ severity: 'warning', fix }) as const;
const info = (fix: string) => ({ severity: 'info', fix }) as const;

export const FINDINGS = {
  // Reading the archive or folder.
  ZIP_CORRUPT: error('Re-create the archive with a standard zip tool (deflate or stored entries, not split or encrypted).'),
  PACK_TOO_LARGE: error('Keep the unpacked pack under the limit: shrink textures, drop unused files.'),
  PACK_TOO_MANY_FILES: error('Keep the pack under the file limit: remove unused files.'),
  ZIP_COMPRESSION_RATIO: error('Re-create the archive from the real files; no real pack file compresses this much.'),
  ZIP_UNSAFE_PATH: error('Zip the pack folder itself, so every entry is a relative path inside it.'),
  ZIP_ENTRY_UNSUPPORTED: error('Re-create the archive without encryption, using deflate or stored entries.'),
  ZIP_ENTRY_CORRUPT: error('Re-create the archive; this entry is damaged or its header lies about its size.'),
  ZIP_DUPLICATE_ENTRY: error('Re-create the archive so each path appears once.'),
  // pack.json.
  PACK_JSON_MISSING: error('Put pack.json at the root of the pack (or of the single folder the zip holds).'),
  PACK_JSON_INVALID: error('Fix the JSON syntax at the place given (a missing comma or quote, or a trailing comma, is the usual cause).'),
  SCHEMA_INVALID: error('Correct this field as docs/pack-format.md describes (JSON Schema: docs/schema/pack.v1.json).'),
  PATH_OUTSIDE_PACK: error('Use a path relative to the pack folder, without "..", a leading "/" or a drive letter.'),
  PATH_EXTERNAL_URL: error('Put the file in the pack and name it with a relative path: packs are self-contained and the app never downloads from other hosts.'),
  PATH_BACKSLASH: error('Use forward slashes ("/") in paths.'),
  DUPLICATE_ID: error('Give each one a distinct id.'),
  SLOT_UNKNOWN: error('Use one of the known slots, or declare this slot in the pack\'s "slots".'),
  PRESET_UNKNOWN_ASSET: error('Name an asset id of this pack, or remove the entry.'),
  PRESET_SLOT_MISMATCH: error('Put the asset under its own slot in the preset\'s "items".'),
  FILE_MISSING: error('Add the file to the pack, or correct the path (paths are case-sensitive).'),
  FILE_UNUSED: info('Remove the file, or name it in pack.json if it was meant to be used.'),
  ASSET_EMPTY: error('Give the asset a "glb" (a model) or a "texture" (a texture-only item such as a skin).'),
  // Licences and thumbnails.
  LICENCE_ATTRIBUTION_MISSING: warning('Add "attribution": the credit line CC-BY requires, e.g. "Straw hat by Ada Designer (CC BY 4.0)".'),
  LICENCE_UNSPECIFIED: warning('Fill in "licence.spdx" (e.g. CC0-1.0, CC-BY-4.0) and "licence.author" before sharing the pack.'),
  THUMBNAIL_MISSING: warning('Add a square PNG or WebP of 128 px or more; until then a thumbnail will be generated.'),
  THUMBNAIL_UNREADABLE: warning('Save the thumbnail as PNG, JPEG or WebP; until then a thumbnail will be generated.'),
  // Models.
  GLB_UNREADABLE: error('Re-export the model as binary glTF (.glb) from your 3D tool and check it in the Khronos glTF Validator.'),
  GLB_NO_MESH: error('Export the mesh itself (not only the armature or empties).'),
  GLTF_VALIDATOR_ERROR: error('Fix what the Khronos glTF Validator reports at this pointer, usually by re-exporting.'),
  GLTF_VALIDATOR_WARNING: warning('Fix what the Khronos glTF Validator reports at this pointer; it may render differently across viewers.'),
  GLTF_VALIDATOR_UNAVAILABLE: info('Nothing to change in the pack; the Khronos checks were skipped here.'),
  ASSET_CHECK_FAILED: error('Re-export the file; if it is valid glTF, report this as a bug in Avatar Atelier.'),
  // Skinned garments.
  SKELETON_UNAVAILABLE: info('Nothing to change in the pack; skeleton checks need the core pack\'s body.'),
  SKIN_UNKNOWN_JOINT: error('Bind the mesh to the core skeleton\'s joints, named exactly as in the core body (Hips, Spine, …, LeftHand).'),
  BIND_POSE_MISMATCH: error('Bind the garment on the core body in its rest pose (import the core body.glb, fit, then skin to its armature).'),
  FIT_DATA_MISSING: warning('Add _FITREFS, _FITWEIGHTS and _FITOFFSETS vertex attributes (see "The GLB files") so the garment follows every body shape.'),
  FIT_DATA_INVALID: error('Write all three attributes _FITREFS, _FITWEIGHTS and _FITOFFSETS on every skinned primitive, with vertex numbers of the core body.'),
  MESH_OFF_SKELETON: warning('Model the garment on the reference body: metres, Y up, facing +Z, each vertex weighted to the bones it sits on.'),
  // Rigid accessories.
  ATTACH_UNKNOWN_BONE: error('Use a joint name of the core skeleton in "attach.bone" (e.g. Head, Neck, Spine2, LeftHand).'),
  ATTACH_SKINNED: error('Either remove the skin from the GLB (a rigid accessory), or remove "attach" (a skinned garment).'),
  RIGID_WITHOUT_ATTACH: error('Add "attach": { "bone": … } to carry the accessory on a bone, or skin it to the core skeleton.'),
  MESH_NODE_TRANSFORM: error('Apply the transforms before export (Blender: Object › Apply › All Transforms), so the vertices themselves are in metres, Y up, in place.'),
  ATTACH_FAR_FROM_BONE: warning('Model the accessory where it sits on the reference body (metres, Y up, facing +Z); "attach.offset" only nudges it.'),
  // Scale and budgets.
  SCALE_TOO_LARGE: error('Export in metres: scale the model by the factor given (or set the exporter\'s unit scale) and apply the scale.'),
  SCALE_TOO_SMALL: error('Export in metres: scale the model by the factor given (or set the exporter\'s unit scale) and apply the scale.'),
  TRIANGLES_OVER_BUDGET: warning('Decimate the mesh or bake detail into a normal map to reach the budget.'),
  TEXTURE_OVER_BUDGET: warning('Resize the texture to the budget; more pixels than that are not seen on screen.'),
  TEXTURE_TOO_LARGE: error('Resize the texture to 1024 px (or at most 4096 px); phones cannot load larger textures.'),
  TEXTURE_UNREADABLE: error('Save the texture as PNG, JPEG or WebP.'),
} as const satisfies Record<string, { severity: Severity; fix: string }>;

export type FindingCode = keyof typeof FINDINGS;

/** Where a finding points: an asset, a file, a JSON pointer. */
export type FindingPlace = Pick<Finding, 'asset' | 'file' | 'pointer'>;

/** Builds a finding with the table's severity and fix (a more precise fix may replace it). */
export function finding(code: FindingCode, message: string, place: FindingPlace = {}, fix?: string): Finding {
  const entry = FINDINGS[code];
  const defined = Object.fromEntries(Object.entries(place).filter(([, value]) => value !== undefined));
  return { severity: entry.severity, code, message: shortened(message), fix: shortened(fix ?? entry.fix), ...defined };
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}
