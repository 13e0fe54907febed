import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { manifestJsonSchema } from './manifestJsonSchema';

it('the published manifest JSON Schemas match the zod schema (run `npm run schemas` after a change)', () => {
  const generated = JSON.parse(JSON.stringify(manifestJsonSchema()));
  for (const path of ['docs/schema/avatar-manifest.v1.json', 'public/schema/avatar-manifest.v1.json']) {
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(generated);
  }
});
