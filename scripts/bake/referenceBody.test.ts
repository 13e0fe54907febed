import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets';
import { loadReferenceBody, REFERENCE_MACROS } from './referenceBody';
import { loadTargetNames, MH_BODY_VERTEX_COUNT, MH_VERTEX_COUNT, readTargets, targetIndex } from './shapeSource';

function bodyYRange(p: Float32Array): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let v = 0; v < MH_BODY_VERTEX_COUNT; v++) {
    min = Math.min(min, p[v * 3 + 1]!);
    max = Math.max(max, p[v * 3 + 1]!);
  }
  return [min, max];
}

describe('reference body', () => {
  const body = loadReferenceBody();

  it('is the default preset\'s body in metres, feet on Y = 0, an adult height', () => {
    expect(body.positions.length).toBe(MH_VERTEX_COUNT * 3);
    expect(body.rawPositions.length).toBe(MH_VERTEX_COUNT * 3);
    const [min, max] = bodyYRange(body.positions);
    expect(min).toBe(0);
    expect(max).toBeGreaterThan(1.5);
    expect(max).toBeLessThan(1.9);
  });

  it('takes the default preset\'s macro values and caches the result', () => {
    expect(REFERENCE_MACROS.gender).toBe(PRESETS[0]!.body!.gender);
    expect(REFERENCE_MACROS.age).toBe(PRESETS[0]!.body!.age);
    expect(loadReferenceBody()).toBe(body);
  });

  it('differs from the raw base mesh by the macro targets (a few cm at most)', () => {
    let maxDiff = 0;
    for (let k = 0; k < body.positions.length; k++) {
      maxDiff = Math.max(maxDiff, Math.abs(body.positions[k]! - body.rawPositions[k]!));
    }
    expect(maxDiff).toBeGreaterThan(0.001);
    expect(maxDiff).toBeLessThan(0.1);
  });

  it('reads targets.bin rows in sorted-name order (left targets move +X vertices)', () => {
    const names = loadTargetNames();
    expect(names[0]).toBe('data/targets/armslegs/l-foot-scale-decr.target');
    expect(names.at(-1)).toBe('data/targets/torso/torso-vshape-more.target');
    const [left, right] = readTargets([targetIndex('armslegs/l-foot-scale-incr'), targetIndex('armslegs/r-foot-scale-incr')]);
    expect(meanMovedX(left!, body.rawPositions)).toBeGreaterThan(0.1);
    expect(meanMovedX(right!, body.rawPositions)).toBeLessThan(-0.1);
  });
});

function meanMovedX(row: Int16Array, positions: Float32Array): number {
  let sum = 0;
  let n = 0;
  for (let v = 0; v < MH_VERTEX_COUNT; v++) {
    if (row[v * 3] || row[v * 3 + 1] || row[v * 3 + 2]) {
      sum += positions[v * 3]!;
      n++;
    }
  }
  return sum / n;
}
