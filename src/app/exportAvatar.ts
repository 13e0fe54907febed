/**
 * Everything the creator exports, from the current avatar: the GLB and VRM (built from the manifest and the
 * packs, never from the live scene, by the same code as the CLI), the manifest itself, and a PNG portrait.
 * The exporter and its codecs are loaded on first use, so they cost nothing until someone exports.
 */
import { takePortrait } from '../scene/PortraitProbe';
import type { PortraitOptions } from '../scene/portrait';
import { assetLibrary } from '../scene/assets';
import { avatarStore, readyPacks } from '../state';
import { currentManifest } from './avatarManifest';
import type { ExportKind, ExportChoices, ExportStepShown } from '../ui/ExportSection';
import type { ExportProgress } from '../export';
import type { ExportOptionsInput } from '../export/options';
import { downloadFile, fileNameFor } from './download';

export type ModelExportOptions = ExportOptionsInput;

export type ExportRequest =
  | ({ format: 'glb' | 'vrm' } & ModelExportOptions)
  | { format: 'manifest' }
  | ({ format: 'png' } & Partial<PortraitOptions>);

export interface ExportedFile {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
}

const DEFAULT_PORTRAIT: PortraitOptions = { framing: 'face', size: 512, background: 'transparent' };

export async function exportAvatar(request: ExportRequest, progress?: ExportProgress): Promise<ExportedFile> {
  const manifest = currentManifest();
  const name = manifest.meta.name;
  switch (request.format) {
    case 'manifest':
      return { bytes: new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`), fileName: fileNameFor(name, 'avatar.json'), mimeType: 'application/json' };
    case 'png': {
      const blob = await takePortrait({
        framing: request.framing ?? DEFAULT_PORTRAIT.framing,
        size: request.size ?? DEFAULT_PORTRAIT.size,
        background: request.background ?? DEFAULT_PORTRAIT.background,
      });
      return { bytes: new Uint8Array(await blob.arrayBuffer()), fileName: fileNameFor(name, 'png'), mimeType: 'image/png' };
    }
    case 'glb':
    case 'vrm': {
      const { format, ...options } = request;
      const { exportAvatarFile } = await import('../export');
      const sources = { packs: readyPacks(avatarStore.getState().packs), readBytes: (url: string) => assetLibrary.bytes(url) };
      const bytes = await exportAvatarFile(manifest, sources, options, format, progress);
      return { bytes, fileName: fileNameFor(name, format), mimeType: format === 'glb' ? 'model/gltf-binary' : 'model/vrm' };
    }
  }
}

/** The export panel's buttons: makes the file and hands it to the browser's downloads. */
export async function saveExport(kind: ExportKind, choices: ExportChoices, showStep: ExportStepShown): Promise<{ fileName: string; size: number }> {
  const file = await exportAvatar(requestFor(kind, choices), showStep);
  downloadFile(file.bytes, file.fileName, file.mimeType);
  return { fileName: file.fileName, size: file.bytes.length };
}

function requestFor(kind: ExportKind, choices: ExportChoices): ExportRequest {
  if (kind === 'manifest') return { format: 'manifest' };
  if (kind === 'png') return { format: 'png', size: DEFAULT_PORTRAIT.size, framing: choices.portraitFraming, background: choices.portraitBackground };
  const { lod, textureAtlas, morphTargets } = choices;
  // VRM 1.0 rests in the T pose whatever the choice.
  return { format: kind, lod, textureAtlas, morphTargets, pose: kind === 'vrm' ? 'T' : choices.pose };
}
