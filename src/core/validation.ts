/** Turns schema-library issues into sentences a person can act on. */
import type { z } from 'zod';

export type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const where = pathText(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}

/** Validates with a zod schema and returns either the parsed value or readable errors. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: describeIssues(parsed.error.issues) };
}
