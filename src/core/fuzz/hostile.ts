/**
 * Test helper: the values a hostile or broken input is made of: numbers at the edges of floating point, very long
 * and malformed unicode strings, very deep nesting, prototype-pollution keys, and anything structured clone can
 * carry (Map, Set, Date, typed arrays, BigInt, sparse arrays, boxed values).
 */
import fc from 'fast-check';

export const SPECIAL_NUMBERS = [NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, 5e-324, 0.1 + 0.2, 2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 53 + 2, -(2 ** 53)];

/** Keys that write to a prototype when an object is merged or assigned key by key without care. */
export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'];
/** Keys every object seems to have: `object[key]` finds Object.prototype's member when the key is not its own. */
export const INHERITED_KEYS = [...POLLUTION_KEYS, 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];

/** Deepest nesting tried: far beyond any real file, deep enough to overflow a recursive walk. */
export const MAX_DEPTH = 10_000;
const LONGEST_STRING = 100_000;

/** Strings that have broken parsers and displays before. */
const CURATED_STRINGS = [
  '', ' ', '\u0000', '\uD800', '\uDFFF', 'a\uDC00b', '\u202Eevil', '\uFEFF', '🧑🏽‍🎤', 'e\u0301', '../../etc/passwd', 'C:\\pack\\a.glb',
  'javascript:alert(1)', '<img src=x onerror=alert(1)>', '%00', '%s%n', '${7*7}', '#a1b2c3', 'core/bob01', '1.0.0', ...INHERITED_KEYS,
];

export const longString: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('x', 'é', '\uD800', '🧑🏽‍🎤', '/'), fc.integer({ min: 1_000, max: LONGEST_STRING }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...CURATED_STRINGS), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 2 },
  { arbitrary: longString, weight: 1 },
);

/**
 * `depth` arrays or objects inside each other, built without recursion. fast-check shows it in a short form when it
 * reports a failing input (its printer is recursive and would overflow the stack).
 */
function nested(kind: 'array' | 'object', depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = kind === 'array' ? [value] : { a: value };
  return Object.defineProperty(value, fc.toStringMethod, { value: () => `<${kind}s nested ${depth} deep>` });
}

const deepValue: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom('array' as const, 'object' as const), fc.integer({ min: 100, max: MAX_DEPTH }))
  .map(([kind, depth]) => nested(kind, depth));

/** An object whose own key is a pollution key, as JSON.parse or structured clone would make it. */
const pollutingObject: fc.Arbitrary<Record<string, unknown>> = fc
  .constantFrom(...POLLUTION_KEYS)
  .map((key) => JSON.parse(`{"${key}": {"polluted": true, "prototype": {"polluted": true}}}`) as Record<string, unknown>);

/** Anything postMessage could deliver, of every type. */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  maxKeys: 6,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  stringUnit: 'binary',
});

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL_NUMBERS), weight: 3 },
  { arbitrary: hostileString, weight: 3 },
  { arbitrary: fc.constantFrom(null, undefined, true, false, [], {}), weight: 2 },
  { arbitrary: pollutingObject, weight: 1 },
  { arbitrary: deepValue, weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  { arbitrary: anyValue, weight: 2 },
);
