import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { StagePage } from './pages/StagePage';

for (const lang of ['en', 'fr']) {
  test(`axe finds no serious or critical accessibility problem (${lang}, every fold open)`, async ({ page }) => {
    const stage = new StagePage(page);
    await stage.open(`lang=${lang}`);
    await stage.whenRendered();
    for (const fold of await page.locator('details').all()) await fold.evaluate((element) => ((element as HTMLDetailsElement).open = true));
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
  });
}
