/**
 * Validation of what a host posts: the envelope of every command, then each query's payload. A command that
 * cannot be carried out becomes a ready-made error response, never an exception.
 */
import { z } from 'zod';
import { LANGUAGES } from '../core/language';
import { describeIssues } from '../core/validation';
import { ExportOptions } from '../export/options';
import { isEventPattern } from './eventPatterns';
import { QUERY_NAMES, type QueryName } from './wire';

const CorrelationId = z.union([z.string().max(128), z.number().finite()]);

const Envelope = z.looseObject({
  type: z.string().max(32),
  eventName: z.string().min(1).max(100),
  correlationId: CorrelationId.optional(),
  data: z.unknown().optional(),
});

const hexColour = z.string().regex(/^#[0-9a-f]{6}$/i, 'use a colour like #4b5fd6');

export const ExportCommand = z.discriminatedUnion('format', [
  z.object({ format: z.enum(['glb', 'vrm']), ...ExportOptions.shape }).strict(),
  z.object({ format: z.literal('manifest') }).strict(),
  z.object({ format: z.literal('png'), framing: z.enum(['face', 'body']).optional(), size: z.number().int().min(64).max(1024).optional(), background: z.union([z.literal('transparent'), hexColour]).optional() }).strict(),
]);
export type ExportCommand = z.output<typeof ExportCommand>;

export const UiConfigCommand = z
  .object({
    categories: z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'use a category id such as "hair"')).min(1).max(50).optional(),
    doneLabel: z.string().trim().min(1).max(40).optional(),
    doneExport: ExportCommand.optional(),
    language: z.enum(LANGUAGES).optional(),
    theme: z.object({ accent: hexColour, accentInk: hexColour, ink: hexColour, inkSoft: hexColour, paper: hexColour, line: hexColour }).partial().strict().optional(),
  })
  .strict();
export type UiConfigCommand = z.output<typeof UiConfigCommand>;

const QUERY_DATA = {
  'v1.avatar.load': z.object({ manifest: z.unknown().refine((value) => value !== undefined, 'a manifest is required') }),
  'v1.avatar.export': ExportCommand,
  'v1.ui.configure': UiConfigCommand,
} satisfies Record<QueryName, z.ZodType>;

export type Query = { [N in QueryName]: { name: N; data: z.output<(typeof QUERY_DATA)[N]> } }[QueryName];

export type Command = { correlationId: string | number | null } & ({ type: 'subscribe' | 'unsubscribe'; pattern: string } | { type: 'query'; query: Query });

export interface CommandError {
  eventName: string;
  correlationId: string | number | null;
  statusCode: 400 | 404;
  reason: string;
}

/** The response's event name for a command: subscriptions answer as RPM did, queries under their own name. */
export function responseName(type: string, eventName: string): string {
  if (type === 'subscribe') return 'v1.subscription.created';
  if (type === 'unsubscribe') return 'v1.subscription.deleted';
  return eventName;
}

export function parseCommand(message: Record<string, unknown>): { ok: true; command: Command } | { ok: false; error: CommandError } {
  const envelope = Envelope.safeParse(message);
  if (!envelope.success) {
    const correlationId = CorrelationId.safeParse(message.correlationId).data ?? null;
    const eventName = typeof message.eventName === 'string' && message.eventName.length <= 100 ? message.eventName : 'v1.error';
    return { ok: false, error: { eventName, correlationId, statusCode: 400, reason: describeIssues(envelope.error.issues).join('; ') } };
  }
  const { type, eventName, data } = envelope.data;
  const correlationId = envelope.data.correlationId ?? null;
  const fail = (statusCode: 400 | 404, reason: string) => ({ ok: false as const, error: { eventName: responseName(type, eventName), correlationId, statusCode, reason } });
  if (type === 'subscribe' || type === 'unsubscribe') {
    if (!isEventPattern(eventName)) return fail(400, `"${eventName}" is not an event pattern like "v1.**" or "v1.avatar.*"`);
    return { ok: true, command: { type, pattern: eventName, correlationId } };
  }
  if (type !== 'query') return fail(400, `unknown command type "${type}": use "subscribe", "unsubscribe" or "query"`);
  if (!(QUERY_NAMES as readonly string[]).includes(eventName)) return fail(404, `unknown query "${eventName}": this creator answers ${QUERY_NAMES.join(', ')}`);
  const name = eventName as QueryName;
  const parsed = QUERY_DATA[name].safeParse(data ?? {});
  if (!parsed.success) return fail(400, describeIssues(parsed.error.issues.map((issue) => ({ ...issue, path: ['data', ...issue.path] }))).join('; '));
  return { ok: true, command: { type, correlationId, query: { name, data: parsed.data } as Query } };
}
