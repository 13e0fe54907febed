import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';
import { readPackZip } from './readPackZip';
import { declareSize, markEncrypted, zipOf } from './testZips';

const codes = (result: ReturnType<typeof readPackZip>) => result.findings.map((f) => f.code);

describe('readPackZip', () => {
  it('reads a pack at the archive root or inside one top folder, ignoring archiver noise', () => {
    const flat = readPackZip(zipOf({ 'pack.json': '{}', 'items/hat.glb': 'glb' }));
    expect([...flat.files.keys()].sort()).toEqual(['items/hat.glb', 'pack.json']);
    expect(flat.findings).toEqual([]);
    const nested = readPackZip(zipOf({ 'my-pack/pack.json': '{}', 'my-pack/items/hat.glb': 'glb', '__MACOSX/my-pack/._pack.json': 'x', 'my-pack/.DS_Store': 'x' }));
    expect([...nested.files.keys()].sort()).toEqual(['items/hat.glb', 'pack.json']);
    expect(new TextDecoder().decode(nested.files.get('items/hat.glb'))).toBe('glb');
  });

  it('reads stored and deflated entries with the same bytes', () => {
    const big = new Uint8Array(300_000).map((_, i) => (i * 7) % 251);
    for (const level of [0, 6] as const) {
      const read = readPackZip(zipOf({ 'pack.json': '{}', 'a.bin': big }, level)).files.get('a.bin')!;
      expect(Buffer.compare(read, big)).toBe(0);
    }
  });

  it('says a corrupt or truncated archive is not a zip, in plain words', () => {
    const garbage = readPackZip(strToU8('this is not a zip file at all, just some text'));
    expect(codes(garbage)).toEqual(['ZIP_CORRUPT']);
    expect(garbage.findings[0]!.message).toMatch(/not a readable zip archive/);
    const zip = zipOf({ 'pack.json': '{}', 'a.txt': 'hello' });
    expect(codes(readPackZip(zip.subarray(0, zip.length - 30)))).toEqual(['ZIP_CORRUPT']);
    expect(codes(readPackZip(new Uint8Array(0)))).toEqual(['ZIP_CORRUPT']);
  });

  it('refuses an entry declaring a huge size before inflating anything', () => {
    // The data is not even valid deflate: had anything been inflated, ZIP_ENTRY_CORRUPT would appear too.
    const zip = declareSize(zipOf({ 'pack.json': '{}', 'bomb.bin': new Uint8Array(1000).fill(1) }), 1, 300 * 1024 * 1024);
    const result = readPackZip(zip);
    expect(codes(result)).toEqual(['PACK_TOO_LARGE']);
    expect(result.findings[0]!.message).toMatch(/unpack to 300 MB; .* at most 200 MB/);
    expect(result.files.size).toBe(0);
  });

  it('refuses more than 2,000 entries, and an absurd compression ratio, without inflating', () => {
    const many = Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`f${i}.txt`, 'x']));
    expect(codes(readPackZip(zipOf(many)))).toEqual(['PACK_TOO_MANY_FILES']);
    expect(codes(readPackZip(zipOf(many), { maxEntries: 3000 }))).toEqual([]);
    const zeros = readPackZip(zipOf({ 'pack.json': '{}', 'zeros.bin': new Uint8Array(2 * 1024 * 1024) }));
    expect(codes(zeros)).toEqual(['ZIP_COMPRESSION_RATIO']);
    expect(zeros.files.size).toBe(0);
  });

  it('enforces the declared size while inflating, so a lying header cannot make it allocate more', () => {
    const content = new Uint8Array(500_000).map((_, i) => i % 13);
    const lying = readPackZip(declareSize(zipOf({ 'pack.json': '{}', 'a.bin': content }), 1, 1000));
    expect(codes(lying)).toEqual(['ZIP_ENTRY_CORRUPT']);
    expect(lying.findings[0]!.message).toMatch(/more bytes than its header declares/);
    expect([...lying.files.keys()]).toEqual(['pack.json']);
    const short = readPackZip(declareSize(zipOf({ 'pack.json': '{}', 'a.bin': content }), 1, 600_000));
    expect(short.findings[0]!.message).toMatch(/inflates to 500000 bytes, not the 600000/);
  });

  it('skips entries whose paths escape, with a finding per entry, and keeps the rest', () => {
    const zip = zipOf({ 'pack.json': '{}', '../evil.txt': 'x', '/etc/passwd': 'x', 'C:/win.ini': 'x', 'items\\hat.glb': 'x', 'ok.txt': 'x' });
    const result = readPackZip(zip);
    expect(result.findings.map((f) => [f.code, f.file])).toEqual([
      ['ZIP_UNSAFE_PATH', '../evil.txt'],
      ['ZIP_UNSAFE_PATH', '/etc/passwd'],
      ['ZIP_UNSAFE_PATH', 'C:/win.ini'],
      ['ZIP_UNSAFE_PATH', 'items\\hat.glb'],
    ]);
    expect(result.findings[0]!.message).toMatch(/climbs out of the pack/);
    expect([...result.files.keys()].sort()).toEqual(['ok.txt', 'pack.json']);
  });

  it('reports damaged data and encrypted entries per entry', () => {
    const zip = zipOf({ 'pack.json': '{}', 'a.txt': 'hello hello hello hello' }, 0);
    const damaged = zip.slice();
    damaged[damaged.indexOf(104, 40)] = 0; // the first "h" of the stored data
    expect(codes(readPackZip(damaged))).toEqual(['ZIP_ENTRY_CORRUPT']);
    expect(codes(readPackZip(markEncrypted(zip, 1)))).toEqual(['ZIP_ENTRY_UNSUPPORTED']);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    expect(zipSync({}).length).toBe(22);
  });
});
