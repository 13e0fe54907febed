import { describe, expect, it } from 'vitest';
import { jsonErrorPosition } from './jsonErrorPosition';

describe('jsonErrorPosition', () => {
  it('returns -1 exactly when JSON.parse accepts the text', () => {
    const samples = ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ', '"s"', '0', '{"a":{"b":[{}]}}', '', '{', '{"a":1,}', '[1,]', '[01]', '{"a" 1}', 'tru', '"\\x"', '{"a":1}}', '[1 2]', '{a:1}', "'x'", '"tab\tin string"'];
    for (const text of samples) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect([text, jsonErrorPosition(text) === -1]).toEqual([text, valid]);
    }
  });

  it('points at the first character that breaks the grammar', () => {
    expect(jsonErrorPosition('{"a":1,}')).toBe(7);
    expect(jsonErrorPosition('[1 2]')).toBe(3);
    expect(jsonErrorPosition('{\n  "id": "x",\n  "assets": [,]\n}')).toBe(28);
    expect(jsonErrorPosition('{"a":1}}')).toBe(7);
    expect(jsonErrorPosition('{"a": "unterminated')).toBe(19);
  });

  it('gives up quietly on nesting too deep to scan', () => {
    expect(jsonErrorPosition('['.repeat(1_000_000))).toBe(-1);
  });
});
