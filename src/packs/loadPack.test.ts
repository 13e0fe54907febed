import { describe, expect, it } from 'vitest';
import { loadPack, parsePackManifest } from './loadPack';

const minimal = {
  format: 'avatar-atelier/pack',
  formatVersion: 1,
  id: 'demo',
  version: '1.0.0',
  name: { en: 'Demo', fr: 'Démo' },
  licence: { spdx: 'CC0-1.0', author: 'Someone' },
  authors: ['Someone'],
  assets: [
    {
      id: 'cap',
      slot: 'headwear',
      name: { en: 'Cap', fr: 'Casquette' },
      glb: 'items/cap.glb',
      thumbnail: 'thumbs/cap.webp',
      licence: { spdx: 'CC0-1.0', author: 'Someone' },
    },
  ],
};

describe('pack.json parsing', () => {
  it('accepts a minimal pack and fills defaults', () => {
    const result = parsePackManifest(minimal);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.assets[0]!.excludes).toEqual([]);
      expect(result.value.assets[0]!.layer).toBe(50);
    }
  });

  it('names the field and the problem', () => {
    const bad = structuredClone(minimal);
    bad.assets[0]!.glb = '../../etc/passwd';
    bad.assets[0]!.slot = 'Head Wear';
    const result = parsePackManifest(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContain('assets[0].glb: must not leave the pack folder ("..")');
      expect(result.errors.some((e) => e.startsWith('assets[0].slot:'))).toBe(true);
    }
  });

  it.each(['models/%2e%2e/%2E%2e/secret.glb', 'models\\..\\..\\secret.glb', 'models\\cap.glb'])('rejects %s: URLs read "%2e%2e" as ".." and "\\" as "/"', (path) => {
    const bad = structuredClone(minimal);
    bad.assets[0]!.glb = path;
    expect(parsePackManifest(bad).ok).toBe(false);
  });

  it('rejects absolute URLs to other hosts', () => {
    const bad = structuredClone(minimal);
    bad.assets[0]!.glb = 'https://evil.example.com/cap.glb';
    expect(parsePackManifest(bad).ok).toBe(false);
  });

  it('reports download and JSON failures in words', async () => {
    const failing = await loadPack('/packs/x/pack.json', () => Promise.reject(new Error('404 Not Found')));
    expect(failing).toEqual({ ok: false, errors: ['could not download /packs/x/pack.json: 404 Not Found'] });
    const garbled = await loadPack('/packs/x/pack.json', async () => '{not json');
    expect(garbled).toEqual({ ok: false, errors: ['/packs/x/pack.json is not valid JSON'] });
  });

  it('resolves the pack folder', async () => {
    const result = await loadPack('/packs/demo/pack.json', async () => JSON.stringify(minimal));
    expect(result.ok && result.value.baseUrl).toBe('/packs/demo/');
  });
});
