import { describe, expect, it } from 'vitest';
import { editorCategories } from './categories';

const slot = (id: string) => ({ id, name: { en: id.toUpperCase(), fr: id }, optional: true });

describe('editorCategories', () => {
  it('groups brows with lashes, hides teeth, and gives a new pack slot its own tab', () => {
    const categories = editorCategories(['skin', 'hair', 'eyebrows', 'eyelashes', 'teeth', 'tail'].map(slot));
    expect(categories.map((c) => c.id)).toEqual(['presets', 'body', 'face', 'skin', 'hair', 'brows', 'tail', 'pose', 'export', 'packs']);
    expect(categories.find((c) => c.id === 'brows')).toMatchObject({ slots: ['eyebrows', 'eyelashes'], colours: ['eyebrows'], camera: 'face' });
    expect(categories.find((c) => c.id === 'skin')?.camera).toBeNull();
    expect(categories.find((c) => c.id === 'tail')).toMatchObject({ label: { text: { en: 'TAIL', fr: 'tail' } }, slots: ['tail'] });
  });
});
