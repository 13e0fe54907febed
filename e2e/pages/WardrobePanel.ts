import type { Page } from '@playwright/test';
import { EditorPanel } from './EditorPanel';

/** Page object for a wardrobe category: its tab and its grids of item tiles. */
export class WardrobePanel {
  constructor(readonly page: Page) {}

  /** Opens the category that holds a slot (its tab is named after it: "Hair", "Outfit"…). */
  async chooseSlot(name: string): Promise<void> {
    await new EditorPanel(this.page).openCategory(name);
  }

  itemTile(ref: string) {
    return this.page.getByTestId(`wardrobe.item.${ref.replace('/', '.')}`);
  }
}
