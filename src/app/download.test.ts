import { describe, expect, it } from 'vitest';
import { fileNameFor } from './download';

describe('export file names', () => {
  it('keep letters and digits, drop accents and symbols', () => {
    expect(fileNameFor('Maya', 'glb')).toBe('maya.glb');
    expect(fileNameFor('Zoë  Lefèvre (v2)!', 'vrm')).toBe('zoe-lefevre-v2.vrm');
  });

  it('never produce an empty name', () => {
    expect(fileNameFor('💫', 'png')).toBe('avatar.png');
  });
});
