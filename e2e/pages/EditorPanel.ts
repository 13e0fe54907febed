import type { Page } from '@playwright/test';

/** Page object for the editor panel's frame: category tabs, history and the language.select. */
export class EditorPanel {
  constructor(readonly page: Page) {}

  /** Opens a category by its visible name ("Body", "Hair", "Save & share"…). */
  async openCategory(name: string): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
  }

  undoButton() {
    return this.page.getByTestId('history.undo');
  }

  async undo(): Promise<void> {
    await this.undoButton().click();
  }

  async redo(): Promise<void> {
    await this.page.getByTestId('history.redo').click();
  }

  /** Picks the editor's language by its code ("en", "fr") in the switch, whatever language it shows now. */
  async switchLanguage(code: string): Promise<void> {
    await this.page.getByTestId('language.select').selectOption(code);
  }
}
