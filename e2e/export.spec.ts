import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { blockingIssues, validateGlb } from '../scripts/bake/gltfValidation';
import type { AvatarManifest } from '../src/core/manifest';
import { exportAvatarFile } from '../src/export';
import { packsFromFolder, useNodeCodecs } from '../src/export/node';
import { SavePanel } from './pages/SavePanel';
import { StagePage } from './pages/StagePage';
import type { ViewedModel, ViewOptions } from './viewer/modelViewer';
import { viewerScript } from './viewer/bundleViewer';

/** Opens a blank page with three.js, GLTFLoader and @pixiv/three-vrm, loads the file there and reports what it found. */
async function viewInThree(page: Page, bytes: Uint8Array, options: ViewOptions): Promise<ViewedModel> {
  await page.setContent('<!doctype html><body style="margin:0"><canvas></canvas></body>');
  await page.addScriptTag({ content: await viewerScript(), type: 'module' });
  await page.waitForFunction(() => 'viewModel' in window);
  return page.evaluate(
    ([data, view]) => (window as unknown as { viewModel: (b: string, o: ViewOptions) => Promise<ViewedModel> }).viewModel(data, view),
    [Buffer.from(bytes).toString('base64'), options] as const,
  );
}

test('the manifest downloads from the editor and loads back into the same avatar', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await stage.whenRendered();
  const before = await page.evaluate(() => window.avatarAtelier!.getManifest());
  const download = await new SavePanel(page).download('manifest');
  expect(download.name).toMatch(/\.avatar\.json$/);
  const saved = JSON.parse(download.bytes.toString('utf8')) as typeof before;
  expect(saved).toEqual(before);
  expect(saved.packs[0]?.hash).toMatch(/^sha256-/);
  await expect(page.getByTestId('export.status')).toContainText('Saved');

  await page.evaluate(() => window.avatarAtelier!.wear('hair', 'core/afro01'));
  expect(await page.evaluate((manifest) => window.avatarAtelier!.loadManifest(manifest), saved)).toEqual({ ok: true });
  await stage.whenRendered();
  expect(await page.evaluate(() => window.avatarAtelier!.getManifest())).toEqual(before);
});

test('a portrait is a square PNG of the face with a transparent background, and the stage does not change', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await stage.whenRendered();
  const stageBefore = await stage.canvas().screenshot();
  const bytes = await stage.exportBytes({ format: 'png', framing: 'face', size: 256, background: 'transparent' });
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  expect([info.width, info.height, info.channels]).toEqual([256, 256, 4]);
  const alphaAt = (x: number, y: number) => data[(y * info.width + x) * 4 + 3]!;
  expect(alphaAt(2, 2)).toBe(0); // background corner
  expect(alphaAt(128, 128)).toBe(255); // the face in the middle
  await stage.whenRendered();
  expect((await stage.canvas().screenshot()).equals(stageBefore)).toBe(true);

  const body = await sharp(await stage.exportBytes({ format: 'png', framing: 'body', size: 256, background: '#ffffff' })).raw().toBuffer({ resolveWithObject: true });
  const pixel = (x: number, y: number) => Array.from(body.data.subarray((y * body.info.width + x) * 4, (y * body.info.width + x) * 4 + 4));
  expect(pixel(2, 2)).toEqual([255, 255, 255, 255]); // solid white background
  const rowsWithAvatar = Array.from({ length: 256 }, (_, y) => y).filter((y) => Array.from({ length: 256 }, (_, x) => pixel(x, y)).some(([r, g, b]) => r! + g! + b! < 600));
  expect(rowsWithAvatar.length).toBeGreaterThan(256 * 0.7); // head to feet fill most of the height
});

test('GLB and VRM download from the export panel; the VRM loads in three-vrm with its humanoid, the GLB with its morph targets', async ({ page, context }) => {
  const stage = new StagePage(page);
  await stage.open();
  await stage.whenRendered();
  const glb = await new SavePanel(page).download('glb');
  expect(glb.name).toMatch(/\.glb$/);
  await expect(page.getByTestId('export.status')).toContainText(`Saved ${glb.name}`);
  expect(blockingIssues(await validateGlb(glb.bytes))).toEqual([]);
  const vrm = await new SavePanel(page).download('vrm');
  expect(vrm.name).toMatch(/\.vrm$/);

  const viewer = await context.newPage();
  const model = await viewInThree(viewer, vrm.bytes, { framing: 'body' });
  const required = ['hips', 'spine', 'head', 'leftUpperLeg', 'leftLowerLeg', 'leftFoot', 'rightUpperLeg', 'rightLowerLeg', 'rightFoot', 'leftUpperArm', 'leftLowerArm', 'leftHand', 'rightUpperArm', 'rightLowerArm', 'rightHand'];
  expect(model.vrm?.specVersion).toBe('1');
  expect(model.vrm?.humanBones).toEqual(expect.arrayContaining([...required, 'neck', 'chest', 'leftEye', 'rightEye', 'leftThumbProximal']));
  expect(model.vrm?.expressions).toEqual(expect.arrayContaining(['blink', 'aa', 'ih', 'ou', 'ee', 'oh', 'happy']));
  expect(model.height).toBeGreaterThan(1.4);
  const glbModel = await viewInThree(viewer, glb.bytes, { framing: 'face', morph: { name: 'viseme_aa', weight: 1 } });
  expect(glbModel.meshes.flatMap((mesh) => mesh.morphTargets)).toEqual(expect.arrayContaining(['viseme_sil', 'viseme_aa', 'viseme_U', 'mouthOpen', 'eyesClosed']));
});

test('the browser and Node export identical bytes, and a reloaded manifest gives the same GLB again', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await stage.whenRendered();
  const exportGlb = () => stage.exportBytes({ format: 'glb', morphTargets: 'all' });
  const inBrowser = await exportGlb();
  const manifest = JSON.parse((await new SavePanel(page).download('manifest')).bytes.toString('utf8')) as AvatarManifest;

  useNodeCodecs();
  const inNode = await exportAvatarFile(manifest, await packsFromFolder(manifest, 'dist/packs'), { morphTargets: 'all' }, 'glb');
  expect(inBrowser.equals(Buffer.from(inNode))).toBe(true);

  await page.evaluate(() => window.avatarAtelier!.wear('hair', 'core/afro01'));
  expect((await exportGlb()).equals(inBrowser)).toBe(false);
  expect(await page.evaluate((saved) => window.avatarAtelier!.loadManifest(saved), manifest)).toEqual({ ok: true });
  expect((await exportGlb()).equals(inBrowser)).toBe(true);
});

test('an invalid export request is refused in plain words and the avatar stays as it was', async ({ page }) => {
  const stage = new StagePage(page);
  await stage.open();
  await stage.whenRendered();
  const before = await page.evaluate(() => window.avatarAtelier!.getManifest());
  const error = await page.evaluate(() => window.avatarAtelier!.exportAvatar({ format: 'glb', lod: 9 } as never).then(() => '', (e: Error) => e.message));
  expect(error).toMatch(/options\.lod/);
  expect(await page.evaluate(() => window.avatarAtelier!.getManifest())).toEqual(before);
});
