import { expect, test } from '@playwright/test';
import { StagePage } from './pages/StagePage';

test('a full session makes no request to any host but the app’s own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  const stage = new StagePage(page);
  await stage.open();
  for (const view of ['Face', 'Upper body', 'Full body']) {
    await page.getByRole('button', { name: view }).click();
    await stage.whenRendered();
  }
  await page.reload();
  await page.evaluate(() => window.avatarAtelier!.whenRendered());
  expect(foreign).toEqual([]);
});
