import { describe, expect, it } from 'vitest';
import { median, percentile } from './browser';
import { randomEdits } from './leaks';
import { budgetStatus } from './report';

describe('bench helpers', () => {
  it('takes medians and nearest-rank percentiles', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const values = Array.from({ length: 40 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(20);
    expect(percentile(values, 95)).toBe(38);
    expect(percentile([7], 95)).toBe(7);
  });

  it('judges a metric against its "≤ N" or "≥ N" budget', () => {
    expect(budgetStatus({ value: 33, unit: 'ms', budget: '≤ 33' })).toBe('ok');
    expect(budgetStatus({ value: 33.1, unit: 'ms', budget: '≤ 33' })).toBe('OVER');
    expect(budgetStatus({ value: 20, unit: 'fps', budget: '≥ 20' })).toBe('ok');
    expect(budgetStatus({ value: 19.9, unit: 'fps', budget: '≥ 20' })).toBe('UNDER');
    expect(budgetStatus({ value: 1, unit: 'ms' })).toBe('');
  });

  it('plans the same random swaps for the same seed, with a slider move after every second swap', () => {
    const choices = { hair: ['core/a', 'core/b'], footwear: ['core/c'] };
    const edits = randomEdits(choices, 300);
    expect(randomEdits(choices, 300)).toEqual(edits);
    const swaps = edits.filter((e) => 'ref' in e);
    expect(swaps).toHaveLength(300);
    expect(edits).toHaveLength(450);
    for (const swap of swaps) expect(choices[swap.slot as keyof typeof choices]).toContain(swap.ref);
    expect(new Set(swaps.map((s) => s.ref)).size).toBe(3);
  });
});
