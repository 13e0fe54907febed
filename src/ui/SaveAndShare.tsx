import { CreditsSection } from './CreditsSection';
import { DeleteDataSection } from './DeleteDataSection';
import type { EditorActions } from './EditorPanel';
import { ExportSection } from './ExportSection';
import { ShareSection } from './ShareSection';

/** The "Save & share" tab: export, share links, credits and the user's stored data. */
export function SaveAndShare({ actions }: { actions: EditorActions }) {
  return (
    <>
      <ExportSection save={actions.saveExport} />
      <ShareSection copyShareLink={actions.copyShareLink} importManifestFile={actions.importManifestFile} />
      <CreditsSection />
      <DeleteDataSection storedData={actions.storedData} deleteAllData={actions.deleteAllData} />
    </>
  );
}
