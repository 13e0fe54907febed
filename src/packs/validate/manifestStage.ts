/**
 * Reads pack.json leniently: syntax and schema problems become findings with their place, and every part that is
 * valid on its own (each asset, preset, slot) is kept, so one bad field does not hide the rest of the report.
 */
import type { z } from 'zod';
import { Asset, Licence, PackManifest, Preset, Slot, type Body } from '../schema';
import { finding, type Finding } from './findings';
import { jsonErrorPosition } from './jsonErrorPosition';
import { pathFields, pathFinding, type PathField } from './pathFields';

export interface LenientManifest {
  id: string;
  name?: string;
  slots: string[];
  assets: { asset: Asset; index: number }[];
  presets: { preset: Preset; index: number }[];
  body: z.infer<typeof Body> | null;
  licence: Licence | null;
}

export interface ManifestStage {
  manifest: LenientManifest | null;
  /** File-naming fields that pass the path rules. */
  paths: PathField[];
  findings: Finding[];
}

const PLACE = { file: 'pack.json' };

export function readManifest(files: ReadonlyMap<string, Uint8Array>): ManifestStage {
  const bytes = files.get('pack.json');
  if (!bytes) return { manifest: null, paths: [], findings: [missingPackJson(files)] };
  // TextDecoder drops a byte-order mark, which some Windows editors write and JSON.parse refuses.
  const text = new TextDecoder().decode(bytes);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { manifest: null, paths: [], findings: [invalidJson(text, error as Error)] };
  }
  const fields = pathFields(raw);
  const pathProblems = fields.map(pathFinding);
  const flagged = new Set(fields.filter((_, i) => pathProblems[i]).map((field) => field.pointer));
  const findings = [...schemaFindings(raw, flagged), ...pathProblems.filter((problem) => problem !== null)];
  return { manifest: lenientManifest(raw), paths: fields.filter((_, i) => !pathProblems[i]), findings };
}

function missingPackJson(files: ReadonlyMap<string, Uint8Array>): Finding {
  const nested = [...files.keys()].filter((path) => path.endsWith('/pack.json'));
  const where = nested.length > 0 ? ` (found ${nested.slice(0, 3).join(', ')}: zip the pack folder itself)` : '';
  return finding('PACK_JSON_MISSING', `The pack has no pack.json at its root${where}.`, PLACE);
}

function invalidJson(text: string, error: Error): Finding {
  const position = jsonErrorPosition(text);
  const before = text.slice(0, Math.max(position, 0)).split('\n');
  const where = position >= 0 ? ` at line ${before.length}, column ${before.at(-1)!.length + 1}` : '';
  // Engines word the reason differently and some repeat the text: keep its first clause only.
  const reason = error.message.replace(/^JSON\.parse: /, '').replace(/,? (in JSON at|at line|\.\.\.|").*$/s, '');
  return finding('PACK_JSON_INVALID', `pack.json is not valid JSON${where}: ${reason}.`, PLACE);
}

/** Schema issues, except those on path fields that a more precise path finding already explains. */
function schemaFindings(raw: unknown, flagged: ReadonlySet<string>): Finding[] {
  const parsed = PackManifest.safeParse(raw);
  if (parsed.success) return [];
  return parsed.error.issues
    .map((issue) => ({ issue, pointer: `/${issue.path.map((key) => String(key)).join('/')}` }))
    .filter(({ pointer }) => !flagged.has(pointer))
    .map(({ issue, pointer }) => {
      const field = fieldName(issue.path);
      const message = /received undefined$/.test(issue.message) ? `${field || 'pack.json'} is missing.` : `${field || 'pack.json'}: ${issue.message}.`;
      const asset = assetIdAt(raw, issue.path);
      return finding('SCHEMA_INVALID', message, { ...PLACE, pointer: pointer === '/' ? '' : pointer, asset });
    });
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

function assetIdAt(raw: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'assets' || typeof path[1] !== 'number') return undefined;
  const asset = (raw as { assets: unknown[] }).assets[path[1]] as { id?: unknown } | undefined;
  return typeof asset?.id === 'string' ? asset.id : undefined;
}

function lenientManifest(raw: unknown): LenientManifest {
  const json = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const each = <T>(value: unknown, schema: z.ZodType<T>) =>
    (Array.isArray(value) ? value : []).flatMap((item, index) => {
      const parsed = schema.safeParse(item);
      return parsed.success ? [{ value: parsed.data, index }] : [];
    });
  const name = (json.name as { en?: unknown } | undefined)?.en;
  return {
    id: typeof json.id === 'string' ? json.id : '(no id)',
    name: typeof name === 'string' ? name : undefined,
    slots: each(json.slots, Slot).map(({ value }) => value.id),
    assets: each(json.assets, Asset).map(({ value, index }) => ({ asset: value, index })),
    presets: each(json.presets, Preset).map(({ value, index }) => ({ preset: value, index })),
    body: PackManifest.shape.body.safeParse(json.body).data ?? null,
    licence: Licence.safeParse(json.licence).data ?? null,
  };
}
