import { describe, expect, it } from 'vitest';
import { headersFile, withPolicyMeta } from './cspPlugin';
import { contentSecurityPolicy, policyOptionsFromEnv } from './contentSecurityPolicy';

const directive = (policy: string, name: string) => policy.split('; ').find((entry) => entry.startsWith(`${name} `));

describe('the Content Security Policy', () => {
  it('lets data go only to the app, blob: URLs and the configured pack hosts; frames only in the embed origins', () => {
    const reports: string[] = [];
    const options = policyOptionsFromEnv({ VITE_PACK_HOSTS: 'https://packs.example.com, https://*.cdn.example.org, ftp://nope', VITE_EMBED_ALLOWED_ORIGINS: 'https://game.example.com' }, (m) => reports.push(m));
    const header = contentSecurityPolicy(options, 'header');
    expect(directive(header, 'connect-src')).toBe("connect-src 'self' blob: https://packs.example.com https://*.cdn.example.org");
    expect(directive(header, 'img-src')).toBe("img-src 'self' blob: data: https://packs.example.com https://*.cdn.example.org");
    expect(directive(header, 'frame-ancestors')).toBe("frame-ancestors 'self' https://game.example.com");
    expect(reports).toEqual([expect.stringMatching(/^VITE_PACK_HOSTS: "ftp:\/\/nope" is not an origin pattern/)]);
  });

  it('defaults to no pack host and the loopback embed origins', () => {
    const header = contentSecurityPolicy(policyOptionsFromEnv({}, () => {}), 'header');
    expect(directive(header, 'connect-src')).toBe("connect-src 'self' blob:");
    expect(directive(header, 'frame-ancestors')).toBe("frame-ancestors 'self' http://localhost:* http://127.0.0.1:*");
  });

  it('allows no inline script and no eval, only WebAssembly compilation', () => {
    const header = contentSecurityPolicy({ packHosts: [], embedOrigins: [] }, 'header');
    expect(directive(header, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(header).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(directive(header, 'object-src')).toBe("object-src 'none'");
  });

  it('leaves frame-ancestors out of the <meta> policy, where browsers ignore it', () => {
    const options = { packHosts: [], embedOrigins: ['https://game.example.com'] };
    expect(contentSecurityPolicy(options, 'meta')).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy(options, 'header')).toBe(`${contentSecurityPolicy(options, 'meta')}; frame-ancestors 'self' https://game.example.com`);
  });
});

describe('delivering the policy', () => {
  it('puts the <meta> right after the charset, before the page loads anything', () => {
    const html = '<head>\n    <meta charset="UTF-8" />\n    <script type="module" src="/src/app/main.tsx"></script>\n</head>';
    const out = withPolicyMeta(html, "default-src 'self'");
    expect(out.indexOf('<meta charset')).toBeLessThan(out.indexOf('Content-Security-Policy'));
    expect(out.indexOf(`content="default-src 'self'"`)).toBeLessThan(out.indexOf('<script'));
    expect(out).toContain('<meta name="referrer" content="no-referrer" />');
    expect(() => withPolicyMeta('<head></head>', "default-src 'self'")).toThrow(/charset/);
  });

  it('writes a headers file for the app’s page at its base path', () => {
    const text = headersFile({ packHosts: [], embedOrigins: [] }, '/creator/');
    expect(text.split('\n').filter((line) => !line.startsWith(' '))).toEqual(['/creator/', '/creator/index.html', '']);
    expect(text).toContain("  Content-Security-Policy: default-src 'self';");
    expect(text).toContain("frame-ancestors 'self'\n");
    expect(text).toContain('  Referrer-Policy: no-referrer\n');
  });
});
