/** Turns schema-library issues into sentences a person can act on. */
import type { z } from 'zod';

export type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Longest message shown: text a message quotes from its input (a path, a reference) may be 100,000 characters long. */
export const MAX_MESSAGE_LENGTH = 500;

/** The message, shortened in the middle (where quoted input sits) when absurdly long: what it is about and why stay. */
export function shortened(message: string): string {
  if (message.length <= MAX_MESSAGE_LENGTH) return message;
  const head = Math.floor(MAX_MESSAGE_LENGTH * 0.6);
  return `${message.slice(0, head)}…${message.slice(message.length - (MAX_MESSAGE_LENGTH - head - 1))}`;
}

/** Longest key shown in a path: a key is input too, and may be 100,000 characters long. */
const MAX_KEY_LENGTH = 40;

function keyText(key: PropertyKey): string {
  const text = String(key);
  return text.length > MAX_KEY_LENGTH ? `${text.slice(0, MAX_KEY_LENGTH)}…` : text;
}

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${keyText(key)}` : keyText(key)), '');
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const where = pathText(issue.path);
    // zod says "expected string, received undefined" of an absent field: say that it is missing.
    if (/received undefined$/.test(issue.message)) return `${where || 'a value'} is missing`;
    const message = issue.code === 'unrecognized_keys' ? unknownKeysText(issue.keys) : issue.message;
    return shortened(where ? `${where}: ${message}` : message);
  });
}

/** zod's own wording, with each key shortened (it quotes them whole). */
function unknownKeysText(keys: readonly string[]): string {
  return `Unrecognized key${keys.length > 1 ? 's' : ''}: ${keys.map((key) => `"${keyText(key)}"`).join(', ')}`;
}

/** Validates with a zod schema and returns either the parsed value or readable errors. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: describeIssues(parsed.error.issues) };
}
