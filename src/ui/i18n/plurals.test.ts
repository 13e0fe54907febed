import { describe, expect, it } from 'vitest';
import { translator, type TextKey } from './index';

describe('plural texts', () => {
  it.each([
    ['en', 1, 'Opened a.glb: 1 item ready to try on.'],
    ['en', 3, 'Opened a.glb: 3 items ready to try on.'],
    ['fr', 1, 'a.glb ouvert : 1 élément prêt à essayer.'],
    ['fr', 3, 'a.glb ouvert : 3 éléments prêts à essayer.'],
  ] as const)('%s with %i', (language, count, text) => {
    expect(translator(language)('packs.opened' as TextKey, { source: 'a.glb', count })).toBe(text);
  });
});
