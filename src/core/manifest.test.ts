import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { documentFromManifest, manifestFromDocument, MANIFEST_FORMAT, MANIFEST_VERSION, restoreManifest } from './manifest';

const document = { body: { gender: 0.2, noseWidth: -0.4 }, items: { hair: 'core/bob01' }, colours: { hair: '#553322' }, variants: { eyes: 'green' }, pose: 'relaxed' };

describe('avatar manifest', () => {
  it('round-trips a document through JSON', () => {
    const manifest = manifestFromDocument(document, [{ id: 'core', version: '1.0.0', url: '/packs/core/pack.json' }], { name: 'Maya' });
    const restored = restoreManifest(JSON.parse(JSON.stringify(manifest)));
    expect(restored.ok && documentFromManifest(restored.value)).toEqual(document);
    expect(restored.ok && restored.value.meta.name).toBe('Maya');
  });

  it('fills defaults for a minimal manifest', () => {
    const restored = restoreManifest({ format: 'avatar-atelier/manifest', version: 1 });
    expect(restored.ok && restored.value.pose).toBe('a');
    expect(restored.ok && restored.value.meta.avatarPermission).toBe('onlyAuthor');
  });

  it('names the field in plain words', () => {
    const bad = restoreManifest({ format: 'avatar-atelier/manifest', version: 1, items: { hair: 'bob01' }, colours: { hair: 'brown' } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors).toEqual(['items.hair: use "pack/item", e.g. "core/bob01"', 'colours.hair: use a colour like #a1b2c3']);
  });

  it('refuses other formats, newer versions and non-objects', () => {
    expect(restoreManifest(null)).toEqual({ ok: false, errors: ['a manifest must be a JSON object'] });
    expect(restoreManifest({ format: 'readyplayerme' })).toEqual({ ok: false, errors: ['format: expected "avatar-atelier/manifest"'] });
    const newer = restoreManifest({ format: 'avatar-atelier/manifest', version: 7 });
    expect(!newer.ok && newer.errors[0]).toMatch(/newer Avatar Atelier \(version 7\)/);
  });

  it('rejects non-finite body values', () => {
    expect(restoreManifest({ format: 'avatar-atelier/manifest', version: 1, body: { gender: Number.NaN } }).ok).toBe(false);
  });

  it('migrates a version-0 document (no envelope) and keeps everything it holds', () => {
    const fixture = JSON.parse(readFileSync('src/core/fixtures/version0-document.json', 'utf8')) as Record<string, unknown>;
    const restored = restoreManifest(fixture);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.value.format).toBe(MANIFEST_FORMAT);
    expect(restored.value.version).toBe(MANIFEST_VERSION);
    const document = Object.fromEntries(Object.entries(fixture).filter(([key]) => key !== 'savedAt'));
    expect(documentFromManifest(restored.value)).toEqual(document);
    expect(restored.value.packs).toEqual([]);
    expect(restored.value.meta.name).toBe('My avatar');
  });

  it('checks pack content hashes for their form', () => {
    const pack = { id: 'core', version: '1.0.0', url: '/packs/core/pack.json' };
    const withHash = (hash: string) => restoreManifest({ format: MANIFEST_FORMAT, version: 1, packs: [{ ...pack, hash }] });
    expect(withHash(`sha256-${'A'.repeat(43)}=`).ok).toBe(true);
    expect(withHash('md5-abc')).toEqual({ ok: false, errors: ['packs[0].hash: use "sha256-" and the base64 SHA-256 of pack.json'] });
  });
});
