/**
 * Gathers the targets the shape data stores: the macro targets adults can reach and the detail
 * controls' targets, read from targets.bin, with identical rows stored once (MakeHuman ships many
 * duplicates, e.g. height targets repeat across muscle/weight corners) and all-zero rows dropped.
 */
import { createHash } from 'node:crypto';
import { ADULT_MIN_AGE, DETAIL_CONTROLS, type DetailControlDef } from './shapeControls';
import { listMacroTargets } from './shapeMacros';
import { readTargets, targetIndex } from './shapeSource';

export interface SourceTarget {
  /** Short source name(s), joined with " = " when several identical rows share it. */
  name: string;
  /** The row as in targets.bin: Int16, units of 0.1 mm. */
  raw: Int16Array;
}

export interface MacroEntry {
  target: number;
  corners: string[];
}

export interface DetailEntry {
  def: DetailControlDef;
  decrease: number[];
  increase: number[];
}

export interface TargetSet {
  targets: SourceTarget[];
  macroEntries: MacroEntry[];
  details: DetailEntry[];
}

/** Corners with weight 0 at every age from ADULT_MIN_AGE up (baby below 10 years, child below 25). */
export function unreachableAgeCorners(): string[] {
  return ADULT_MIN_AGE < 0.5 ? ['baby'] : ['baby', 'child'];
}

function adultMacroTargets() {
  const unreachable = unreachableAgeCorners();
  return listMacroTargets().filter((t) => !t.corners.some((c) => unreachable.includes(c)));
}

class RowStore {
  readonly targets: SourceTarget[] = [];
  private readonly byHash = new Map<string, number>();

  /** Index of the stored row, or -1 for an all-zero row. */
  add(name: string, raw: Int16Array): number {
    if (raw.every((x) => x === 0)) return -1;
    const hash = createHash('sha1').update(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength)).digest('hex');
    const known = this.byHash.get(hash);
    if (known !== undefined) {
      const target = this.targets[known]!;
      if (!target.raw.every((x, i) => x === raw[i])) throw new Error(`hash collision between ${target.name} and ${name}`);
      target.name += ` = ${name}`;
      return known;
    }
    this.targets.push({ name, raw });
    this.byHash.set(hash, this.targets.length - 1);
    return this.targets.length - 1;
  }
}

export function gatherTargets(): TargetSet {
  const store = new RowStore();
  const macros = adultMacroTargets();
  const macroRows = readTargets(macros.map((t) => t.row));
  const macroEntries: MacroEntry[] = [];
  macros.forEach((t, i) => {
    const target = store.add(t.name, macroRows[i]!);
    if (target >= 0) macroEntries.push({ target, corners: t.corners });
  });
  const details = DETAIL_CONTROLS.map((def) => ({
    def,
    decrease: addNamed(store, def.decrease),
    increase: addNamed(store, def.increase),
  }));
  return { targets: store.targets, macroEntries, details };
}

function addNamed(store: RowStore, names: readonly string[]): number[] {
  const rows = readTargets(names.map(targetIndex));
  return names.map((name, i) => {
    const index = store.add(name, rows[i]!);
    if (index < 0) throw new Error(`detail target ${name} is empty in targets.bin`);
    return index;
  });
}
