import { expect, test, type Page } from '@playwright/test';
import { StagePage } from './pages/StagePage';

const wear = (page: Page, slot: string, ref: string | null) => page.evaluate(([s, r]) => window.avatarAtelier!.wear(s!, r ?? null), [slot, ref]);
const hair = async (page: Page) => (await new StagePage(page).manifest()).items.hair;

test('two tabs editing one avatar: each takes up the other’s save, and the last edit is what is kept', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const page of [a, b]) await new StagePage(page).open();

  await wear(a, 'hair', 'core/afro01');
  await expect.poll(() => hair(b)).toBe('core/afro01');
  await expect(b.getByTestId('notice')).toContainText('Your avatar was changed in another tab');
  await wear(b, 'hair', 'core/bob01');
  await expect.poll(() => hair(a)).toBe('core/bob01');

  await a.reload();
  await a.waitForFunction(() => window.avatarAtelier !== undefined);
  expect(await hair(a), 'the save holds the last edit of either tab').toBe('core/bob01');
  expect(await hair(b)).toBe('core/bob01');
});

/** Fills the origin's localStorage to the last byte with filler keys, as other data would; returns how many. */
function fillStorage(page: Page) {
  return page.evaluate(() => {
    let keys = 0;
    for (let chunk = 1 << 20; chunk >= 1; chunk = Math.floor(chunk / 2)) {
      try {
        for (;;) localStorage.setItem(`filler-${keys++}`, 'x'.repeat(chunk));
      } catch {
        keys -= 1;
      }
    }
    return keys;
  });
}

test('a full storage: the edit goes on, the user is told, the last save stays whole, and saving resumes with room', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await wear(page, 'hair', 'core/afro01');
  expect(await fillStorage(page)).toBeGreaterThan(2);

  await wear(page, 'glasses', 'accessories/round-glasses');
  expect((await stage.manifest()).items.glasses, 'the edit itself goes on').toBe('accessories/round-glasses');
  await expect(page.getByRole('alert')).toContainText('would not save your latest changes');
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('avatar-atelier:state')!) as { state: { avatar: { items: Record<string, string> } } });
  expect(saved.state.avatar.items, 'the last save is whole').toMatchObject({ hair: 'core/afro01' });
  expect(saved.state.avatar.items.glasses).toBeUndefined();

  await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('filler-')).forEach((key) => localStorage.removeItem(key)));
  await wear(page, 'hair', 'core/bob01');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await page.waitForFunction(() => window.avatarAtelier !== undefined);
  expect((await stage.manifest()).items).toMatchObject({ hair: 'core/bob01', glasses: 'accessories/round-glasses' });
});
