import type { Page } from '@playwright/test';
import { SavePanel } from './SavePanel';

/** Page object for "Your data" in Save & share: what the browser keeps, and deleting it. */
export class PrivacySection {
  constructor(readonly page: Page) {}

  /** Opens the confirmation and returns the list of what would be deleted. */
  async askToDelete() {
    await new SavePanel(this.page).open();
    await this.page.getByRole('button', { name: 'Delete all my data…' }).click();
    return this.page.getByTestId('privacy.confirm');
  }

  /** Confirms, and waits for the fresh editor the page reloads into. */
  async confirmDelete(): Promise<void> {
    const reloaded = this.page.waitForEvent('load');
    await this.page.getByRole('button', { name: 'Delete everything' }).click();
    await reloaded;
    await this.page.waitForFunction(() => window.avatarAtelier !== undefined);
    await this.page.evaluate(() => window.avatarAtelier!.ready);
  }

  /** Everything the origin keeps: localStorage entries, IndexedDB database names, Cache Storage names. */
  stored() {
    return this.page.evaluate(async () => ({
      localStorage: Object.fromEntries(Object.entries(localStorage)),
      databases: (await indexedDB.databases()).map((database) => database.name),
      caches: await caches.keys(),
    }));
  }
}
