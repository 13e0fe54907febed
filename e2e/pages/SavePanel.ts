import { expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { EditorPanel } from './EditorPanel';

/** Page object for the Save & share category: exports, the share link and manifest import. */
export class SavePanel {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    if (!(await this.page.getByTestId('export.glb').isVisible())) await new EditorPanel(this.page).openCategory('Save & share');
  }

  /** Presses an export button ("glb", "vrm", "manifest", "png") and returns the downloaded file. */
  async download(kind: 'glb' | 'vrm' | 'manifest' | 'png'): Promise<{ name: string; bytes: Buffer }> {
    await this.open();
    const downloading = this.page.waitForEvent('download');
    await this.page.getByTestId(`export.${kind}`).click();
    const download = await downloading;
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }

  status() {
    return this.page.getByTestId('export.status');
  }

  /** Copies the share link and reads it back from the clipboard (the context needs clipboard permissions). */
  async copyShareLink(): Promise<string> {
    await this.open();
    await this.page.evaluate(() => navigator.clipboard.writeText(''));
    await this.page.getByRole('button', { name: 'Copy share link' }).click();
    const read = () => this.page.evaluate(() => navigator.clipboard.readText());
    // The link's codec loads on first use: the clipboard fills a moment after the click.
    await expect.poll(read).not.toBe('');
    return read();
  }

  async importFile(name: string, content: string | Buffer): Promise<void> {
    await this.open();
    await this.page.getByTestId('import.file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  }
}
