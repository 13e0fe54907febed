/** Writes the JSON Schemas generated from the zod schemas into docs/schema/ (run after changing a schema). */
import { writeFileSync } from 'node:fs';
import { packJsonSchema } from '../src/packs/jsonSchema';

export const SCHEMA_FILES = { 'docs/schema/pack.v1.json': packJsonSchema };

for (const [path, generate] of Object.entries(SCHEMA_FILES)) {
  writeFileSync(path, `${JSON.stringify(generate(), null, 2)}\n`);
  console.log(`wrote ${path}`);
}
