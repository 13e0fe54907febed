import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { EditorPanel } from './pages/EditorPanel';
import { StagePage } from './pages/StagePage';

const CATEGORIES = {
  en: ['Presets', 'Body', 'Face', 'Hair', 'Brows & lashes', 'Eyes', 'Save & share'],
  fr: ['Modèles', 'Corps', 'Visage', 'Cheveux', 'Sourcils et cils', 'Yeux', 'Enregistrer et partager'],
};

for (const [lang, categories] of Object.entries(CATEGORIES)) {
  test(`axe finds no serious or critical accessibility problem (${lang}, across the categories, folds open)`, async ({ page }) => {
    const stage = new StagePage(page);
    await stage.open(`lang=${lang}`);
    await stage.whenRendered();
    const found: string[] = [];
    for (const category of categories) {
      await new EditorPanel(page).openCategory(category);
      for (const fold of await page.locator('details').all()) await fold.evaluate((element) => ((element as HTMLDetailsElement).open = true));
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      found.push(...serious.map((v) => `${category}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`));
    }
    expect(found).toEqual([]);
  });
}
