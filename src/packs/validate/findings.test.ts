import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDINGS, finding } from './findings';

describe('findings', () => {
  it('are each documented in docs/pack-format.md with their severity and fix', () => {
    const docs = readFileSync('docs/pack-format.md', 'utf8');
    for (const [code, { severity, fix }] of Object.entries(FINDINGS)) {
      const row = docs.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
      expect(row, code).toBeDefined();
      expect(row!.split(' | ')[1], code).toBe(severity);
      expect(row!.endsWith(`| ${fix} |`), code).toBe(true);
    }
  });

  it('take their severity and fix from the table unless a precise fix is given, and leave out empty places', () => {
    expect(finding('FILE_UNUSED', 'x', { file: 'a.txt', asset: undefined })).toEqual({ severity: 'info', code: 'FILE_UNUSED', message: 'x', fix: FINDINGS.FILE_UNUSED.fix, file: 'a.txt' });
    expect(finding('SCALE_TOO_LARGE', 'x', {}, 'Scale it by 0.01.').fix).toBe('Scale it by 0.01.');
  });
});
