import { expect, type Frame, type Page } from '@playwright/test';

/** Page object for the example host pages of examples/host/ and the creator they embed. */
export class EmbedHostPage {
  constructor(readonly page: Page) {}

  /** Opens a host page (served at `hostOrigin`) that embeds the creator at `creatorUrl`. */
  async open(hostOrigin: string, file: 'index.html' | 'rpm.html', creatorUrl: string): Promise<void> {
    await this.page.goto(`${hostOrigin}/examples/host/${file}?creator=${encodeURIComponent(creatorUrl)}`);
  }

  /** The embedded creator, for roles and labels. */
  creator() {
    return this.page.frameLocator('iframe[title="Avatar creator"]');
  }

  /** The embedded creator's frame once its QA API is up (the creator URL has `?qa`), for its QA API. */
  async creatorFrame(): Promise<Frame> {
    const frame = await (await this.page.locator('iframe[title="Avatar creator"]').elementHandle())!.contentFrame();
    await frame!.waitForFunction(() => window.avatarAtelier !== undefined);
    await frame!.evaluate(() => window.avatarAtelier!.ready);
    return frame!;
  }

  events() {
    return this.page.getByRole('list', { name: 'Events received' });
  }

  /** Wears an item through the creator's UI, as a user would. */
  async wearThroughUi(category: string, item: string): Promise<void> {
    await this.creator().getByRole('tab', { name: category, exact: true }).click();
    await this.creator().getByRole('button', { name: item, exact: true }).click();
    await expect(this.creator().getByRole('button', { name: item, exact: true })).toHaveAttribute('aria-pressed', 'true');
  }

  /** Records every message the host page receives, from its first script on. */
  async recordMessages(): Promise<void> {
    await this.page.addInitScript(() => {
      const received: unknown[] = [];
      (window as unknown as { received: unknown[] }).received = received;
      window.addEventListener('message', (event) => received.push(event.data));
    });
  }

  async receivedMessages(): Promise<unknown[]> {
    return this.page.evaluate(() => (window as unknown as { received: unknown[] }).received);
  }
}
