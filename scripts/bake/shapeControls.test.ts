import { describe, expect, it } from 'vitest';
import { MACRO_KEYS } from '../../src/avatar/shape/macroWeights';
import { loadReferenceBody } from './referenceBody';
import { ADULT_MIN_AGE, DETAIL_CONTROLS, macroControls } from './shapeControls';
import { MH_VERTEX_COUNT, readTargets, targetIndex } from './shapeSource';
import { gatherTargets } from './shapeTargets';

/** Mean position (reference body) of the vertices a target moves, and its mean displacement. */
function footprint(name: string): { at: number[]; move: number[] } {
  const [row] = readTargets([targetIndex(name)]);
  const ref = loadReferenceBody().positions;
  const at = [0, 0, 0];
  const move = [0, 0, 0];
  let n = 0;
  for (let v = 0; v < MH_VERTEX_COUNT; v++) {
    if (!(row![v * 3] || row![v * 3 + 1] || row![v * 3 + 2])) continue;
    n++;
    for (let c = 0; c < 3; c++) {
      at[c]! += ref[v * 3 + c]!;
      move[c]! += row![v * 3 + c]! * 1e-4;
    }
  }
  return { at: at.map((x) => x / n), move: move.map((x) => x / n) };
}

describe('shape controls', () => {
  it('offers the macro controls (adult ages only) and at least 24 detail controls with English and French names', () => {
    const macros = macroControls();
    expect(macros.map((c) => c.id)).toEqual([...MACRO_KEYS]);
    expect(macros.find((c) => c.id === 'age')!.min).toBe(ADULT_MIN_AGE);
    expect(ADULT_MIN_AGE).toBe(0.5);
    expect(DETAIL_CONTROLS.length).toBeGreaterThanOrEqual(24);
    const ids = [...macros, ...DETAIL_CONTROLS].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of DETAIL_CONTROLS) {
      expect(c.name.en.length * c.name.fr.length).toBeGreaterThan(0);
      expect(c.increase.length).toBeGreaterThan(0);
      expect(['face', 'body']).toContain(c.group);
    }
  });

  it('pairs left and right targets that mirror each other', () => {
    for (const c of DETAIL_CONTROLS.filter((d) => d.symmetric)) {
      const left = footprint(c.increase[0]!);
      const right = footprint(c.increase[1]!);
      expect(c.increase[0]).toMatch(/\/l-/);
      expect(left.at[0]).toBeGreaterThan(0.01);
      expect(right.at[0]).toBeLessThan(-0.01);
      // Loose: some MakeHuman pairs move different vertex sets (the left thigh "fat" target moves 40 % more vertices).
      expect(Math.abs(right.at[0]! + left.at[0]!)).toBeLessThan(0.05);
      expect(Math.abs(right.at[1]! - left.at[1]!)).toBeLessThan(0.05);
    }
  });

  it('points the increase side the way the name says (samples)', () => {
    expect(footprint('eyes/l-eye-move-out').move[0]).toBeGreaterThan(0);
    expect(footprint('neck/neck-scale-vert-more').move[1]).toBeGreaterThan(0);
    expect(footprint('chin/chin-prominent-more').move[2]).toBeGreaterThan(0);
    expect(footprint('legs/legs-upperlegheight-incr').move[1]).toBeLessThan(0);
  });

  it('stores each distinct target row once and keeps only corners adults reach', () => {
    const set = gatherTargets();
    expect(set.macroEntries.every((e) => !e.corners.includes('baby') && !e.corners.includes('child'))).toBe(true);
    // 32 universal (4 average ones are empty), 12 ethnic, 72 height, 72 proportions, 144 breast.
    expect(set.macroEntries).toHaveLength(332);
    expect(set.targets.length).toBeLessThan(set.macroEntries.length);
    expect(set.details).toHaveLength(DETAIL_CONTROLS.length);
  });
});
