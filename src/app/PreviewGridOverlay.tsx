import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { NO_INSPECTION, type Inspection } from '../core/itemInspection';
import { gridReport } from '../scene/preview/gridReport';
import { PreviewGridCanvas } from '../scene/preview/PreviewGridCanvas';
import { readyPacks, useAvatarStore } from '../state';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { PreviewGridDialog } from '../ui/preview/PreviewGridDialog';

/** The pack whose body the grid's avatars are built on. */
const BODY_PACK_ID = 'core';

interface PreviewGridOverlayProps {
  /** The browser renders WebGL on the CPU (see PreviewGridCanvas). */
  software: boolean;
}

/** The preview grid over the whole window while an item is previewed: the dialog (UI) around its canvas (scene). */
export function PreviewGridOverlay({ software }: PreviewGridOverlayProps) {
  const itemRef = useAvatarStore((s) => s.previewItem);
  const setPreviewItem = useAvatarStore((s) => s.setPreviewItem);
  const packEntries = useAvatarStore((s) => s.packs);
  const packs = useMemo(() => readyPacks(packEntries), [packEntries]);
  const view = useStore(gridReport);
  const [inspection, setInspection] = useState<Inspection>(NO_INSPECTION);
  if (!itemRef) return null;
  const bodyPack = packs.get(BODY_PACK_ID);
  return (
    <PreviewGridDialog itemRef={itemRef} view={view} inspection={inspection} onInspect={setInspection} onClose={() => setPreviewItem(null)}>
      <ErrorBoundary area="stage">
        {bodyPack ? <PreviewGridCanvas key={itemRef} itemRef={itemRef} packs={packs} bodyPack={bodyPack} inspection={inspection} software={software} /> : null}
      </ErrorBoundary>
    </PreviewGridDialog>
  );
}
