import { describe, expect, it } from 'vitest';
import { ageToYears, CORNER_NAMES, cornerIndex, DEFAULT_MACROS, fillCornerWeights, macroTargetWeight, yearsToAge, type MacroValues } from './macroWeights';

function corners(m: Partial<MacroValues>): Record<string, number> {
  const out = new Float64Array(CORNER_NAMES.length);
  fillCornerWeights({ ...DEFAULT_MACROS, ...m }, out);
  return Object.fromEntries(CORNER_NAMES.map((n, i) => [n, out[i]!]));
}

describe('MakeHuman macro corner weights', () => {
  it('maps age to years like MakeHuman (1 .. 25 .. 90)', () => {
    expect(ageToYears(0)).toBe(1);
    expect(ageToYears(0.1875)).toBe(10);
    expect(ageToYears(0.5)).toBe(25);
    expect(ageToYears(1)).toBe(90);
    expect(yearsToAge(18)).toBeCloseTo(17 / 48, 12);
    expect(ageToYears(yearsToAge(60))).toBeCloseTo(60, 9);
  });

  it('splits age between baby, child, young and old', () => {
    expect(corners({ age: 0.5 })).toMatchObject({ baby: 0, child: 0, young: 1, old: 0 });
    expect(corners({ age: 1 })).toMatchObject({ young: 0, old: 1 });
    expect(corners({ age: 0.75 })).toMatchObject({ young: 0.5, old: 0.5 });
    const at18 = corners({ age: yearsToAge(18) });
    expect(at18.young).toBeCloseTo(0.5333, 3);
    expect(at18.child).toBeCloseTo(0.4667, 3);
    expect(at18.baby).toBe(0);
  });

  it('gives three-point sliders weights that sum to 1 and height/proportions one-sided weights', () => {
    expect(corners({ muscle: 0.25 })).toMatchObject({ minmuscle: 0.5, averagemuscle: 0.5, maxmuscle: 0 });
    expect(corners({ weight: 0.9 }).maxweight).toBeCloseTo(0.8, 12);
    expect(corners({ breastSize: 0 })).toMatchObject({ mincup: 1, averagecup: 0, maxcup: 0 });
    expect(corners({ height: 0.5 })).toMatchObject({ minheight: 0, maxheight: 0 });
    expect(corners({ height: 0.2 }).minheight).toBeCloseTo(0.6, 12);
    expect(corners({ proportions: 1 })).toMatchObject({ uncommonproportions: 0, idealproportions: 1 });
  });

  it('normalises ethnicity and multiplies corner weights into a target weight', () => {
    const c = corners({ african: 2, asian: 1, caucasian: 1, gender: 0.25 });
    expect(c.african).toBe(0.5);
    expect(corners({ african: 0, asian: 0, caucasian: 0 }).asian).toBeCloseTo(1 / 3, 12);
    const w = new Float64Array(CORNER_NAMES.length);
    fillCornerWeights({ ...DEFAULT_MACROS, african: 2, asian: 1, caucasian: 1, gender: 0.25 }, w);
    const target = ['african', 'female', 'young'].map(cornerIndex);
    expect(macroTargetWeight(target, w)).toBeCloseTo(0.5 * 0.75 * 1, 12);
  });
});
