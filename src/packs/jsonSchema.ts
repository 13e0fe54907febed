import { z } from 'zod';
import { PackManifest } from './schema';

/** JSON Schema of pack.json as an author writes it (defaults optional), generated from the zod schema. */
export function packJsonSchema(): object {
  return {
    $id: 'avatar-atelier/pack.v1.json',
    title: 'Avatar Atelier asset pack (pack.json), format version 1',
    ...z.toJSONSchema(PackManifest, { io: 'input', unrepresentable: 'any' }),
  };
}
