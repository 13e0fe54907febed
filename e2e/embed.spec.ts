import { expect, test, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { blockingIssues, validateGlb } from '../scripts/bake/gltfValidation';
import { EmbedHostPage } from './pages/EmbedHostPage';

/**
 * The embed protocol between real pages on different origins: the creator is the preview server Playwright
 * starts (localhost), the example host pages of dist/examples/host are served on 127.0.0.1 (allowed by default)
 * and on 127.0.0.2 (not allowed).
 */
const CREATOR_PORT = Number(process.env.E2E_PORT ?? 4173);
const HOST = `http://127.0.0.1:${CREATOR_PORT + 101}`;
const STRANGER = `http://127.0.0.2:${CREATOR_PORT + 102}`;

let servers: PreviewServer[] = [];

test.beforeAll(async () => {
  const serve = (origin: string) => {
    const { hostname, port } = new URL(origin);
    return preview({ configFile: false, logLevel: 'warn', build: { outDir: 'dist' }, preview: { host: hostname, port: Number(port), strictPort: true } });
  };
  servers = await Promise.all([serve(HOST), serve(STRANGER)]);
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

/** The creator in QA mode, so the test can read its avatar; the host pages add the protocol flag. */
const creatorUrl = (baseURL: string | undefined) => `${baseURL}/?qa`;

/** The GLB the example host page received last, moved out of the page as base64. */
async function lastGlb(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const bytes = new Uint8Array(window.lastAvatar!.bytes);
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  });
  return Buffer.from(base64, 'base64');
}

test('a host page embeds the creator with the SDK: it sets it up, hears changes and receives valid GLBs', async ({ page, baseURL }) => {
  const host = new EmbedHostPage(page);
  await host.open(HOST, 'index.html', creatorUrl(baseURL));
  await expect(host.events()).toContainText('v1.loading: ready', { timeout: 30_000 });

  // v1.ui.configure: the host's label on the Done button, only the categories it chose.
  await expect(host.creator().getByRole('button', { name: 'Use this avatar' })).toBeVisible();
  await expect(host.creator().getByRole('tab', { name: 'Save & share' })).toHaveCount(0);

  await host.wearThroughUi('Hair', 'Short afro');
  await expect(host.events().getByText(/^v1\.avatar\.changed: .*core\/afro01/)).toHaveCount(1);

  await page.getByRole('button', { name: 'Export a GLB' }).click();
  await expect(page.getByText(/^Showing .*\.glb \(\d+\.\d MB, \d+ meshes\)\.$/)).toBeVisible();
  expect(await page.evaluate(() => window.lastAvatar!.manifest.items.hair)).toBe('core/afro01');
  const report = await validateGlb(await lastGlb(page));
  expect(report.issues.numErrors).toBe(0);
  expect(blockingIssues(report)).toEqual([]);

  // A manifest the creator cannot wear is refused with the reason; the avatar stays.
  const frame = await host.creatorFrame();
  const before = await frame.evaluate(() => window.avatarAtelier!.getManifest());
  const refusal = await page.evaluate(() => window.avatarCreator!.load({ format: 'avatar-atelier/manifest', version: 1, items: { hair: 'core/no-such-hair' } }).then(() => '', (error: Error) => error.message));
  expect(refusal).toMatch(/^v1\.avatar\.load: items\.hair: .*"no-such-hair"/);
  expect(await frame.evaluate(() => window.avatarAtelier!.getManifest())).toEqual(before);

  // Language and theme follow the host; an unknown category is refused with the ones there are.
  await page.evaluate(() => window.avatarCreator!.configure({ language: 'fr', theme: { accent: '#d6452b' } }));
  await expect(host.creator().getByRole('tab', { name: 'Cheveux', exact: true })).toBeVisible();
  await expect(host.creator().getByRole('button', { name: 'Use this avatar' })).toHaveCSS('background-color', 'rgb(214, 69, 43)');
  const unknownCategory = await page.evaluate(() => window.avatarCreator!.configure({ categories: ['hair', 'wings'] }).then(() => '', (error: Error) => error.message));
  expect(unknownCategory).toMatch(/no category "wings"; this editor has presets, body, face, .*hair/);

  // The user's own "Done" hands the avatar over too.
  await host.creator().getByRole('button', { name: 'Use this avatar' }).click();
  await expect(host.events().getByText('v1.avatar.exported')).toHaveCount(2);
});

test('RPM-style host code works unchanged in the compatibility mode', async ({ page, baseURL }) => {
  const host = new EmbedHostPage(page);
  await host.recordMessages();
  await host.open(HOST, 'rpm.html', creatorUrl(baseURL));
  await expect(host.events()).toContainText('v1.subscription.created');
  await (await host.creatorFrame()).evaluate(() => window.avatarAtelier!.whenRendered());

  await host.wearThroughUi('Hair', 'Ponytail');
  const parsed = async () => {
    const received = await host.receivedMessages();
    expect(received.every((message) => typeof message === 'string')).toBe(true);
    return (received as string[]).map((text) => JSON.parse(text) as { eventName: string; data?: Record<string, unknown> });
  };
  await expect.poll(async () => (await parsed()).some((m) => m.eventName === 'v1.avatar.changed' && JSON.stringify(m.data).includes('core/ponytail01'))).toBe(true);

  await host.creator().getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('link', { name: 'Download the avatar' })).toBeVisible();
  const url = (await page.getByRole('link', { name: 'Download the avatar' }).getAttribute('href'))!;
  expect(url).toMatch(/^data:model\/gltf-binary;base64,/);
  const report = await validateGlb(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
  expect(blockingIssues(report)).toEqual([]);
  const exported = (await parsed()).find((m) => m.eventName === 'v1.avatar.exported')!;
  expect(exported).toMatchObject({ source: 'readyplayerme', data: { avatarId: expect.stringMatching(/^[0-9a-f]{32}$/) } });
  await expect(page.getByRole('status')).toContainText(`Avatar ${exported.data!.avatarId as string} received`);
});

test('a page on an origin the creator does not allow gets nothing and changes nothing', async ({ page, baseURL }) => {
  const reports: string[] = [];
  page.on('console', (message) => message.text().includes('Avatar Atelier embed') && reports.push(message.text()));
  const host = new EmbedHostPage(page);
  await host.recordMessages();
  await host.open(STRANGER, 'index.html', creatorUrl(baseURL));
  const frame = await host.creatorFrame();
  await frame.evaluate(() => window.avatarAtelier!.whenRendered());
  const before = await frame.evaluate(() => window.avatarAtelier!.getManifest());

  // The page tries every command, in both protocols' forms, addressed to the creator's origin.
  const attempts = await page.evaluate((creatorOrigin) => {
    const creator = document.querySelector('iframe')!.contentWindow!;
    const commands = [
      { target: 'avatar-atelier', type: 'subscribe', eventName: 'v1.**', correlationId: 1 },
      { target: 'avatar-atelier', type: 'query', eventName: 'v1.avatar.load', correlationId: 2, data: { manifest: { items: { hair: 'core/afro01' } } } },
      { target: 'avatar-atelier', type: 'query', eventName: 'v1.ui.configure', correlationId: 3, data: { doneLabel: 'Hijacked', language: 'fr' } },
      { target: 'avatar-atelier', type: 'query', eventName: 'v1.avatar.export', correlationId: 4, data: { format: 'manifest' } },
      JSON.stringify({ target: 'readyplayerme', type: 'subscribe', eventName: 'v1.**' }),
    ];
    for (const command of commands) creator.postMessage(command, creatorOrigin);
    return commands.length;
  }, new URL(baseURL!).origin);

  await expect.poll(() => reports.filter((text) => text.includes(`ignored a message from ${STRANGER}`)).length).toBe(attempts);
  expect(reports).toContainEqual(expect.stringContaining(`the page at ${STRANGER} is not allowed to embed this creator`));
  expect(await host.receivedMessages()).toEqual([]);
  expect(await frame.evaluate(() => window.avatarAtelier!.getManifest())).toEqual(before);
  await expect(host.creator().getByRole('tab', { name: 'Hair', exact: true })).toBeVisible(); // still in English
  await expect(host.creator().getByTestId('embed.done')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('Waiting for the creator…');
});
