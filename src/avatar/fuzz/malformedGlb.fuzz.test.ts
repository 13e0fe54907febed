import { beforeAll, describe, expect, it } from 'vitest';
import { everyTruncation, mutatedBytes } from '../../core/fuzz/bytes';
import { expectReadable } from '../../core/fuzz/checks';
import { fuzzTarget } from '../../core/fuzz/fuzzRun';
import { jsonTextOf, mutatedJson } from '../../core/fuzz/mutate';
import { glbJson, withJsonText } from '../../packs/fuzz/glbSurgery';
import { malformedGlbs, validAccessoryGlb, type MalformedGlb } from '../../packs/fuzz/malformedGlbs';
import type { AssetData } from '../assetData';
import { assetDataProblem } from '../assetChecks';
import { AssetLibrary } from '../AssetLibrary';
import { readGlb } from '../readGlb';

const target = fuzzTarget('GLB reader (readGlb, AssetLibrary)');
const MIB = 1024 * 1024;
/** The few malformed files a reader may read, because what is wrong with them does not reach the data. */
const READABLE = ['node is its own child', 'JSON is not UTF-8'];

let fixtures: MalformedGlb[];
let valid: Uint8Array;

beforeAll(async () => {
  [fixtures, valid] = await Promise.all([malformedGlbs(), validAccessoryGlb()]);
});

/** Refused with a plain reason, or read into data the scene can index safely; quickly and in bounded memory. */
async function readsSafely(bytes: Uint8Array): Promise<AssetData | Error> {
  const before = process.memoryUsage();
  const outcome = await readGlb(bytes).catch((error: unknown) => error as Error);
  const after = process.memoryUsage();
  expect(after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers).toBeLessThan(64 * MIB);
  if (outcome instanceof Error) expectReadable([outcome.message]);
  else expect(assetDataProblem(outcome)).toBeNull();
  return outcome;
}

describe('malformed GLB fixtures through the app\'s GLB reader', () => {
  it('reads the valid file they are made from', async () => {
    expect(await readsSafely(valid)).toMatchObject({ primitives: [{ indices: expect.any(Uint32Array) }] });
  });

  it('refuses each malformed file with a plain reason, or reads it safely', async () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    await target.each(fixtures, async ({ name, bytes }) => expect((await readsSafely(bytes)) instanceof Error, name).toBe(!READABLE.includes(name)));
  });

  it('gives the same reason when the app downloads the file through its asset library', async () => {
    const library = new AssetLibrary(async (url) => fixtures.find((fixture) => fixture.name === url)!.bytes);
    for (const { name, bytes } of fixtures.filter((fixture) => !READABLE.includes(fixture.name))) {
      const reason = (await readGlb(bytes).catch((error: Error) => error)) as Error;
      await expect(library.glb(name), name).rejects.toThrow(reason.message);
    }
  });
});

describe('fuzzing the GLB reader', () => {
  it('refuses the valid file cut at every length', async () => {
    await target.each(everyTruncation(valid), (cut) => readsSafely(cut.slice()));
  });

  it('refuses or reads safely the valid file with bits flipped, bytes changed and lengths lying', async () => {
    await target.property(mutatedBytes(valid), readsSafely, 400);
  });

  it('refuses or reads safely the valid file with its JSON broken in a few places', async () => {
    const broken = mutatedJson(glbJson(valid)).map((json) => jsonTextOf(json)).filter((text) => text !== null);
    await target.property(broken.map((text) => withJsonText(valid, text)), readsSafely, 400);
  });
});
