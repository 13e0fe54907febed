/**
 * `npm run screenshots`: renders the built app in headless Chromium and saves the pictures used by the docs
 * (docs/images): four presets in full body and face views, and the desktop, tablet and phone layouts. Run
 * `npm run build` first.
 */
import { chromium, type Page } from '@playwright/test';
import { serveStatic } from './bench/serve';
import { CHROMIUM_ARGS, findChromium } from './chromium';

const PORT = 4190;
const URL = `http://127.0.0.1:${PORT}/?qa`;
const PRESETS = ['maya', 'kofi', 'arthur', 'mei'];

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => window.avatarAtelier!.whenRendered());
}

async function open(page: Page): Promise<void> {
  await page.goto(URL);
  await page.waitForFunction(() => window.avatarAtelier !== undefined);
  await page.evaluate(() => window.avatarAtelier!.ready);
  await settle(page);
}

async function presetPictures(page: Page): Promise<void> {
  for (const preset of PRESETS) {
    await page.getByTestId(`preset.${preset}`).click();
    for (const view of ['body', 'face'] as const) {
      await page.getByTestId(`camera.view.${view}`).click();
      await settle(page);
      await page.getByTestId('stage').screenshot({ path: `docs/images/preset-${preset}-${view}.png` });
    }
  }
  await page.getByTestId('camera.view.body').click();
}

async function main(): Promise<void> {
  const server = await serveStatic('dist', PORT);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const desktop = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await open(desktop);
    await presetPictures(desktop);
    await desktop.getByTestId('preset.maya').click();
    await desktop.getByTestId('category.hair').click();
    await settle(desktop);
    await desktop.screenshot({ path: 'docs/images/layout-desktop.png' });
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await open(phone);
    await phone.getByTestId('category.body').click();
    await settle(phone);
    await phone.screenshot({ path: 'docs/images/layout-phone.png' });
    const tablet = await browser.newPage({ viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true });
    await open(tablet);
    await tablet.getByTestId('category.top').click();
    await settle(tablet);
    await tablet.screenshot({ path: 'docs/images/layout-tablet.png' });
  } finally {
    await browser.close();
    await server.close();
  }
  console.log('wrote docs/images');
}

await main();
