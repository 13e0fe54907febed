import { describe, expect, it } from 'vitest';
import { packUrlAllowed } from './packHosts';

const hosts = { self: 'https://avatars.example.com', others: ['https://packs.example.org', 'https://*.cdn.example.net'] };
const allowed = (url: string) => packUrlAllowed(new URL(url), hosts);

describe('pack hosts', () => {
  it('allow the app’s own origin and the configured hosts', () => {
    expect(allowed('https://avatars.example.com/packs/mine/pack.json')).toBe(true);
    expect(allowed('https://packs.example.org/hats/pack.json')).toBe(true);
    expect(allowed('https://eu.cdn.example.net/hats/pack.json')).toBe(true);
  });

  it('refuse other hosts, other ports and schemes, and look-alike names', () => {
    expect(allowed('https://evil.example/pack.json')).toBe(false);
    expect(allowed('http://packs.example.org/pack.json')).toBe(false);
    expect(allowed('https://packs.example.org:8443/pack.json')).toBe(false);
    expect(allowed('https://packs.example.org.evil.example/pack.json')).toBe(false);
    expect(allowed('https://cdn.example.net/pack.json')).toBe(false);
    expect(allowed('data:application/json,{}')).toBe(false);
    expect(allowed('blob:https://avatars.example.com/0b4c')).toBe(false);
  });

  it('allow only the app’s own origin when the deployment names no host', () => {
    expect(packUrlAllowed(new URL('https://packs.example.org/pack.json'), { self: 'https://avatars.example.com', others: [] })).toBe(false);
  });
});
