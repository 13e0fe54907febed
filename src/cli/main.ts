/**
 * `avatar-atelier export <manifest.json> --out avatar.glb|avatar.vrm [options]`: builds an avatar file from a
 * manifest without a browser, with the same exporter as the app (same bytes). Stateless, so a game server can run
 * it on any number of workers. Exit 0 on success, 2 with a one-line reason for invalid input, 1 otherwise.
 * `avatar-atelier validate-pack …`: see validatePackCommand.ts.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { restoreManifest, type AvatarManifest } from '../core/manifest';
import { ExportInputError, exportAvatarFile, type ExportFormat } from '../export';
import { packsFromFolder, useNodeCodecs } from '../export/node';
import { runValidatePack, VALIDATE_USAGE } from './validatePackCommand';

export const USAGE = `usage: avatar-atelier export <manifest.json> --out <avatar.glb|avatar.vrm>
  [--pose A|T] [--lod 0|1|2] [--atlas none|512|1024] [--morphs none|visemes|arkit|all]
  [--texture-size <pixels>] [--texture-format jpeg|png|webp] [--compression none|meshopt] [--packs <dir>]
${VALIDATE_USAGE}`;

/** Invalid input: reported as one line, exit code 2. */
class InputError extends Error {}

export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
}

export async function runCli(argv: readonly string[], defaultPacksDir: string, io: CliIo): Promise<number> {
  if (argv.includes('--help') || argv.length === 0) {
    io.stdout(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  if (argv[0] === 'validate-pack') return runValidatePack(argv.slice(1), defaultPacksDir, io);
  useNodeCodecs();
  try {
    const { command, manifestPath, out, packsDir, options } = parseCommand(argv, defaultPacksDir);
    if (command !== 'export') throw new InputError(`unknown command "${command}" (the commands are "export" and "validate-pack")`);
    const started = performance.now();
    const manifest = await readManifest(manifestPath);
    const bytes = await exportAvatarFile(manifest, await packsFromFolder(manifest, packsDir), options, formatOf(out));
    await writeAtomically(out, bytes);
    io.stdout(`wrote ${out} (${bytes.length} bytes) in ${Math.round(performance.now() - started)} ms`);
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof ExportInputError) {
      io.stderr(`avatar-atelier: ${oneLine(error.message)}`);
      return 2;
    }
    io.stderr(`avatar-atelier: failed: ${oneLine((error as Error).message)}`);
    return 1;
  }
}

function parseCommand(argv: readonly string[], defaultPacksDir: string) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        pose: { type: 'string' },
        lod: { type: 'string' },
        atlas: { type: 'string' },
        morphs: { type: 'string' },
        'texture-size': { type: 'string' },
        'texture-format': { type: 'string' },
        compression: { type: 'string' },
        packs: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new InputError(`${(error as Error).message} (see --help)`);
  }
  const { values, positionals } = parsed;
  const [command, manifestPath] = positionals;
  if (!command || !manifestPath || !values.out) throw new InputError('a manifest and --out are required (see --help)');
  const options = Object.fromEntries(
    Object.entries({
      pose: values.pose,
      lod: values.lod,
      textureAtlas: values.atlas,
      morphTargets: values.morphs,
      textureSizeLimit: values['texture-size'] === undefined ? undefined : Number(values['texture-size']),
      textureFormat: values['texture-format'],
      compression: values.compression,
    }).filter(([, value]) => value !== undefined),
  );
  return { command, manifestPath, out: resolve(values.out), packsDir: resolve(values.packs ?? defaultPacksDir), options };
}

function formatOf(out: string): ExportFormat {
  const extension = extname(out).toLowerCase();
  if (extension === '.glb' || extension === '.vrm') return extension.slice(1) as ExportFormat;
  throw new InputError(`--out must end in .glb or .vrm, not "${extension || out}"`);
}

async function readManifest(path: string): Promise<AvatarManifest> {
  let text;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new InputError(`cannot read the manifest ${path}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(`${path} is not valid JSON`);
  }
  const restored = restoreManifest(json);
  if (!restored.ok) throw new InputError(`${path}: ${restored.errors.join('; ')}`);
  return restored.value;
}

/** Writes next to the target and renames, so a failure never leaves a partial file under the asked name. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.partial`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}

function oneLine(text: string): string {
  return text.split('\n')[0]!;
}
