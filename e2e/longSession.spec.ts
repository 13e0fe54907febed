import { expect, test, type Page } from '@playwright/test';
import { heapUsed } from '../scripts/bench/leaks';
import { StagePage } from './pages/StagePage';
import { builtChoices, sessionEdits, type SessionEdit } from './support/longSession';

/** 300 edits in `npm test`; `npm run long-session` runs 2,000. */
const EDITS = Number(process.env.LONG_SESSION_EDITS ?? 300);
/** Edits run in the page per evaluate call, so a failure names the chunk and progress shows. */
const CHUNK = 50;
/** The same bound as the bench's leakAfterSwaps: the asset cache is filled before the first heap reading. */
const HEAP_GROWTH_LIMIT = 10 * 1024 * 1024;

async function runEdits(page: Page, edits: SessionEdit[]): Promise<{ undoSteps: number; limit: number }[]> {
  return page.evaluate(async (list) => {
    const qa = window.avatarAtelier!;
    const histories: { undoSteps: number; limit: number }[] = [];
    for (const edit of list) {
      if (edit.kind === 'wear') await qa.wear(edit.slot, edit.ref);
      else if (edit.kind === 'body') await qa.setBodyValue(edit.control, edit.value);
      else if (edit.kind === 'colour') await qa.setColour(edit.key, edit.hex);
      else if (edit.kind === 'undo') await qa.undo();
      else if (edit.kind === 'redo') await qa.redo();
      else {
        const bytes = await qa.exportAvatar({ format: edit.format });
        if (new TextDecoder().decode(bytes.subarray(0, 4)) !== 'glTF') throw new Error(`the ${edit.format} export is not a GLB`);
      }
      histories.push(qa.history());
    }
    return histories;
  }, edits);
}

async function resources(page: Page) {
  await page.evaluate(() => window.avatarAtelier!.whenRendered());
  const { geometries, textures, programs } = await page.evaluate(() => window.avatarAtelier!.stats());
  return { geometries, textures, programs };
}

test(`a long session of ${EDITS} random edits: no error, resources back to where they were, heap and undo history bounded`, async ({ page, baseURL }) => {
  test.setTimeout(120_000 + EDITS * 1_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => void (message.type() === 'error' && problems.push(`console error: ${message.text()}`)));
  const origin = new URL(baseURL!).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) problems.push(`request to another host: ${url}`);
  });
  const stage = new StagePage(page);
  await stage.open();
  const choices = builtChoices();
  const start = await stage.manifest();
  const cold = await resources(page);

  // Wear every choice once, so the heap readings compare sessions with the same assets downloaded.
  for (const [slot, refs] of Object.entries(choices.items)) {
    for (const ref of refs) await page.evaluate(([s, r]) => window.avatarAtelier!.wear(s, r), [slot, ref] as const);
  }
  expect(await page.evaluate((m) => window.avatarAtelier!.loadManifest(m), start)).toEqual({ ok: true });
  const heapBefore = await heapUsed(page);

  const edits = sessionEdits(choices, EDITS);
  let mostUndoSteps = 0;
  for (let first = 0; first < edits.length; first += CHUNK) {
    const histories = await runEdits(page, edits.slice(first, first + CHUNK));
    for (const { undoSteps, limit } of histories) {
      expect(undoSteps).toBeLessThanOrEqual(limit);
      mostUndoSteps = Math.max(mostUndoSteps, undoSteps);
    }
    expect(problems, `after edit ${first + histories.length}`).toEqual([]);
  }
  const { limit } = await page.evaluate(() => window.avatarAtelier!.history());
  expect(mostUndoSteps, 'the session is long enough to reach the undo cap').toBe(limit);

  // What the session made is still a valid avatar.
  const ended = await stage.manifest();
  expect(await page.evaluate((m) => window.avatarAtelier!.loadManifest(m), ended)).toEqual({ ok: true });

  expect(await page.evaluate((m) => window.avatarAtelier!.loadManifest(m), start)).toEqual({ ok: true });
  const after = await resources(page);
  const heapGrowth = (await heapUsed(page)) - heapBefore;

  // A reload restores the session's avatar from the save.
  expect(await page.evaluate((m) => window.avatarAtelier!.loadManifest(m), ended)).toEqual({ ok: true });
  await page.reload();
  await page.evaluate(() => window.avatarAtelier!.whenRendered());
  expect(await stage.manifest()).toEqual(ended);

  const exports = edits.filter((edit) => edit.kind === 'export').length;
  const figures = { edits: EDITS, exports, cold, after, heapGrowthMB: +(heapGrowth / 2 ** 20).toFixed(2), mostUndoSteps, limit };
  test.info().annotations.push({ type: 'long session', description: JSON.stringify(figures) });
  console.log(`long session: ${JSON.stringify(figures)}`);
  expect(after.geometries - cold.geometries).toBeLessThanOrEqual(2);
  expect(after.textures - cold.textures).toBeLessThanOrEqual(2);
  expect(heapGrowth).toBeLessThanOrEqual(HEAP_GROWTH_LIMIT);
  expect(problems).toEqual([]);
});
