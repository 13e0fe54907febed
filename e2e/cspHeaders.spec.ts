import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { parseHeadersFile, serveWithHeadersFile } from './support/headersFileServer';

/** What `vite build` wrote: the page's policy in a <meta> element and the same policy, with frame-ancestors, in _headers. */
const html = readFileSync('dist/index.html', 'utf8');
const metaPolicy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
const headerPolicy = parseHeadersFile(readFileSync('dist/_headers', 'utf8')).get('/')?.['Content-Security-Policy'] ?? '';
const directive = (policy: string, name: string) => policy.split('; ').find((entry) => entry.startsWith(`${name} `));

test('the built page carries a strict policy before anything it loads, and runs no inline script', () => {
  expect(directive(metaPolicy, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
  expect(directive(metaPolicy, 'connect-src')).toBe("connect-src 'self' blob:");
  expect(directive(metaPolicy, 'object-src')).toBe("object-src 'none'");
  const sources = metaPolicy.split(/[ ;]+/);
  for (const lax of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:']) expect(sources).not.toContain(lax);
  expect(directive(metaPolicy, 'frame-ancestors'), 'browsers ignore frame-ancestors in <meta>').toBeUndefined();
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<script|<link/));
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    expect(attributes).toMatch(/\ssrc="\/assets\//);
    expect(body!.trim()).toBe('');
  }
  expect(html).not.toMatch(/\son[a-z]+=/i);
});

test('the headers file sends the same policy with frame-ancestors from the embed origin list', () => {
  expect(headerPolicy).toBe(`${metaPolicy}; frame-ancestors 'self' http://localhost:* http://127.0.0.1:*`);
  expect(parseHeadersFile(readFileSync('dist/_headers', 'utf8')).get('/index.html')?.['Content-Security-Policy']).toBe(headerPolicy);
});

test.describe('served with its headers file', () => {
  const port = Number(process.env.E2E_PORT ?? 4173) + 103;
  const creator = `http://localhost:${port}/?qa`;
  /** Pages on two loopback origins that frame the creator: one on the default embed list, one not. */
  const [allowedHost, strangerHost] = [`http://127.0.0.1:${port + 1}`, `http://127.0.0.2:${port + 1}`];
  let servers: { close(): unknown }[] = [];
  test.beforeAll(async () => {
    const framing = (origin: string) => {
      const { hostname, port: hostPort } = new URL(origin);
      const server = createServer((_, response) => response.setHeader('Content-Type', 'text/html').end(`<iframe src="${creator}" width="900" height="700"></iframe>`));
      return new Promise<Server>((resolve) => server.listen(Number(hostPort), hostname, () => resolve(server)));
    };
    servers = await Promise.all([serveWithHeadersFile(`http://localhost:${port}`), framing(allowedHost), framing(strangerHost)]);
  });
  test.afterAll(async () => void (await Promise.all(servers.map((server) => server.close()))));

  test('the creator runs under the header policy too', async ({ page }) => {
    const response = await page.goto(creator);
    expect(response?.headers()['content-security-policy']).toBe(headerPolicy);
    await page.waitForFunction(() => window.avatarAtelier !== undefined);
    await page.evaluate(() => window.avatarAtelier!.ready);
  });

  test('an allowed origin may frame the creator, another may not', async ({ page }) => {
    await page.goto(allowedHost);
    await expect(page.frameLocator('iframe').getByRole('tab', { name: 'Presets' })).toBeVisible({ timeout: 30_000 });
    const refused = page.waitForEvent('console', (message) => message.text().includes('frame-ancestors'));
    await page.goto(strangerHost);
    expect((await refused).text()).toMatch(/violates the following Content Security Policy directive: "frame-ancestors/);
    expect(page.frames().map((frame) => frame.url())).not.toContain(creator);
  });
});
