import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { restoreManifest } from '../manifest';
import { decodeShareFragment, encodeShareFragment, SHARE_PARAM } from '../shareLink';
import { expectResult, textOf } from './checks';
import { fuzzTarget } from './fuzzRun';
import { hostileString, hostileValue } from './hostile';
import { jsonTextOf, mutatedJson, mutatedText } from './mutate';

const target = fuzzTarget('share-link decoder (decodeShareFragment)');

const MANIFEST = {
  format: 'avatar-atelier/manifest',
  version: 1,
  body: { gender: 0.2, weight: 0.9 },
  items: { hair: 'core/bob01', eyes: 'core/highpolyeyes' },
  colours: { hair: '#553322' },
  variants: { eyes: 'green' },
  pose: 'relaxed',
  meta: { name: 'Zoé 🧑🏽‍🎤', authors: ['A'] },
};
const LINK = `#${encodeShareFragment(MANIFEST)}`;

/** A link is not one of ours (null), or gives JSON, or readable reasons; what it gives then loads or is refused. */
function decodesSafely(fragment: string): void {
  const decoded = decodeShareFragment(fragment);
  if (decoded === null) return expect(fragment.replace(/^#/, '').startsWith(`${SHARE_PARAM}=`)).toBe(false);
  expectResult(decoded, fragment);
  if (decoded.ok) expectResult(restoreManifest(decoded.value), textOf(decoded.value));
}

const linkOf = (bytes: Uint8Array) => `#${SHARE_PARAM}=${Buffer.from(bytes).toString('base64url')}`;

/** The value as JSON text carries it (NaN as null, no undefined), or null when JSON cannot carry it (10,000 levels deep). */
function asJson(value: unknown): { json: unknown } | null {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? null : { json: JSON.parse(text) };
  } catch {
    return null;
  }
}

/**
 * Values the app could encode (its own manifests, a few levels deep): JSON, within the size limit, without lone
 * surrogates (UTF-8 cannot carry them).
 */
const encodable = (values: fc.Arbitrary<unknown>) =>
  values.map(asJson).filter((carried): carried is { json: unknown } => {
    const text = carried && depthOf(carried.json) <= 100 ? JSON.stringify(carried.json) : null;
    return text !== null && strToU8(text).length < 200_000 && new TextDecoder().decode(strToU8(text)) === text;
  });

/** How deeply arrays and objects nest in a value, measured without recursion. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, depth] = next;
    deepest = Math.max(deepest, depth);
    if (typeof item === 'object' && item !== null) for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return deepest;
}

describe('fuzzing the share-link decoder', () => {
  it('decodes, ignores or refuses any fragment', async () => {
    await target.property(fc.oneof(hostileString, hostileString.map((text) => `#${SHARE_PARAM}=${text}`)), decodesSafely, 300);
  });

  it('refuses a valid link cut at every length, with a reason', async () => {
    const cuts = Array.from({ length: LINK.length - 1 }, (_, length) => LINK.slice(0, length));
    await target.each(cuts, decodesSafely);
  });

  it('decodes or refuses valid links with characters changed, inserted or deleted', async () => {
    await target.property(mutatedText(LINK), decodesSafely, 300);
  });

  it('decodes or refuses links carrying any deflated bytes or JSON', async () => {
    const deflated = (text: string) => linkOf(deflateSync(strToU8(text)));
    const payloads = fc.oneof(fc.uint8Array({ maxLength: 300 }).map(linkOf), hostileString.map(deflated), mutatedJson(MANIFEST).map((value) => deflated(jsonTextOf(value) ?? 'null')));
    await target.property(payloads, decodesSafely, 300);
  });

  it('gives back exactly what was encoded, for any JSON the link carries', async () => {
    const carried = encodable(fc.oneof(fc.jsonValue(), mutatedJson(MANIFEST)));
    await target.property(carried, ({ json }) => expect(decodeShareFragment(encodeShareFragment(json))).toEqual({ ok: true, value: json }), 300);
  });

  it('refuses hostile values inside a link like any other manifest', async () => {
    const links = encodable(hostileValue).map(({ json }) => `#${encodeShareFragment({ ...MANIFEST, body: { gender: json }, pose: json })}`);
    await target.property(links, decodesSafely, 200);
  });
});

describe('what fuzzing the share-link decoder found (fixed)', () => {
  it('stops inflating a decompression bomb at the limit, in little time and memory', () => {
    // 20 MB of zeros deflate to 20 kB; it was inflated whole before its size was checked.
    const bomb = linkOf(deflateSync(new Uint8Array(20 * 1024 * 1024), { level: 9 }));
    const [start, before] = [performance.now(), process.memoryUsage().arrayBuffers];
    expect(decodeShareFragment(bomb)).toEqual({ ok: false, errors: ['the link holds more data than an avatar needs'] });
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(8 * 1024 * 1024);
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
