import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { packJsonSchema } from './jsonSchema';

it('docs/schema/pack.v1.json matches the zod schema (run `npm run schemas` after a change)', () => {
  const committed = JSON.parse(readFileSync('docs/schema/pack.v1.json', 'utf8'));
  expect(committed).toEqual(JSON.parse(JSON.stringify(packJsonSchema())));
});
