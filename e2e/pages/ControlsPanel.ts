import type { Page } from '@playwright/test';
import { EditorPanel } from './EditorPanel';

/** Page object for the Body and Face categories: sliders in named groups, each with its reset. */
export class ControlsPanel {
  constructor(readonly page: Page) {}

  async open(category: 'Body' | 'Face'): Promise<void> {
    await new EditorPanel(this.page).openCategory(category);
  }

  slider(name: string) {
    return this.page.getByRole('slider', { name, exact: true });
  }

  /** Moves a slider with the keyboard, as a user can: "End", "Home", "ArrowRight"… */
  async press(name: string, key: string): Promise<void> {
    await this.slider(name).focus();
    await this.slider(name).press(key);
  }

  /** Resets one control by its label's short name ("Nose" for the nose controls' reset…). */
  async resetControl(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Reset ${name}`, exact: true }).click();
  }
}
