/**
 * What the embed protocol's commands do in the app (docs/embed.md): load a manifest, export a file, set up the
 * editor. Each checks everything before changing anything, so a refused command leaves the editor as it was.
 */
import { ExportCommand, type UiConfigCommand } from '../embed/commands';
import type { CommandHandlers, Outcome } from '../embed/frameApi';
import type { ExportedFile } from '../embed/codec';
import { avatarStore, readyPacks } from '../state';
import { editorCategories } from '../ui/categories';
import { currentManifest, loadManifest } from './avatarManifest';
import { loadCorePack } from './corePack';
import { exportAvatar } from './exportAvatar';

/** Theme colours a host may set, and the CSS custom properties of styles.css they replace. */
const THEME_PROPERTIES = { accent: '--accent', accentInk: '--accent-ink', ink: '--ink', inkSoft: '--ink-soft', paper: '--paper', line: '--line' } as const;

export interface EmbedCommands extends CommandHandlers {
  /** What the editor's "Done" button exports (a GLB with default options until the host says otherwise). */
  doneExport(): ExportCommand;
}

async function categoryIds(): Promise<string[]> {
  await loadCorePack();
  return editorCategories([...readyPacks(avatarStore.getState().packs).values()].flatMap((pack) => pack.manifest.slots)).map((category) => category.id);
}

async function exportFile(request: ExportCommand): Promise<ExportedFile> {
  await loadCorePack();
  // Read in the same task as the export reads it, so the manifest describes the file.
  const manifest = currentManifest();
  const file = await exportAvatar(request);
  return { ...file, manifest, format: request.format };
}

export function createEmbedCommands(): EmbedCommands {
  let doneExport = ExportCommand.parse({ format: 'glb' });

  async function configureUi(config: UiConfigCommand): Promise<Outcome> {
    if (config.categories) {
      const known = await categoryIds();
      const unknown = config.categories.filter((id) => !known.includes(id));
      if (unknown.length > 0) return { ok: false, errors: [`categories: no category ${unknown.map((id) => `"${id}"`).join(', ')}; this editor has ${known.join(', ')}`] };
    }
    const store = avatarStore.getState();
    const ui = store.embedUi ?? { doneLabel: null, categories: null };
    store.setEmbedUi({ doneLabel: config.doneLabel ?? ui.doneLabel, categories: config.categories ?? ui.categories });
    if (config.language) store.setLanguage(config.language);
    for (const [key, colour] of Object.entries(config.theme ?? {})) document.documentElement.style.setProperty(THEME_PROPERTIES[key as keyof typeof THEME_PROPERTIES], colour);
    if (config.doneExport) doneExport = config.doneExport;
    return { ok: true };
  }

  return {
    loadAvatar: async (manifest) => {
      const result = await loadManifest(manifest);
      return result.ok ? { ok: true } : result;
    },
    exportAvatar: exportFile,
    configureUi,
    doneExport: () => doneExport,
  };
}
