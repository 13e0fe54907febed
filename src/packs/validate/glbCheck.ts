/** Reads and validates one GLB file once (Khronos validator + our reader), for every asset that uses it. */
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
  const [khronos, read] = await Promise.all([context.validator ? khronosFindings(context.validator, bytes, { file }) : [], readGlbFacts(bytes, file)]);
  if (!read.ok) {
    const required = /Missing required extension, "(.+)"/.exec(read.reason)?.[1];
    const fix = required ? `Export without ${required}: the app reads plain glTF with EXT_texture_webp only.` : undefined;
    return { facts: null, findings: [...khronos, finding('GLB_UNREADABLE', `${file} cannot be read as a GLB: ${read.reason}.`, { file }, fix)] };
  }
  if (read.facts.meshCount === 0) return { facts: null, findings: [...khronos, finding('GLB_NO_MESH', `${file} has no mesh, only nodes without geometry.`, { file })] };
  return { facts: read.facts, findings: khronos };
}
