/**
 * Test helper: valid inputs broken in a few places at a time. A JSON value loses keys, gets hostile values or
 * values of another type, pollution keys and renamed keys; a text is cut, spliced and overwritten. Starting from a
 * valid input reaches the checks deep inside a schema that random values are refused long before.
 */
import fc from 'fast-check';
import { hostileString, hostileValue, INHERITED_KEYS, POLLUTION_KEYS } from './hostile';

type Container = Record<string, unknown> | unknown[];
/** Where a value sits: in `parent` under `key`, or the root itself when `parent` is null. */
type Place = { parent: Container | null; key: string | number };

const KINDS = ['delete', 'replace', 'swapType', 'pollute', 'renameKey', 'wrap'] as const;
interface Mutation {
  kind: (typeof KINDS)[number];
  /** Picks the place: an index modulo the number of places. */
  at: number;
  value: unknown;
  key: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...KINDS),
  at: fc.nat(),
  value: hostileValue,
  key: fc.oneof(fc.constantFrom(...INHERITED_KEYS), hostileString),
});

/** `valid` (a JSON value) with 1 to `most` mutations; never changes `valid` itself. */
export function mutatedJson(valid: unknown, most = 4): fc.Arbitrary<unknown> {
  return fc.array(mutation, { minLength: 1, maxLength: most }).map((mutations) => {
    const inserted = new WeakSet<object>();
    return mutations.reduce((root, m) => applyMutation(root, m, inserted), structuredClone(valid));
  });
}

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;
/** Arrays and plain objects: what JSON holds (not a Map, a typed array or a boxed string, whose keys are fixed). */
const isJsonContainer = (value: unknown): value is Container =>
  Array.isArray(value) || (isContainer(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value)));

/** Every place in the value, breadth first, without entering what earlier mutations put in (it may be 10,000 deep). */
function placesOf(root: unknown, inserted: WeakSet<object>): Place[] {
  const places: Place[] = [{ parent: null, key: '' }];
  for (let i = 0; i < places.length && places.length < 5_000; i++) {
    const { parent, key } = places[i]!;
    const value = parent ? (parent as Record<string | number, unknown>)[key] : root;
    if (!isJsonContainer(value) || inserted.has(value)) continue;
    for (const child of Object.keys(value)) places.push({ parent: value, key: Array.isArray(value) ? Number(child) : child });
  }
  return places;
}

function applyMutation(root: unknown, m: Mutation, inserted: WeakSet<object>): unknown {
  const places = placesOf(root, inserted);
  const { parent, key } = places[m.at % places.length]!;
  const current = parent ? (parent as Record<string | number, unknown>)[key] : root;
  if (m.kind === 'delete' && parent) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
    return root;
  }
  if (m.kind === 'renameKey' && parent && !Array.isArray(parent)) {
    delete parent[key as string];
    defineOwn(parent, m.key, current);
    return root;
  }
  const next = replacement(current, m, inserted);
  if (isContainer(next) && next !== current) inserted.add(next);
  if (!parent) return next;
  if (Array.isArray(parent)) parent[key as number] = next;
  else defineOwn(parent, key as string, next);
  return root;
}

function replacement(current: unknown, m: Mutation, inserted: WeakSet<object>): unknown {
  switch (m.kind) {
    case 'swapType':
      return otherType(current);
    case 'wrap':
      return m.at % 2 ? [current] : { value: current };
    case 'pollute':
      if (isJsonContainer(current) && !Array.isArray(current) && !inserted.has(current)) {
        defineOwn(current, POLLUTION_KEYS[m.at % POLLUTION_KEYS.length]!, { polluted: true });
        return current;
      }
      return JSON.parse('{"__proto__": {"polluted": true}}');
    default:
      return m.value;
  }
}

/** A value of another type that a careless reader might still accept (the number as text, the text as a number). */
function otherType(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value === '' ? 0 : Number(value) || [value];
  if (typeof value === 'boolean') return value ? 'true' : 0;
  if (Array.isArray(value)) return Object.fromEntries(Array.from(value, (item, i) => [String(i), item]));
  if (isContainer(value)) return Object.values(value);
  return value === null ? {} : null;
}

/** Sets an own property even for "__proto__", as JSON.parse does (plain assignment would change the prototype). */
function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `valid` text cut short, spliced with hostile text, or with a stretch deleted or repeated. */
export function mutatedText(valid: string): fc.Arbitrary<string> {
  const at = fc.nat({ max: valid.length });
  return fc.oneof(
    at.map((n) => valid.slice(0, n)),
    fc.tuple(at, hostileString).map(([n, text]) => valid.slice(0, n) + text + valid.slice(n)),
    fc.tuple(at, at).map(([a, b]) => valid.slice(0, Math.min(a, b)) + valid.slice(Math.max(a, b))),
    fc.tuple(at, at).map(([a, b]) => valid.slice(0, Math.max(a, b)) + valid.slice(Math.min(a, b))),
    fc.tuple(at, fc.string({ unit: 'binary', minLength: 1, maxLength: 3 })).map(([n, text]) => valid.slice(0, n) + text + valid.slice(n + text.length)),
  );
}

/** JSON text of a value, or null when JSON cannot hold it (undefined, or too deep for JSON.stringify). */
export function jsonTextOf(value: unknown, indent?: number): string | null {
  try {
    return JSON.stringify(value, null, indent) ?? null;
  } catch {
    return null;
  }
}
