/**
 * `avatar-atelier validate-pack <dir|zip|glb> [--json] [--packs <dir>]`: the designer panel's validation report in a
 * terminal. Checks against the core pack's skeleton from `--packs` (default: the app's packs). Exit 1 when the
 * report has errors, 0 otherwise, 2 for usage errors.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DRAFT_SLOT, draftPackForGlb, loadKhronosValidator, referenceSkeletonFromPack, reportToText, validatePack, validatePackZip } from '../packs/validate';
import type { PackReport, ReferenceSkeleton } from '../packs/validate';
import { countFindings } from '../packs/validate/findings';
import type { CliIo } from './main';
import { readPackFolder } from './readPackFolder';

export const VALIDATE_USAGE = `usage: avatar-atelier validate-pack <pack folder | pack.zip | item.glb> [--json] [--packs <dir>] [--slot <slot>]
  prints the validation report (text, or JSON with --json); exit 1 when it has errors
  --slot  the slot a lone .glb goes in (else guessed from its file name)`;

export async function runValidatePack(argv: readonly string[], defaultPacksDir: string, io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { json: { type: 'boolean' }, packs: { type: 'string' }, slot: { type: 'string' } } });
  } catch (error) {
    return usageError(io, `${(error as Error).message} (see --help)`);
  }
  const [target, ...extra] = parsed.positionals;
  if (!target || extra.length > 0) return usageError(io, 'validate-pack takes one pack folder, .zip or .glb (see --help)');
  const kind = await stat(target).then((info) => (info.isDirectory() ? 'folder' : 'file')).catch(() => null);
  if (!kind) return usageError(io, `cannot read ${target}`);
  const skeleton = await coreSkeleton(resolve(parsed.values.packs ?? defaultPacksDir));
  let report: PackReport;
  try {
    report = await validateTarget(target, kind, skeleton, parsed.values.slot, io);
  } catch (error) {
    // Validation never throws on bad content; this is the file system (permissions, a file vanishing).
    return usageError(io, `cannot read ${target}: ${(error as Error).message}`);
  }
  io.stdout(parsed.values.json ? JSON.stringify(report, null, 2) : reportToText(report));
  return report.summary.errors > 0 ? 1 : 0;
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`avatar-atelier: ${message}`);
  return 2;
}

/** The core pack's skeleton, or undefined (a pack with its own body is then checked against that; others say so). */
async function coreSkeleton(packsDir: string): Promise<ReferenceSkeleton | undefined> {
  const core = join(packsDir, 'core');
  const skeleton = await referenceSkeletonFromPack((path) => readFile(join(core, path)).then((bytes) => new Uint8Array(bytes), () => null));
  return skeleton ?? undefined;
}

async function validateTarget(target: string, kind: 'folder' | 'file', skeleton: ReferenceSkeleton | undefined, slot: string | undefined, io: CliIo): Promise<PackReport> {
  const options = { skeleton, gltfValidator: await loadKhronosValidator() };
  if (kind === 'folder') {
    const { files, findings } = await readPackFolder(target);
    if (findings.length > 0) return { pack: { id: basename(resolve(target)) }, summary: countFindings(findings), findings, assets: [] };
    return validatePack(files, options);
  }
  const bytes = new Uint8Array(await readFile(target));
  if (extname(target).toLowerCase() === '.glb') {
    const draft = await draftPackForGlb(basename(target), bytes, skeleton ?? null, slot);
    if (draft.slotFrom === 'default') io.stderr(`avatar-atelier: the name ${basename(target)} does not say which slot it goes in; checked as "${DEFAULT_DRAFT_SLOT}" (choose one with --slot)`);
    return validatePack(draft.files, options);
  }
  return (await validatePackZip(bytes, options)).report;
}
