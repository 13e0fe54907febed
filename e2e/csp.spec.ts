import { expect, test } from '@playwright/test';
import { SavePanel } from './pages/SavePanel';
import { StagePage } from './pages/StagePage';
import { recordCspViolations } from './support/cspViolations';
import { wearSmallPack } from './support/smallPack';

test('a whole session under the Content Security Policy: edits, exports, a share link, a designer pack, no violation', async ({ page, context }) => {
  test.setTimeout(240_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations = await recordCspViolations(context);
  const stage = new StagePage(page);
  await stage.open('offline'); // with the offline copy's service worker
  await stage.whenRendered();
  await page.evaluate(() => window.avatarAtelier!.wear('hair', 'core/afro01'));

  const save = new SavePanel(page);
  for (const kind of ['glb', 'vrm', 'png', 'manifest'] as const) expect((await save.download(kind)).bytes.length).toBeGreaterThan(100);
  const link = await save.copyShareLink();

  await wearSmallPack(page);
  await save.download('glb');

  const other = await context.newPage();
  await other.goto(link.replace('/#', '/?qa#'));
  await other.waitForFunction(() => window.avatarAtelier !== undefined);
  await expect(other.getByTestId('notice')).toContainText('Opened the shared avatar');
  await new StagePage(other).whenRendered();
  expect(violations()).toEqual([]);
});

test('the policy is enforced and its violations are seen: eval and a request to another host are refused', async ({ page, context }) => {
  const violations = await recordCspViolations(context);
  await new StagePage(page).open();
  // A string timer is evaluated by the page itself, later (code run by page.evaluate is exempt from the policy).
  const outcome = await page.evaluate(async () => {
    setTimeout('document.title = "evaluated"', 0);
    const fetched = await fetch('https://packs.example.com/pack.json').then(() => true, () => false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { evaluated: document.title === 'evaluated', fetched };
  });
  expect(outcome).toEqual({ evaluated: false, fetched: false });
  await expect.poll(() => violations().length).toBeGreaterThanOrEqual(2);
  expect(violations().join('\n')).toMatch(/script-src/);
  expect(violations().join('\n')).toMatch(/connect-src blocked https:\/\/packs\.example\.com/);
});

test('a pack URL outside the deployment’s pack hosts is refused with a notice, before any request', async ({ page, baseURL }) => {
  const asked: string[] = [];
  page.on('request', (request) => void (new URL(request.url()).origin !== new URL(baseURL!).origin && asked.push(request.url())));
  const stage = new StagePage(page);
  await stage.open('pack=https://packs.example.com/hats/pack.json');
  await expect(page.getByRole('alert')).toContainText('https://packs.example.com/hats/pack.json was not opened: this site loads packs only from');
  await stage.whenRendered();
  expect(asked).toEqual([]);
});
