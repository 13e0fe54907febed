import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment } from './shareLink';
import version0 from './fixtures/version0-document.json';

describe('share links', () => {
  it('round-trips a manifest through a short URL-safe fragment', () => {
    const manifest = { format: 'avatar-atelier/manifest', version: 1, ...version0, meta: { name: 'Zoé & co', authors: ['A'] } };
    const fragment = encodeShareFragment(manifest);
    expect(fragment).toMatch(/^avatar=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(1200);
    expect(decodeShareFragment(`#${fragment}`)).toEqual({ ok: true, value: manifest });
  });

  it('ignores other fragments and explains damaged links', () => {
    expect(decodeShareFragment('#section-2')).toBeNull();
    expect(decodeShareFragment('#avatar=not-deflate-data')).toEqual({ ok: false, errors: [expect.stringMatching(/damaged or incomplete/)] });
    const cut = encodeShareFragment({ a: 'x'.repeat(500) }).slice(0, 20);
    expect(decodeShareFragment(cut)?.ok).toBe(false);
  });
});
