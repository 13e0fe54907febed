import type { Page } from '@playwright/test';

/** Page object for the wardrobe: a slot picker and a grid of item tiles. */
export class WardrobePanel {
  constructor(readonly page: Page) {}

  async chooseSlot(name: string): Promise<void> {
    await this.page.getByLabel('Wardrobe slot').selectOption({ label: name });
  }

  tile(name: string) {
    return this.page.getByRole('group', { name: /./ }).getByRole('button', { name, exact: true });
  }

  itemTile(ref: string) {
    return this.page.getByTestId(`wardrobe.item.${ref.replace('/', '.')}`);
  }
}
