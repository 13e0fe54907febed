/** Designer packs: how long a generated 20-asset test pack zip takes from being picked to its report on screen. */
import type { Browser } from '@playwright/test';
import { buildTestPackZip } from '../../src/packs/validate/testFixtures';
import { coreSkeletonForTests } from '../../src/packs/validate/testCore';
import { median } from './browser';
import type { Metric } from './report';

export async function packReportMetrics(browser: Browser, appUrl: string, runs = 3): Promise<Record<string, Metric>> {
  const { zip } = await buildTestPackZip(await coreSkeletonForTests());
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(appUrl);
    await page.waitForFunction(() => window.avatarAtelier !== undefined);
    await page.evaluate(() => window.avatarAtelier!.whenRendered());
    await page.getByTestId('category.packs').click();
    await page.getByTestId('packs.file').waitFor();
    // Timed in the page from the input's change event: handing 10 MB to the page through Playwright takes seconds.
    await page.getByTestId('packs.file').evaluate((input) => input.addEventListener('change', () => performance.mark('bench:pack-picked'), { capture: true }));
    await page.getByTestId('packs.file').setInputFiles({ name: 'test-pack.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    const shown = await page.waitForFunction(() => document.querySelector('[data-testid="packs.report.test-pack"]') && performance.now(), null, { timeout: 60_000, polling: 'raf' });
    times.push(((await shown.jsonValue()) as number) - (await page.evaluate(() => performance.getEntriesByName('bench:pack-picked')[0]!.startTime)));
    await context.close();
  }
  const note = `a generated ${(zip.length / 1e6).toFixed(1)} MB zip of 20 assets picked in the Designer packs category → its report shown (unzip, Khronos glTF Validator, our rules; first use loads the validator's code), median of ${runs} fresh pages`;
  return { packReportMs: { value: median(times), unit: 'ms', budget: '≤ 5000', note } };
}
