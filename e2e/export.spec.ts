import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { StagePage } from './pages/StagePage';

test('the manifest downloads from the editor and loads back into the same avatar', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await stage.whenRendered();
  const before = await page.evaluate(() => window.avatarAtelier!.getManifest());
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export.manifest').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.avatar\.json$/);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as typeof before;
  expect(saved).toEqual(before);
  expect(saved.packs[0]?.hash).toMatch(/^sha256-/);
  await expect(page.getByTestId('export.status')).toContainText('Saved');

  await page.evaluate(() => window.avatarAtelier!.wear('hair', 'core/afro01'));
  expect(await page.evaluate((manifest) => window.avatarAtelier!.loadManifest(manifest), saved)).toEqual({ ok: true });
  await stage.whenRendered();
  expect(await page.evaluate(() => window.avatarAtelier!.getManifest())).toEqual(before);
});

test('a portrait is a square PNG of the face with a transparent background, and the stage does not change', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await stage.whenRendered();
  const stageBefore = await stage.canvas().screenshot();
  const bytes = await page.evaluate(async () => Array.from(await window.avatarAtelier!.exportAvatar({ format: 'png', framing: 'face', size: 256, background: 'transparent' })));
  const { data, info } = await sharp(Buffer.from(bytes)).raw().toBuffer({ resolveWithObject: true });
  expect([info.width, info.height, info.channels]).toEqual([256, 256, 4]);
  const alphaAt = (x: number, y: number) => data[(y * info.width + x) * 4 + 3]!;
  expect(alphaAt(2, 2)).toBe(0); // background corner
  expect(alphaAt(128, 128)).toBe(255); // the face in the middle
  await stage.whenRendered();
  expect((await stage.canvas().screenshot()).equals(stageBefore)).toBe(true);
});
