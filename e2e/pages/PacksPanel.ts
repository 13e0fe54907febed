import type { Page } from '@playwright/test';
import { EditorPanel } from './EditorPanel';

/** Page object for the Designer packs category: open a pack, read its report. */
export class PacksPanel {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await new EditorPanel(this.page).openCategory('Designer packs');
  }

  /** Picks a pack file (.zip or .glb) as the file dialog would. */
  async openFile(name: string, bytes: Uint8Array): Promise<void> {
    await this.page.getByTestId('packs.file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  }

  report(packId: string) {
    return this.page.getByTestId(`packs.report.${packId}`);
  }

  /** Finding codes shown for one asset of the report (or the whole pack when `asset` is omitted). */
  async findingCodes(packId: string, asset?: string): Promise<string[]> {
    const scope = asset ? this.report(packId).getByTestId(`packs.asset.${asset}`) : this.report(packId);
    return scope.locator('.finding code').allTextContents();
  }
}
