import type { Page } from '@playwright/test';
import { EditorPanel } from './EditorPanel';

/** Page object for the Presets category: ready-made avatars, Surprise me and the way back to a preset. */
export class PresetsPanel {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await new EditorPanel(this.page).openCategory('Presets');
  }

  /** Chooses a preset by its visible name ("Kofi"). */
  async choose(name: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Presets' }).getByRole('button', { name, exact: true }).click();
  }

  async surpriseMe(): Promise<void> {
    await this.page.getByRole('button', { name: 'Surprise me' }).click();
  }

  resetButton() {
    return this.page.getByTestId('preset.reset');
  }
}
