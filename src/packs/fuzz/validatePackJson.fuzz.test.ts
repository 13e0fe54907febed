import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectEachReadable } from '../../core/fuzz/checks';
import { fuzzTarget } from '../../core/fuzz/fuzzRun';
import { mutatedBytes } from '../../core/fuzz/bytes';
import { hostileString } from '../../core/fuzz/hostile';
import { jsonTextOf, mutatedJson, mutatedText } from '../../core/fuzz/mutate';
import { validatePack } from '../validate';
import { VALID_PACK } from './validPack';

const target = fuzzTarget('pack validator on pack.json (validatePack)');
const encode = (text: string) => new TextEncoder().encode(text);

/** Every problem is a finding with a readable message; no rule crashes on what the schema let through. */
async function validatesSafely(packJson: Uint8Array): Promise<void> {
  const report = await validatePack(new Map([['pack.json', packJson]]));
  const messages = report.findings.map((f) => f.message);
  expectEachReadable(messages, new TextDecoder().decode(packJson));
  expect(report.findings.filter((f) => f.code === 'ASSET_CHECK_FAILED')).toEqual([]);
  expect(report.summary.errors).toBe(report.findings.filter((f) => f.severity === 'error').length);
}

describe('fuzzing the pack validator on pack.json', () => {
  it('starts from a pack.json with no schema finding', async () => {
    const report = await validatePack(new Map([['pack.json', encode(jsonTextOf(VALID_PACK, 2)!)]]));
    expect(report.findings.filter((f) => f.code === 'SCHEMA_INVALID' || f.code === 'PACK_JSON_INVALID')).toEqual([]);
  });

  it('reports on valid pack.json broken in a few places', async () => {
    const broken = mutatedJson(VALID_PACK).map(jsonTextOf).filter((text) => text !== null);
    await target.property(broken.map(encode), validatesSafely, 250);
  });

  it('reports on pack.json text cut, spliced and overwritten, and on any text', async () => {
    await target.property(fc.oneof(mutatedText(jsonTextOf(VALID_PACK, 2)!), hostileString).map(encode), validatesSafely, 300);
  });

  it('reports on pack.json bytes that are not UTF-8', async () => {
    await target.property(mutatedBytes(encode(jsonTextOf(VALID_PACK, 2)!)), validatesSafely, 150);
  });
});

describe('what fuzzing the pack validator found (fixed)', () => {
  it('shortens a finding that quotes a 100,000-character path, keeping its start and its reason', async () => {
    const path = `items/${'x'.repeat(100_000)}.glb`;
    const pack = { ...VALID_PACK, assets: [{ ...VALID_PACK.assets[1], glb: path }] };
    const report = await validatePack(new Map([['pack.json', encode(jsonTextOf(pack, 2)!)]]));
    const missing = report.findings.find((f) => f.code === 'FILE_MISSING')!;
    expect(missing.message).toMatch(/^assets\[0\]\.glb names "items\/x+…x+\.glb", which is not in the pack\.$/);
    expect(missing.message.length).toBe(500);
  });
});
