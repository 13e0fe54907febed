import { describe, expect, it } from 'vitest';
import { assetEntry, manifestWith, packFiles } from './testPacks';
import { validatePack } from './validatePack';
import { noisePng } from './testImages';

const findingsOf = async (files: Map<string, Uint8Array>) => (await validatePack(files)).findings.map((f) => ({ code: f.code, pointer: f.pointer, asset: f.asset, message: f.message }));
const skin = (id: string, extra: Record<string, unknown> = {}) => assetEntry(id, 'skin', { texture: `skins/${id}.png`, ...extra });

describe('validatePack: pack.json', () => {
  it('accepts a valid texture-only pack without a finding', async () => {
    const report = await validatePack(packFiles(manifestWith({ assets: [skin('tan')] }), { 'skins/tan.png': noisePng(64, 64) }));
    expect(report.findings).toEqual([]);
    expect(report.pack).toEqual({ id: 'tests', name: 'Tests' });
    expect(report.assets).toMatchObject([{ id: 'tan', kind: 'texture', textures: [{ width: 64, height: 64, mimeType: 'image/png' }] }]);
  });

  it('says where pack.json is not valid JSON, and that a pack without one has none', async () => {
    const [invalid] = await findingsOf(packFiles('{\n  "id": "x",\n  "assets": [,]\n}'));
    expect(invalid).toMatchObject({ code: 'PACK_JSON_INVALID' });
    expect(invalid!.message).toMatch(/not valid JSON at line 3, column 14/);
    expect(await findingsOf(new Map([['my-pack/pack.json', new Uint8Array()]]))).toMatchObject([{ code: 'PACK_JSON_MISSING', message: expect.stringMatching(/found my-pack\/pack\.json/) }]);
  });

  it('reports each schema error with its field and JSON pointer, and still checks the valid assets', async () => {
    const manifest = manifestWith({ version: 'one', assets: [assetEntry('bad', 'hair', { thumbnail: undefined, layer: 'top' }), skin('tan')] });
    const findings = await findingsOf(packFiles(manifest, {}));
    expect(findings.filter((f) => f.code === 'SCHEMA_INVALID')).toEqual([
      { code: 'SCHEMA_INVALID', pointer: '/version', asset: undefined, message: 'version: use a semantic version such as 1.0.0.' },
      { code: 'SCHEMA_INVALID', pointer: '/assets/0/layer', asset: 'bad', message: expect.stringMatching(/^assets\[0\]\.layer: Invalid input: expected number/) },
    ]);
    // The valid asset is still checked: its texture is missing.
    expect(findings.filter((f) => f.code === 'FILE_MISSING')).toMatchObject([{ asset: 'tan', pointer: '/assets/1/texture' }]);
  });

  it('gives a precise finding per path field that escapes the pack or points to another host', async () => {
    const assets = [
      skin('a', { texture: '../../etc/passwd' }),
      skin('b', { texture: 'https://cdn.example.com/skin.png' }),
      skin('c', { texture: '/skins/c.png' }),
      skin('d', { texture: 'C:\\Users\\ada\\skin.png' }),
      skin('e', { texture: 'skins\\e.png' }),
      skin('f', { texture: '//cdn.example.com/f.png' }),
    ];
    const findings = await findingsOf(packFiles(manifestWith({ assets })));
    expect(findings.map((f) => [f.code, f.pointer])).toEqual([
      ['PATH_OUTSIDE_PACK', '/assets/0/texture'],
      ['PATH_EXTERNAL_URL', '/assets/1/texture'],
      ['PATH_OUTSIDE_PACK', '/assets/2/texture'],
      ['PATH_OUTSIDE_PACK', '/assets/3/texture'],
      ['PATH_BACKSLASH', '/assets/4/texture'],
      ['PATH_EXTERNAL_URL', '/assets/5/texture'],
    ]);
    expect(findings[1]!.message).toBe('assets[1].texture is the URL "https://cdn.example.com/skin.png", on another host (cdn.example.com); a pack can only use its own files.');
  });

  it('finds duplicate ids, unknown slots, presets naming missing assets, and assets with nothing to show', async () => {
    const manifest = manifestWith({
      assets: [skin('tan'), skin('tan'), assetEntry('cape', 'capes'), assetEntry('ghost', 'hair')],
      presets: [{ id: 'p', name: { en: 'P', fr: 'P' }, items: { hair: 'nobody', skin: 'tan', top: 'ghost' } }],
    });
    const findings = await findingsOf(packFiles(manifest, { 'skins/tan.png': noisePng(8, 8) }));
    expect(findings.map((f) => [f.code, f.pointer ?? f.asset])).toEqual([
      ['DUPLICATE_ID', '/assets/1/id'],
      ['SLOT_UNKNOWN', '/assets/2/slot'],
      ['PRESET_UNKNOWN_ASSET', '/presets/0/items/hair'],
      ['PRESET_SLOT_MISMATCH', '/presets/0/items/top'],
      ['ASSET_EMPTY', '/assets/2/glb'],
      ['ASSET_EMPTY', '/assets/3/glb'],
    ]);
  });

  it('finds named files that are missing (with a case hint), unused files, and missing or unreadable thumbnails', async () => {
    const manifest = manifestWith({ assets: [skin('tan'), skin('pale', { thumbnail: 'thumbs/none.png' }), skin('odd', { thumbnail: 'thumbs/odd.txt' })] });
    const files = packFiles(manifest, { 'skins/TAN.png': noisePng(8, 8), 'skins/pale.png': noisePng(8, 8), 'skins/odd.png': noisePng(8, 8), 'thumbs/odd.txt': new Uint8Array(10), '.hidden': new Uint8Array(1) });
    files.delete('thumbs/none.png');
    const findings = await findingsOf(files);
    expect(findings.map((f) => [f.code, f.asset])).toEqual([
      ['FILE_MISSING', 'tan'],
      ['THUMBNAIL_MISSING', 'pale'],
      ['FILE_UNUSED', undefined],
      ['THUMBNAIL_UNREADABLE', 'odd'],
    ]);
    expect(findings[0]!.message).toMatch(/The pack has "skins\/TAN\.png": paths are case-sensitive/);
    expect(findings[1]!.message).toMatch(/a thumbnail will be generated/);
  });

  it('warns about CC-BY without attribution and about placeholder licences', async () => {
    const manifest = manifestWith({
      licence: { spdx: 'NOASSERTION', author: 'Unknown' },
      assets: [skin('tan', { licence: { spdx: 'CC-BY-4.0', author: 'Ada' } }), skin('pale', { licence: { spdx: 'CC-BY-4.0', author: 'Ada', attribution: 'Pale by Ada (CC BY 4.0)' } })],
    });
    const findings = await findingsOf(packFiles(manifest, { 'skins/tan.png': noisePng(8, 8), 'skins/pale.png': noisePng(8, 8) }));
    expect(findings.map((f) => [f.code, f.asset, f.pointer])).toEqual([
      ['LICENCE_UNSPECIFIED', undefined, '/licence'],
      ['LICENCE_ATTRIBUTION_MISSING', 'tan', '/assets/0/licence'],
    ]);
  });
});
