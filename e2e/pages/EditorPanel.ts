import type { Page } from '@playwright/test';

/** Page object for the editor panel's category tabs. */
export class EditorPanel {
  constructor(readonly page: Page) {}

  /** Opens a category by its visible name ("Body", "Hair", "Save & share"…). */
  async openCategory(name: string): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
  }
}
