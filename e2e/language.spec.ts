import { expect, test } from '@playwright/test';
import { StagePage } from './pages/StagePage';

test('?lang=fr shows the editor in French, and the language switch brings English back and is remembered', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open('lang=fr');
  await expect(page.getByRole('tab', { name: 'Sourcils et cils' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Visage' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Annuler' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // Pack names come in both languages.
  await page.getByRole('tab', { name: 'Cheveux' }).click();
  await expect(page.getByRole('button', { name: 'Cheveux longs et lisses' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  await expect(page.getByRole('tab', { name: 'Brows & lashes' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/?qa');
  await expect(page.getByRole('tab', { name: 'Brows & lashes' })).toBeVisible();
});

test('a French browser gets French without asking', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await new StagePage(page).open();
  await expect(page.getByRole('tab', { name: 'Enregistrer et partager' })).toBeVisible();
  await context.close();
});
