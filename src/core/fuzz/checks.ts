/**
 * Test helper: what every fuzzed target must keep to. A rejection reason is "readable": a non-empty sentence
 * under 500 characters that never shows JavaScript's internals ("[object Object]", "undefined", "NaN") unless the
 * input itself said so; and no input may add to or change Object.prototype.
 */
import { expect } from 'vitest';
import type { Result } from '../validation';

const MAX_REASON_LENGTH = 500;
const INTERNALS = ['[object Object]', 'undefined', 'NaN', 'function ', '=>'];

/** Why `reason` is not readable, or null when it is. `inputText` is what the input could have put there. */
export function unreadable(reason: unknown, inputText = ''): string | null {
  if (typeof reason !== 'string') return `the reason is a ${typeof reason}, not text`;
  if (reason.trim() === '') return 'the reason is empty';
  if (reason.length > MAX_REASON_LENGTH) return `the reason is ${reason.length} characters long (at most ${MAX_REASON_LENGTH})`;
  const internal = INTERNALS.find((marker) => reason.includes(marker) && !inputText.includes(marker));
  return internal ? `the reason shows "${internal}"` : null;
}

/** A rejection's reasons: at least one, each readable. */
export function expectReadable(reasons: readonly unknown[], inputText = ''): void {
  expect(reasons.length, 'a rejection gives at least one reason').toBeGreaterThan(0);
  expectEachReadable(reasons, inputText);
}

/** A report's messages (there may be none): each readable. */
export function expectEachReadable(messages: readonly unknown[], inputText = ''): void {
  for (const message of messages) expect(unreadable(message, inputText), String(message).slice(0, 200)).toBeNull();
}

/** A Result is either a value or readable errors. */
export function expectResult<T>(result: Result<T>, inputText = ''): void {
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) expectReadable(result.errors, inputText);
}

/**
 * The text an input could echo in a message, for `unreadable`: its keys and its leaf values as text (NaN as "NaN",
 * undefined as "undefined"), gathered without recursion so that 10,000 levels of nesting are no problem.
 */
export function textOf(input: unknown): string {
  const parts: string[] = [];
  const pending: unknown[] = [input];
  for (let seen = 0; pending.length > 0 && seen < 100_000; seen++) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) parts.push(String(value));
    else if (!ArrayBuffer.isView(value)) {
      for (const [key, child] of entriesOf(value)) {
        parts.push(key);
        pending.push(child);
      }
    }
  }
  return parts.join(' ');
}

function entriesOf(value: object): [string, unknown][] {
  if (value instanceof Map) return [...value.entries()].flatMap(([key, child]) => [['', key], ['', child]]);
  if (value instanceof Set) return [...value].map((child) => ['', child]);
  return Object.entries(value);
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).join();

/** Fails when anything was written onto Object.prototype (the pollution `__proto__` keys in an input try). */
export function assertNoPrototypePollution(): void {
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || Object.getOwnPropertyNames(Object.prototype).join() !== PROTOTYPE_KEYS) {
    throw new Error('Object.prototype was changed by an input (prototype pollution)');
  }
}
