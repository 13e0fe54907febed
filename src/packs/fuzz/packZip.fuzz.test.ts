import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { everyTruncation, LYING_UINT32, mutatedBytes } from '../../core/fuzz/bytes';
import { expectEachReadable } from '../../core/fuzz/checks';
import { fuzzTarget } from '../../core/fuzz/fuzzRun';
import { headerOnlyPng, noisePng } from '../validate/testImages';
import { validatePackZip } from '../validate';
import { DEFAULT_PACK_LIMITS, readPackZip } from '../zip/readPackZip';
import { zipOf } from '../zip/testZips';
import { unsafePathReason } from '../zip/zipPaths';
import { jsonTextOf } from '../../core/fuzz/mutate';
import { VALID_PACK } from './validPack';

const target = fuzzTarget('zip reader (readPackZip, validatePackZip)');
const MIB = 1024 * 1024;

const FILES = { 'pack.json': jsonTextOf(VALID_PACK, 2)!, 'thumbs/tee.png': noisePng(8, 8), 'items/tee-red.png': headerOnlyPng(512, 512), 'LICENSES.md': 'CC0' };
const DEFLATED = zipOf(FILES);
const STORED = zipOf(FILES, 0);
const IN_FOLDER = zipOf(Object.fromEntries(Object.entries(FILES).map(([path, content]) => [`my-pack/${path}`, content])));

/** Files or findings, never an exception; only safe paths, within the limits, and little memory beyond them. */
function readsSafely(archive: Uint8Array): void {
  const before = process.memoryUsage().arrayBuffers;
  const { files, findings } = readPackZip(archive);
  expectEachReadable(findings.map((f) => f.message));
  const unpacked = [...files.values()].reduce((sum, bytes) => sum + bytes.length, 0);
  expect(unpacked).toBeLessThanOrEqual(DEFAULT_PACK_LIMITS.maxTotalBytes);
  expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(unpacked + 64 * MIB);
  for (const path of files.keys()) expect(unsafePathReason(path), path).toBeNull();
}

describe('fuzzing the zip reader', () => {
  it('starts from archives it reads without a finding', () => {
    for (const archive of [DEFLATED, STORED, IN_FOLDER]) expect(readPackZip(archive)).toMatchObject({ findings: [], files: expect.objectContaining({ size: 4 }) });
  });

  it('reads or reports an archive cut at every length', async () => {
    await target.each([...everyTruncation(DEFLATED), ...everyTruncation(STORED, 7)], readsSafely);
  });

  it('reads or reports archives with bits flipped, bytes changed and headers lying', async () => {
    await target.property(fc.oneof(mutatedBytes(DEFLATED), mutatedBytes(STORED), mutatedBytes(IN_FOLDER)), readsSafely, 600);
  });

  it('reads or reports archives whose every header field lies', async () => {
    await target.each(lyingHeaders(DEFLATED), readsSafely);
  });

  it('reads or reports any bytes, with or without a zip signature', async () => {
    const signed = fc.uint8Array({ maxLength: 200 }).map((bytes) => Uint8Array.from([...bytes, 0x50, 0x4b, 0x05, 0x06, ...new Uint8Array(18)]));
    await target.property(fc.oneof(fc.uint8Array({ maxLength: 500 }), signed), readsSafely, 200);
  });

  it('validates what it could read of a damaged archive, with readable findings', async () => {
    await target.property(
      fc.oneof(mutatedBytes(DEFLATED, 2), mutatedBytes(STORED, 2)),
      async (archive) => {
        const { report } = await validatePackZip(archive);
        expectEachReadable(report.findings.map((f) => f.message));
        expect(report.findings.filter((f) => f.code === 'ASSET_CHECK_FAILED')).toEqual([]);
      },
      150,
    );
  });
});

/** Field offsets and sizes in the end record, the central directory headers and the local headers. */
const END_FIELDS: [number, 2 | 4][] = [[8, 2], [10, 2], [12, 4], [16, 4], [20, 2]];
const CENTRAL_FIELDS: [number, 2 | 4][] = [[8, 2], [10, 2], [16, 4], [20, 4], [24, 4], [28, 2], [30, 2], [32, 2], [42, 4]];
const LOCAL_FIELDS: [number, 2 | 4][] = [[18, 4], [22, 4], [26, 2], [28, 2]];
const LYING_UINT16 = [0, 1, 0x7fff, 0xffff];

/** The archive once for every header field of every entry set to every lying value. */
function* lyingHeaders(zip: Uint8Array): Generator<Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  const headers: [number, [number, 2 | 4][]][] = [[end, END_FIELDS]];
  for (let at = view.getUint32(end + 16, true), i = 0; i < view.getUint16(end + 10, true); i++) {
    headers.push([at, CENTRAL_FIELDS], [view.getUint32(at + 42, true), LOCAL_FIELDS]);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  for (const [start, fields] of headers) {
    for (const [offset, size] of fields) {
      for (const value of size === 2 ? LYING_UINT16 : LYING_UINT32) {
        const lying = zip.slice();
        const at = new DataView(lying.buffer);
        if (size === 2) at.setUint16(start + offset, value, true);
        else at.setUint32(start + offset, value, true);
        yield lying;
      }
    }
  }
}
