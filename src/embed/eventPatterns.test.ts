import { describe, expect, it } from 'vitest';
import { isEventPattern, patternMatches } from './eventPatterns';

describe('subscription patterns', () => {
  it('accept names, one-segment stars and a final double star', () => {
    for (const pattern of ['v1.**', 'v1.avatar.*', 'v1.avatar.changed', '*.loading', '**']) expect(isEventPattern(pattern)).toBe(true);
  });

  it('refuse empty segments, a double star before the end and other characters', () => {
    for (const pattern of ['', 'v1..avatar', 'v1.**.changed', 'v1.avatar changed', 'v1.av*', 'x'.repeat(101)]) expect(isEventPattern(pattern)).toBe(false);
  });

  it.each([
    ['v1.**', 'v1.avatar.exported', true],
    ['v1.**', 'v1.loading', true],
    ['v1.**', 'v2.avatar.exported', false],
    ['v1.avatar.*', 'v1.avatar.changed', true],
    ['v1.avatar.*', 'v1.avatar', false],
    ['v1.avatar.*', 'v1.avatar.changed.more', false],
    ['v1.*.changed', 'v1.avatar.changed', true],
    ['v1.loading', 'v1.loading', true],
    ['v1.loading', 'v1.loading.extra', false],
  ])('%s matches %s: %s', (pattern, eventName, expected) => {
    expect(patternMatches(pattern, eventName)).toBe(expected);
  });
});
