import { expect, type Page } from '@playwright/test';
import sharp from 'sharp';

const STAGE_BACKGROUND: [number, number, number] = [0xdc, 0xd8, 0xd1];
/** The gap between the grid's cells (CELL_GAP in src/scene/preview/gridLayout.ts). */
const CELL_GAP = 4;

type Inspection = { wireframe: 'off' | 'item' | 'all'; skeleton: boolean; bounds: boolean };

/** Page object for the preview grid: its dialog, switches, statistics and canvas, and the QA API's grid calls. */
export class PreviewGridPanel {
  constructor(readonly page: Page) {}

  /** The "Preview on 6 bodies" button of the item worn in a slot. */
  previewButton(slot: string) {
    return this.page.getByTestId(`wardrobe.preview.${slot}`);
  }

  dialog() {
    return this.page.getByTestId('previewGrid.dialog');
  }

  canvas() {
    return this.page.getByTestId('previewGrid.canvas').locator('canvas');
  }

  /** One statistic beside the grid ("triangles", "drawCalls", "wearing"…). */
  stat(id: string) {
    return this.page.getByTestId(`previewGrid.stats.${id}`);
  }

  /** Opens the grid on the item worn in a slot, through its button, and waits until all six bodies show it. */
  async openFromWardrobe(slot: string): Promise<void> {
    await this.previewButton(slot).click();
    await expect(this.dialog()).toBeVisible();
    await expect.poll(async () => (await this.stats()).status, { timeout: 30_000 }).toBe('shown');
  }

  async stats() {
    return this.page.evaluate(() => window.avatarAtelier!.previewGridStats());
  }

  /** Clicks a switch ("Item", "Skeleton"…) and waits for a frame that shows the helpers it asked for. */
  async inspect(button: string, expected: Partial<Inspection>): Promise<void> {
    await this.dialog().getByRole('button', { name: button, exact: true }).click();
    await expect.poll(async () => (await this.stats()).inspection).toMatchObject(expected);
    await this.page.evaluate(() => window.avatarAtelier!.previewGridNextFrame());
  }

  async picture(): Promise<Buffer> {
    return this.canvas().screenshot();
  }

  /**
   * For each cell, the number of separate figures in it: runs of pixel columns, at least a twentieth of the cell
   * wide, that differ from the stage background below the cell's name.
   */
  async figuresPerCell(): Promise<number[]> {
    const { cells, width, height, differs } = await this.cellPixels();
    return cells.map((cell) => {
      const columns = Array.from({ length: Math.floor(width) - 2 }, (_, dx) => {
        for (let y = cell.y + Math.round(height * 0.15); y < cell.y + height - 2; y += 1) if (differs(cell.x + 1 + dx, y)) return true;
        return false;
      });
      return runs(columns).filter((run) => run >= width / 20).length;
    });
  }

  /** For each cell, how far down (a fraction of its height) the highest pixel of its figure is, seen in its middle third. */
  async figureTops(): Promise<number[]> {
    const { cells, width, height, differs } = await this.cellPixels();
    return cells.map((cell) => {
      for (let y = cell.y + Math.round(height * 0.15); y < cell.y + height; y += 1) {
        for (let x = cell.x + Math.round(width / 3); x < cell.x + (2 * width) / 3; x += 1) if (differs(x, y)) return (y - cell.y) / height;
      }
      return 1;
    });
  }

  /** The canvas's pixels, its cells (as the QA API reports the layout) and a test for "not the stage background". */
  private async cellPixels() {
    const { layout } = await this.stats();
    const { data, info } = await sharp(await this.picture()).raw().toBuffer({ resolveWithObject: true });
    const width = (info.width - CELL_GAP * (layout.columns - 1)) / layout.columns;
    const height = (info.height - CELL_GAP * (layout.rows - 1)) / layout.rows;
    const cells = Array.from({ length: layout.columns * layout.rows }, (_, i) => ({
      x: Math.round((i % layout.columns) * (width + CELL_GAP)),
      y: Math.round(Math.floor(i / layout.columns) * (height + CELL_GAP)),
    }));
    const differs = (x: number, y: number) => {
      const at = (y * info.width + x) * info.channels;
      return Math.abs(data[at]! - STAGE_BACKGROUND[0]) + Math.abs(data[at + 1]! - STAGE_BACKGROUND[1]) + Math.abs(data[at + 2]! - STAGE_BACKGROUND[2]) > 30;
    };
    return { cells, width, height, differs };
  }
}

/** Lengths of the runs of `true` in a row of flags. */
function runs(flags: boolean[]): number[] {
  const lengths: number[] = [];
  let length = 0;
  for (const flag of [...flags, false]) {
    if (flag) {
      length += 1;
    } else if (length > 0) {
      lengths.push(length);
      length = 0;
    }
  }
  return lengths;
}
