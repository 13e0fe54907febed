import { z } from 'zod';
import { AvatarManifest } from './manifest';

/** JSON Schema of the avatar manifest as a person or program writes it (defaults optional). */
export function manifestJsonSchema(): object {
  return {
    $id: 'avatar-atelier/avatar-manifest.v1.json',
    title: 'Avatar Atelier portable avatar manifest, version 1',
    ...z.toJSONSchema(AvatarManifest, { io: 'input', unrepresentable: 'any' }),
  };
}
