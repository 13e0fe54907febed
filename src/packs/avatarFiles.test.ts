import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { avatarFiles, rawPackFiles } from './avatarFiles';
import { PackManifest } from './schema';

const text = readFileSync('public/packs/core/pack.json', 'utf8');

describe('the files an avatar needs', () => {
  it('are the body, its poses and every worn model, skin and variant texture, from the raw or the validated pack', () => {
    const raw = rawPackFiles(text)!;
    const preset = raw.presets[0]!;
    const worn = { items: Object.fromEntries(Object.entries(preset.items).map(([slot, id]) => [slot, `core/${id}`])), variants: preset.variants };
    const files = avatarFiles(raw, worn);
    expect(files.slice(0, 2)).toEqual(['body/body.glb', 'body/poses.json']);
    expect(files.filter((path) => path.endsWith('.glb')).length).toBe(1 + Object.keys(preset.items).length - 1); // the skin is a texture
    expect(files.some((path) => path.startsWith('skins/'))).toBe(true);
    expect(avatarFiles(PackManifest.parse(JSON.parse(text)), worn)).toEqual(files);
  });

  it('skip items of other packs and unknown items, and give nothing for a pack.json that is not readable or names paths outside the pack', () => {
    const raw = rawPackFiles(text)!;
    expect(avatarFiles(raw, { items: { hair: 'other/long01', top: 'core/no-such-top' } })).toEqual(['body/body.glb', 'body/poses.json']);
    expect(rawPackFiles('{ not json')).toBeNull();
    const escaping = JSON.parse(text);
    escaping.assets[0].glb = 'https://elsewhere.example/x.glb';
    expect(rawPackFiles(JSON.stringify(escaping))).toBeNull();
  });
});
