import { expect, test } from '@playwright/test';
import { StagePage } from './pages/StagePage';

test('on a 390 px phone the stage sits above the editor sheet', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const stage = new StagePage(page);
  await stage.open();
  const stageBox = await page.getByTestId('stage').boundingBox();
  const panelBox = await page.getByTestId('editor.panel').boundingBox();
  expect(stageBox && panelBox).toBeTruthy();
  expect(stageBox!.width).toBeGreaterThan(380);
  expect(panelBox!.y).toBeGreaterThanOrEqual(stageBox!.y + stageBox!.height - 1);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
});
