/** Writes the JSON Schemas generated from the zod schemas into docs/schema/ (run after changing a schema). */
import { writeFileSync } from 'node:fs';
import { manifestJsonSchema } from '../src/core/manifestJsonSchema';
import { packJsonSchema } from '../src/packs/jsonSchema';

/** The manifest schema is also published with the app, at /schema/avatar-manifest.v1.json. */
export const SCHEMA_FILES = {
  'docs/schema/pack.v1.json': packJsonSchema,
  'docs/schema/avatar-manifest.v1.json': manifestJsonSchema,
  'public/schema/avatar-manifest.v1.json': manifestJsonSchema,
};

for (const [path, generate] of Object.entries(SCHEMA_FILES)) {
  writeFileSync(path, `${JSON.stringify(generate(), null, 2)}\n`);
  console.log(`wrote ${path}`);
}
