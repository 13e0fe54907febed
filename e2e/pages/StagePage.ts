import { expect, type Page } from '@playwright/test';
import sharp from 'sharp';

/** Page object for the 3D stage and the QA API. */
export class StagePage {
  constructor(readonly page: Page) {}

  /** Opens the app in QA mode and waits for the first rendered frame. */
  async open(query = ''): Promise<void> {
    await this.page.goto(`/?qa${query ? `&${query}` : ''}`);
    await this.page.waitForFunction(() => window.avatarAtelier !== undefined);
    await this.page.evaluate(() => window.avatarAtelier!.ready);
  }

  canvas() {
    return this.page.getByTestId('stage').locator('canvas');
  }

  async whenRendered(): Promise<void> {
    await this.page.evaluate(() => window.avatarAtelier!.whenRendered());
  }

  /** The current avatar, as the QA API reports it. */
  async manifest() {
    return this.page.evaluate(() => window.avatarAtelier!.getManifest());
  }

  async stats() {
    return this.page.evaluate(() => window.avatarAtelier!.stats());
  }

  /**
   * Share of canvas pixels that differ clearly from the stage background colour, within a band of rows given as
   * fractions of the canvas height (the whole canvas by default).
   */
  async foregroundShare(background: [number, number, number], rows: [number, number] = [0, 1]): Promise<number> {
    await this.whenRendered();
    const png = await this.canvas().screenshot();
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const [first, last] = [Math.floor(rows[0] * info.height), Math.ceil(rows[1] * info.height)];
    let differing = 0;
    for (let i = first * info.width * info.channels; i < last * info.width * info.channels; i += info.channels) {
      const distance = Math.abs(data[i]! - background[0]) + Math.abs(data[i + 1]! - background[1]) + Math.abs(data[i + 2]! - background[2]);
      if (distance > 30) differing += 1;
    }
    return differing / (info.width * (last - first));
  }

  /** The QA API's export, moved out of the page as base64 (an array of numbers takes seconds for a few MB). */
  async exportBytes(request: Parameters<NonNullable<typeof window.avatarAtelier>['exportAvatar']>[0]): Promise<Buffer> {
    const base64 = await this.page.evaluate(async (req) => {
      const bytes = await window.avatarAtelier!.exportAvatar(req);
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(text);
    }, request);
    return Buffer.from(base64, 'base64');
  }

  async expectReady(): Promise<void> {
    await expect(this.canvas()).toBeVisible();
  }
}
