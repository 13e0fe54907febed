import { describe, expect, it } from 'vitest';
import { wearItem } from './slotRules';

const rules: Record<string, string[]> = { 'core/suit': ['top', 'bottom'], 'core/dress': ['bottom'] };
const excludesOf = (ref: string) => rules[ref] ?? [];

describe('slot rules', () => {
  it('an outfit takes off top and bottom', () => {
    const outcome = wearItem({ top: 'core/shirt', bottom: 'core/jeans', footwear: 'core/shoes' }, 'outfit', 'core/suit', excludesOf);
    expect(outcome.items).toEqual({ outfit: 'core/suit', footwear: 'core/shoes' });
    expect(outcome.removed.sort()).toEqual(['bottom', 'top']);
  });

  it('a top takes off the outfit that excludes it', () => {
    const outcome = wearItem({ outfit: 'core/suit', hair: 'core/bob01' }, 'top', 'core/shirt', excludesOf);
    expect(outcome.items).toEqual({ hair: 'core/bob01', top: 'core/shirt' });
    expect(outcome.removed).toEqual(['outfit']);
  });

  it('choosing none empties the slot and nothing else', () => {
    expect(wearItem({ hair: 'core/bob01', top: 'core/shirt' }, 'hair', null, excludesOf)).toEqual({ items: { top: 'core/shirt' }, removed: [] });
  });
});
