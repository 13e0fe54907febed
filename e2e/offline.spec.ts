import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { PrivacySection } from './pages/PrivacySection';
import { StagePage } from './pages/StagePage';
import { WardrobePanel } from './pages/WardrobePanel';

const STAGE_BACKGROUND: [number, number, number] = [0xdc, 0xd8, 0xd1];

/** Resolves once the offline copy's worker is active, which it becomes only after keeping every file. */
function offlineCopyKept(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const names = await caches.keys();
    const cache = await caches.open(names.find((name) => name.startsWith('avatar-atelier-offline-'))!);
    return { scope: registration.scope, files: (await cache.keys()).length };
  });
}

test('after a first visit the creator opens and works with the network off', async ({ page, context }) => {
  test.setTimeout(180_000);
  const stage = new StagePage(page);
  await stage.open('offline');
  const kept = await offlineCopyKept(page);
  expect(kept.files).toBeGreaterThan(300);

  await context.setOffline(true);
  expect(await page.evaluate(() => fetch('/packs/designer/pack.json').then(() => 'online', () => 'offline'))).toBe('offline');
  await stage.open('lang=fr');
  await stage.whenRendered();
  expect(await stage.foregroundShare(STAGE_BACKGROUND)).toBeGreaterThan(0.05);
  await expect(page.getByRole('tab', { name: 'Cheveux', exact: true }), 'the French strings are there too').toBeVisible();

  // Items never worn on the first visit, from the core and the accessory packs.
  await page.evaluate(() => window.avatarAtelier!.wear('hair', 'core/afro01'));
  await page.evaluate(() => window.avatarAtelier!.wear('glasses', 'accessories/cat-eye-glasses'));
  expect((await stage.manifest()).items).toMatchObject({ hair: 'core/afro01', glasses: 'accessories/cat-eye-glasses' });
  const wardrobe = new WardrobePanel(page);
  await wardrobe.chooseSlot('Lunettes');
  await expect(wardrobe.itemTile('accessories/cat-eye-glasses')).toHaveAttribute('data-state', 'ready');

  // Code that loads on first use: the exporter and its codecs, the designer panel.
  const glb = await stage.exportBytes({ format: 'glb' });
  expect(glb.subarray(0, 4).toString()).toBe('glTF');
  await page.getByRole('tab', { name: 'Packs créateurs' }).click();
  await expect(page.getByTestId('packs.file')).toBeAttached();
});

/**
 * Deploys "a new build" under the running session, as a static host does: a new worker whose cache has another
 * name, and a server that no longer has the old build's designer-panel code. Returns a function that undoes it.
 */
function deployNewBuild(): () => void {
  const worker = readFileSync('dist/sw.js', 'utf8');
  const panel = readdirSync('dist/assets').find((name) => /^PacksPanel-.*\.js$/.test(name))!;
  const next = worker.replace(/version:`[0-9a-f]{16}`/, 'version:`0000000000000next`').replace(`assets/${panel},`, '');
  expect(next).not.toBe(worker);
  writeFileSync('dist/sw.js', next);
  renameSync(`dist/assets/${panel}`, `dist/${panel}.old`);
  return () => {
    writeFileSync('dist/sw.js', worker);
    renameSync(`dist/${panel}.old`, `dist/assets/${panel}`);
  };
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

test('a new version waits until the session in progress is over, which keeps working on the old one', async ({ page, context }) => {
  test.setTimeout(240_000);
  const stage = new StagePage(page);
  await stage.open('offline');
  await offlineCopyKept(page);
  const [first] = await cacheNames(page);
  const undeploy = deployNewBuild();
  try {
    const waiting = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
      const installing = registration.installing ?? registration.waiting;
      while (installing && installing.state === 'installing') await new Promise((resolve) => installing.addEventListener('statechange', resolve, { once: true }));
      return registration.waiting?.state;
    });
    expect(waiting, 'the new version is kept, and waits').toBe('installed');

    // The old build's designer panel, gone from the server, loads for the first time in the session in progress.
    await page.getByRole('tab', { name: 'Designer packs' }).click();
    await expect(page.getByTestId('packs.file')).toBeAttached();
    await page.evaluate(() => window.avatarAtelier!.wear('hair', 'core/afro01'));
    expect(await cacheNames(page)).toEqual(expect.arrayContaining([first, 'avatar-atelier-offline-0000000000000next']));

    // Once the old version's pages are closed, the new one takes over and deletes the old copy; the next visit runs it.
    await page.close();
    // Asked of the workers themselves (a page would be a client, and keep the old one): the replaced one is gone.
    const inWorkers = () => Promise.all(context.serviceWorkers().map((worker) => worker.evaluate(() => caches.keys()).catch(() => null)));
    await expect.poll(async () => (await inWorkers()).filter(Boolean)).toEqual([['avatar-atelier-offline-0000000000000next']]);
    const next = await context.newPage();
    await new StagePage(next).open();
    expect(await next.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  } finally {
    undeploy();
  }
});

test('"Delete all my data" names the offline copy and deletes it with its worker', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open('offline');
  await offlineCopyKept(page);
  const privacy = new PrivacySection(page);
  await expect((await privacy.askToDelete()).getByRole('listitem')).toContainText(['the copy of the app kept for offline use']);
  await page.evaluate(() => history.replaceState(null, '', '/?qa')); // the reloaded page must not keep a new copy
  await privacy.confirmDelete();
  expect((await privacy.stored()).caches).toEqual([]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});
