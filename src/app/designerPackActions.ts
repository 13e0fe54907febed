/** The designer-pack actions, their code loaded on first use: most visitors never open a pack. */
const designerPacks = () => import('./designerPacks');

export const designerPackActions = {
  openPackFiles: async (files: File[]) => (await designerPacks()).openPackFiles(files),
  openPackUrl: async (url: string) => (await designerPacks()).openPackUrl(url),
  removePack: async (id: string) => (await designerPacks()).removePack(id),
  reloadPack: async (id: string) => (await designerPacks()).reloadPack(id),
  chooseDraftSlot: async (id: string, slot: string) => (await designerPacks()).chooseDraftSlot(id, slot),
  downloadPackReport: (id: string) => void designerPacks().then((module) => module.downloadPackReport(id)),
};

/** Loads the packs kept from earlier visits and those the URL names (`?pack=`), after the core pack. */
export async function openStartupPacks(urls: readonly string[]): Promise<void> {
  const module = await designerPacks();
  await Promise.all([module.restoreSavedPacks(), ...urls.map(module.openPackUrl)]);
}

/** Whether a dropped file is a pack rather than an avatar manifest. */
export function isPackFile(file: File): boolean {
  return /\.(zip|glb|gltf)$/i.test(file.name);
}
