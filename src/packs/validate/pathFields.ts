/**
 * Every field of a raw pack.json that names a file, with its JSON pointer, and the path rules: a path must stay
 * inside the pack (no "..", no absolute path or drive letter), must not be a URL, and uses forward slashes.
 */
import { climbsOutOfPack } from '../schema';
import { finding, type Finding } from './findings';

export type PathRole = 'glb' | 'texture' | 'thumbnail' | 'other';

export interface PathField {
  pointer: string;
  /** "assets[3].glb": the field as a person reads it. */
  field: string;
  value: string;
  role: PathRole;
  asset?: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function pathFields(raw: unknown): PathField[] {
  if (!isObject(raw)) return [];
  const out: PathField[] = [];
  const add = (owner: unknown, key: string, pointer: string, field: string, role: PathRole, asset?: string) => {
    if (isObject(owner) && typeof owner[key] === 'string') out.push({ pointer: `${pointer}/${key}`, field: `${field}.${key}`, value: owner[key], role, asset });
  };
  list(raw.assets).forEach((asset, i) => {
    const id = isObject(asset) && typeof asset.id === 'string' ? asset.id : undefined;
    const [pointer, field] = [`/assets/${i}`, `assets[${i}]`];
    add(asset, 'glb', pointer, field, 'glb', id);
    add(asset, 'texture', pointer, field, 'texture', id);
    add(asset, 'thumbnail', pointer, field, 'thumbnail', id);
    list(isObject(asset) ? asset.variants : undefined).forEach((variant, j) => add(variant, 'texture', `${pointer}/variants/${j}`, `${field}.variants[${j}]`, 'texture', id));
  });
  list(raw.presets).forEach((preset, i) => add(preset, 'thumbnail', `/presets/${i}`, `presets[${i}]`, 'other'));
  for (const key of ['glb', 'shape', 'shapeData', 'poses', 'expressions', 'expressionData']) add(raw.body, key, '/body', 'body', key === 'glb' ? 'glb' : 'other');
  if (typeof raw.licences === 'string') out.push({ pointer: '/licences', field: 'licences', value: raw.licences, role: 'other' });
  return out;
}

/** The path rule a field breaks, as a finding, or null when the path is a plain path inside the pack. */
export function pathFinding(path: PathField): Finding | null {
  const place = { asset: path.asset, file: 'pack.json', pointer: path.pointer };
  const value = path.value;
  if (/^[a-zA-Z]:[\\/]/.test(value)) return finding('PATH_OUTSIDE_PACK', `${path.field} is "${value}", a path on one computer's drive, not inside the pack.`, place);
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:|^\/\//.test(value)) return finding('PATH_EXTERNAL_URL', `${path.field} is the URL "${value}"${hostOf(value)}; a pack can only use its own files.`, place);
  if (/^[\\/]/.test(value)) return finding('PATH_OUTSIDE_PACK', `${path.field} is "${value}", an absolute path; paths are relative to the pack folder.`, place);
  if (climbsOutOfPack(value)) return finding('PATH_OUTSIDE_PACK', `${path.field} is "${value}", which climbs out of the pack folder with "..".`, place);
  if (value.includes('\\')) return finding('PATH_BACKSLASH', `${path.field} is "${value}", with backslashes; pack paths use "/".`, place, `Write it as "${value.replaceAll('\\', '/')}".`);
  return null;
}

function hostOf(url: string): string {
  try {
    const host = new URL(url, 'https://pack.invalid/').host;
    return host ? `, on another host (${host})` : '';
  } catch {
    return '';
  }
}
