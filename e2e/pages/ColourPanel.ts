import type { Page } from '@playwright/test';

/** Page object for the colour rows of a category: named swatches and the free colour picker. */
export class ColourPanel {
  constructor(readonly page: Page) {}

  swatch(row: string, name: string) {
    return this.page.getByRole('group', { name: row }).getByRole('button', { name, exact: true });
  }

  async choose(row: string, name: string): Promise<void> {
    await this.swatch(row, name).click();
  }

  /** Sets the row's free colour picker, as the browser's colour dialog does. */
  async pick(row: string, hex: string): Promise<void> {
    await this.page.getByRole('group', { name: row }).locator('input[type="color"]').fill(hex);
  }
}
