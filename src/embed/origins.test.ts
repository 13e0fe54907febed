import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLOWED_ORIGINS, effectiveAllowedOrigins, isOriginPattern, originAllowed } from './origins';
import { embedSettings, type EmbeddingFacts } from './settings';

describe('origin patterns', () => {
  it.each([
    ['http://localhost:5173', ['http://localhost:*'], true],
    ['http://localhost', ['http://localhost:*'], true],
    ['https://localhost:5173', ['http://localhost:*'], false],
    ['http://localhost.evil.com:5173', ['http://localhost:*'], false],
    ['http://127.0.0.1:8080', DEFAULT_ALLOWED_ORIGINS, true],
    ['http://127.0.0.2:8080', DEFAULT_ALLOWED_ORIGINS, false],
    ['https://game.example.com', ['https://*.example.com'], true],
    ['https://a.b.example.com', ['https://*.example.com'], true],
    ['https://example.com', ['https://*.example.com'], false],
    ['https://notexample.com', ['https://*.example.com'], false],
    ['https://example.com', ['https://example.com:443'], true],
    ['https://example.com:8443', ['https://example.com'], false],
    ['http://[::1]:3000', ['http://[::1]:*'], true],
    ['null', ['http://localhost:*'], false],
    ['*', ['http://localhost:*'], false],
  ])('%s on %j: %s', (origin, patterns, expected) => {
    expect(originAllowed(origin, patterns)).toBe(expected);
  });

  it('are never a bare star, a path or another scheme', () => {
    for (const pattern of ['*', 'https://*', 'https://example.com/app', 'ftp://example.com', 'example.com', 'https://ex ample.com']) expect(isOriginPattern(pattern)).toBe(false);
  });
});

describe('the allowed origins', () => {
  it('default to loopback and come from the build setting otherwise, bad entries reported and dropped', () => {
    const reports: string[] = [];
    expect(effectiveAllowedOrigins(undefined, null, (m) => reports.push(m))).toEqual(['http://localhost:*', 'http://127.0.0.1:*']);
    expect(effectiveAllowedOrigins(' https://game.example.com, *, https://*.example.org ', null, (m) => reports.push(m))).toEqual(['https://game.example.com', 'https://*.example.org']);
    expect(reports).toEqual([expect.stringContaining('"*" is not an origin pattern')]);
  });

  it('may be narrowed by the URL but never widened', () => {
    const reports: string[] = [];
    const narrowed = effectiveAllowedOrigins('https://*.example.com,http://localhost:*', 'https://game.example.com,https://evil.com,http://localhost:3000,https://*.a.example.com', (m) => reports.push(m));
    expect(narrowed).toEqual(['https://game.example.com', 'http://localhost:3000', 'https://*.a.example.com']);
    expect(reports).toEqual([expect.stringContaining('"https://evil.com" is not allowed by this deployment')]);
    expect(effectiveAllowedOrigins('https://game.example.com', 'https://*.example.com', () => {})).toEqual([]);
    expect(effectiveAllowedOrigins(undefined, 'https://evil.com', () => {})).toEqual([]);
  });
});

describe('the embed settings', () => {
  const facts = (change: Partial<EmbeddingFacts>): EmbeddingFacts => ({ search: '?frameApi', builtAllowedOrigins: undefined, ancestorOrigins: null, referrer: '', ...change });

  it('are off without ?frameApi and choose the RPM mode with ?frameApi=rpm', () => {
    expect(embedSettings(facts({ search: '?qa' }), () => {})).toBeNull();
    expect(embedSettings(facts({}), () => {})?.mode).toBe('native');
    expect(embedSettings(facts({ search: '?frameApi=rpm' }), () => {})?.mode).toBe('rpm');
  });

  it('take the host from ancestorOrigins first, then the origin parameter, then the referrer', () => {
    const host = (change: Partial<EmbeddingFacts>) => embedSettings(facts(change), () => {})?.host;
    expect(host({ ancestorOrigins: ['http://localhost:3000'], search: '?frameApi&origin=http://localhost:4000', referrer: 'http://localhost:5000/page' })).toEqual({ state: 'known', origin: 'http://localhost:3000' });
    expect(host({ search: '?frameApi&origin=http://localhost:4000', referrer: 'http://localhost:5000/page' })).toEqual({ state: 'known', origin: 'http://localhost:4000' });
    expect(host({ referrer: 'http://localhost:5000/page?x=1' })).toEqual({ state: 'known', origin: 'http://localhost:5000' });
    expect(host({})).toEqual({ state: 'unknown' });
  });

  it('refuse a host that is not allowed, even when the URL names an allowed one', () => {
    const reports: string[] = [];
    const settings = embedSettings(facts({ ancestorOrigins: ['http://127.0.0.2:4275'], search: '?frameApi&origin=http://localhost:3000' }), (m) => reports.push(m));
    expect(settings?.host).toEqual({ state: 'refused', origin: 'http://127.0.0.2:4275' });
    expect(reports).toEqual([expect.stringContaining('http://127.0.0.2:4275 is not allowed')]);
    expect(embedSettings(facts({ search: '?frameApi&allowedOrigins=http://localhost:3000', referrer: 'http://localhost:4000/' }), () => {})?.host.state).toBe('refused');
  });
});
