import { beforeAll, describe, expect, it, vi } from 'vitest';
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

  it('refuses each malformed file with a plain reason, or reads it safely, never fetching what it names', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no request may leave')));
    vi.stubGlobal('fetch', fetch);
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    await target.each(fixtures, async ({ name, bytes }) => expect((await readsSafely(bytes)) instanceof Error, name).toBe(!READABLE.includes(name)));
    vi.unstubAllGlobals();
    expect(fetch).not.toHaveBeenCalled();
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

describe('what fuzzing the GLB reader found (fixed)', () => {
  const reasonFor = async (name: string) => ((await readGlb(fixtures.find((fixture) => fixture.name === name)!.bytes).catch((error: Error) => error)) as Error).message;

  it('refuses at once a sparse accessor of 2^31 entries (glTF-Transform looped over them for minutes)', async () => {
    expect(await reasonFor('sparse accessor with 2^31 entries')).toBe('not a readable GLB file (accessors[0].sparse does not fit in its accessor or its bufferViews)');
  });

  it('refuses indices past the last vertex, and an index count of 2^31 - 1 (it read other data as indices)', async () => {
    expect(await reasonFor('indices past the last vertex')).toBe("not a usable GLB file (a mesh's indices name vertex 60000, but it has 8 vertices)");
    expect(await reasonFor('indices count 2^31 - 1')).toBe('not a readable GLB file (accessors[2] (2147483647 items) does not fit in its bufferView)');
  });

  it('refuses a texture declaring 65,536 px instead of handing it to the image decoder', async () => {
    expect(await reasonFor('texture declaring 65,536 × 65,536 px')).toBe('not a usable GLB file (a texture is 65536×65536 px; textures larger than 8192 px cannot be loaded)');
  });

  it('says what is wrong in words, not in JavaScript internals', async () => {
    expect(await reasonFor('header only, declaring 1 GB')).toBe('not a readable GLB file (its header says it is 1073741824 bytes long, but it is 12: it is cut short or damaged)');
    expect(await reasonFor('material refers to texture 999')).toBe('not a readable GLB file (materials[0] refers to textures[999], but "textures" has 1 entry)');
    expect(await reasonFor('JSON lists of the wrong type')).toBe('not a readable GLB file (its JSON "meshes" is not a list of objects)');
  });
});
