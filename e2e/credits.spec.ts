import { expect, test } from '@playwright/test';
import { EditorPanel } from './pages/EditorPanel';
import { StagePage } from './pages/StagePage';

test('the credits name every worn item with its author and licence, CC-BY attribution included', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await stage.whenRendered();
  await page.evaluate(() => window.avatarAtelier!.wear('top', 'core/asymmetric-tunic-and-sash'));
  await new EditorPanel(page).openCategory('Save & share');
  await page.getByText('Credits').click();
  const credits = page.getByTestId('credits');
  await expect(credits).toContainText('by DredNicolson');
  await expect(credits.getByRole('link', { name: 'CC-BY-4.0' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
  await expect(credits).toContainText('"Asymmetric_Tunic_and_Sash" by DredNicolson, licensed under CC BY 4.0');
  await expect(credits).toContainText('MIT licence');
});
