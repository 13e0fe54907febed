/**
 * Test helper: binary files broken the ways files break: cut short, bits flipped, bytes overwritten, and 32-bit
 * fields (lengths, counts, offsets) set to the values that make readers allocate or index too far.
 */
import fc from 'fast-check';

/** Little-endian 32-bit values that lying headers carry. */
export const LYING_UINT32 = [0, 1, 0x7fffffff, 0x80000000, 0xfffffff0, 0xffffffff, 0x40000000, 65_536];

type ByteMutation = { kind: 'flip' | 'byte' | 'uint32' | 'cut' | 'delete' | 'repeat'; at: number; value: number };

const byteMutation: fc.Arbitrary<ByteMutation> = fc.record({
  kind: fc.constantFrom('flip', 'byte', 'uint32', 'uint32', 'cut', 'delete', 'repeat'),
  at: fc.nat(),
  value: fc.oneof(fc.constantFrom(...LYING_UINT32), fc.nat()),
});

/** `valid` with 1 to `most` mutations; never changes `valid` itself. */
export function mutatedBytes(valid: Uint8Array, most = 4): fc.Arbitrary<Uint8Array> {
  return fc.array(byteMutation, { minLength: 1, maxLength: most }).map((mutations) => mutations.reduce(applyByteMutation, valid.slice()));
}

function applyByteMutation(bytes: Uint8Array, m: ByteMutation): Uint8Array {
  if (bytes.length === 0) return bytes;
  const at = m.at % bytes.length;
  switch (m.kind) {
    case 'flip':
      bytes[at] = bytes[at]! ^ (1 << (m.value % 8));
      return bytes;
    case 'byte':
      bytes[at] = m.value & 0xff;
      return bytes;
    case 'uint32': {
      // Aligned, as lengths and offsets in GLB and zip headers mostly are.
      const aligned = Math.min(at - (at % 4), bytes.length - 4);
      if (aligned >= 0) new DataView(bytes.buffer, bytes.byteOffset).setUint32(aligned, m.value >>> 0, true);
      return bytes;
    }
    case 'cut':
      return bytes.slice(0, at);
    case 'delete':
      return concat(bytes.subarray(0, at), bytes.subarray(Math.min(bytes.length, at + 1 + (m.value % 64))));
    case 'repeat':
      return concat(bytes.subarray(0, at + 1), bytes.subarray(at - Math.min(at, m.value % 64)));
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Every prefix of `bytes` from empty to one byte short: a download or copy cut at any point. */
export function* everyTruncation(bytes: Uint8Array, step = 1): Generator<Uint8Array> {
  for (let length = 0; length < bytes.length; length += step) yield bytes.subarray(0, length);
}
