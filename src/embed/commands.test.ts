import { describe, expect, it } from 'vitest';
import { ExportCommand, parseCommand, UiConfigCommand } from './commands';
import type { ExportQuery, UiConfig } from './wire';

describe('command payloads', () => {
  it('accept everything the SDK types allow (wire.ts and these schemas describe the same messages)', () => {
    const requests: ExportQuery[] = [
      { format: 'glb', pose: 'T', lod: 0, textureAtlas: 512, textureSizeLimit: 256, textureFormat: 'webp', morphTargets: 'arkit', compression: 'meshopt' },
      { format: 'vrm', textureAtlas: 'none' },
      { format: 'manifest' },
      { format: 'png', framing: 'body', size: 256, background: '#ffffff' },
    ];
    for (const request of requests) expect(ExportCommand.safeParse(request).error).toBeUndefined();
    const config: UiConfig = {
      categories: ['presets', 'hair'],
      doneLabel: 'Use this avatar',
      doneExport: { format: 'glb', morphTargets: 'all' },
      language: 'fr',
      theme: { accent: '#d6452b', accentInk: '#ffffff', ink: '#111111', inkSoft: '#444444', paper: '#fafafa', line: '#dddddd' },
    };
    expect(UiConfigCommand.safeParse(config).error).toBeUndefined();
  });

  it('fill the export defaults, as the export panel does', () => {
    expect(ExportCommand.parse({ format: 'glb' })).toEqual({ format: 'glb', pose: 'A', lod: '1', textureAtlas: '1024', textureSizeLimit: 1024, textureFormat: 'jpeg', morphTargets: 'visemes', compression: 'none' });
  });

  it('refuse what could reach the page as markup or styles, and unknown fields', () => {
    const refused = [{ theme: { accent: 'red;background:url(//evil.example)' } }, { categories: ['<img src=x>'] }, { doneLabel: '' }, { doneLabel: 'x'.repeat(41) }, { language: 'de' }, { onDone: 'alert(1)' }];
    for (const config of refused) expect(UiConfigCommand.safeParse(config).success).toBe(false);
  });

  it('keep a correlation id only when it is a short string or a number', () => {
    const parsed = parseCommand({ target: 'avatar-atelier', type: 'query', eventName: 'v1.avatar.load', correlationId: { evil: true } });
    expect(parsed).toMatchObject({ ok: false, error: { correlationId: null, statusCode: 400, reason: expect.stringContaining('correlationId') } });
  });
});
