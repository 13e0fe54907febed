import { describe, expect, it } from 'vitest';
import { cachedPathFor, cacheName, staleCaches, type OfflineManifest } from './offlineCache';

const manifest: OfflineManifest = { version: 'abc123', base: '/', files: ['index.html', 'assets/index-1.js', 'packs/core/pack.json'] };
const origin = 'https://avatars.example.com';
const answer = (address: string, navigation = false, m = manifest) => cachedPathFor(new URL(address, origin), navigation, origin, m);

describe('the offline copy', () => {
  it('answers a visit to the app’s page, whatever its query, with the kept page', () => {
    expect(answer('/', true)).toBe('index.html');
    expect(answer('/?qa&lang=fr#avatar=x', true)).toBe('index.html');
    expect(answer('/index.html', true)).toBe('index.html');
    expect(answer('/examples/host/', true), 'other pages go to the network').toBeNull();
  });

  it('answers a kept file, and leaves everything else to the network', () => {
    expect(answer('/assets/index-1.js')).toBe('assets/index-1.js');
    expect(answer('/packs/core/pack.json')).toBe('packs/core/pack.json');
    expect(answer('/packs/designer/pack.json')).toBeNull();
    expect(answer('/assets/index-1.js?v=2')).toBeNull();
    expect(answer('https://packs.example.org/packs/core/pack.json')).toBeNull();
  });

  it('works under a base path', () => {
    const nested = { ...manifest, base: '/creator/' };
    expect(answer('/creator/?qa', true, nested)).toBe('index.html');
    expect(answer('/creator/assets/index-1.js', false, nested)).toBe('assets/index-1.js');
    expect(answer('/assets/index-1.js', false, nested)).toBeNull();
  });

  it('deletes only other builds’ caches once a new build takes over', () => {
    const names = ['avatar-atelier-offline-old1', cacheName(manifest), 'someone-elses-cache'];
    expect(staleCaches(names, manifest)).toEqual(['avatar-atelier-offline-old1']);
  });
});
