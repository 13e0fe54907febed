/** Reads and validates one GLB file once (Khronos validator + our reader), for every asset that uses it. */
import { glbJsonTooDeep } from '../glb';
import type { ValidateContext } from './context';
import { finding, type Finding } from './findings';
import { readGlbFacts, type GlbFacts } from './glbFacts';
import { khronosFindings } from './khronos';

export interface GlbCheck {
  facts: GlbFacts | null;
  /** Findings about the file itself, not yet tied to an asset. */
  findings: Finding[];
}

export function checkGlbOnce(path: string, context: ValidateContext): Promise<GlbCheck> {
  let check = context.glbs.get(path);
  if (!check) {
    check = checkGlb(path, context.files.get(path)!, context);
    context.glbs.set(path, check);
  }
  return check;
}

async function checkGlb(file: string, bytes: Uint8Array, context: ValidateContext): Promise<GlbCheck> {
  // Deeply nested JSON crashes the Khronos validator outside its promise: our reader alone reports such a file.
  const validator = glbJsonTooDeep(bytes) ? null : context.validator;
  const [khronos, read] = await Promise.all([validator ? khronosFindings(validator, bytes, { file }) : [], readGlbFacts(bytes, file)]);
  if (!read.ok) return { facts: null, findings: [...khronos, unreadable(file, bytes, read.reason)] };
  if (read.facts.meshCount === 0) return { facts: null, findings: [...khronos, finding('GLB_NO_MESH', `${file} has no mesh, only nodes without geometry.`, { file })] };
  return { facts: read.facts, findings: khronos };
}

function unreadable(file: string, bytes: Uint8Array, reason: string): Finding {
  const required = /Missing required extension, "(.+)"/.exec(reason)?.[1];
  if (required) return finding('GLB_UNREADABLE', `${file} cannot be read: it requires ${required}.`, { file }, `Export without ${required}: the app reads plain glTF with EXT_texture_webp only.`);
  // A .gltf (JSON) file renamed or named as the model: say so rather than report a bad binary header.
  if (new TextDecoder().decode(bytes.subarray(0, 64)).trimStart().startsWith('{')) {
    return finding('GLB_UNREADABLE', `${file} is glTF JSON (.gltf), not a binary GLB.`, { file }, 'Export as glTF Binary (.glb), which holds the buffers and textures in one file.');
  }
  return finding('GLB_UNREADABLE', `${file} cannot be read as a GLB: ${reason}.`, { file });
}
