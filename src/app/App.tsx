import { lazy, Suspense, type DragEvent } from 'react';
import { useStore } from 'zustand';
import { AvatarView } from '../scene/AvatarView';
import { Stage } from '../scene/Stage';
import { EditorPanel } from '../ui/EditorPanel';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { WebGLUnavailable } from '../ui/WebGLUnavailable';
import { StagePlaceholder } from '../ui/StagePlaceholder';
import { avatarOnStage } from '../scene/avatarOnStage';
import { saveExport } from './exportAvatar';
import { UNREADABLE_SAVE_KEY, useAvatarStore } from '../state';
import { downloadFile } from './download';
import { designerPackActions, isPackFile } from './designerPackActions';
import { finishEmbedded } from './embedBridge';
import { preloadItem } from './preloadItem';
import { thumbnailFor } from './thumbnails';
import { copyShareLink, importManifestFile } from './sharing';
import { deleteAllData, storedData } from './storedData';
import { qaMode } from './urlFlags';
import { probeWebGL } from './webgl';

/** The designers' preview grid loads when first opened. */
const PreviewGridOverlay = lazy(() => import('./PreviewGridOverlay').then((module) => ({ default: module.PreviewGridOverlay })));

const webgl = probeWebGL();
/**
 * Idle motion redraws every frame: only where frames are cheap (a GPU) and welcome (no reduced-motion wish).
 * Without it the stage draws only when something changed.
 */
const idleMotion = !qaMode && !webgl.software && !window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The save that could not be read, as it was stored, for the user to keep or report. */
function downloadUnreadableSave(): void {
  downloadFile(new TextEncoder().encode(localStorage.getItem(UNREADABLE_SAVE_KEY) ?? ''), 'avatar-atelier-unreadable-save.json', 'application/json');
}

const EDITOR_ACTIONS = {
  ...{ saveExport, copyShareLink, importManifestFile, downloadUnreadableSave, preloadItem, thumbnailFor, finishEmbedded, storedData, deleteAllData },
  ...designerPackActions,
};

/** A file dropped anywhere on the page opens as what it is: a pack (zip, GLB) or an avatar manifest. */
function dropFile(event: DragEvent): void {
  const file = event.dataTransfer.files[0];
  if (!file) return;
  event.preventDefault();
  void (isPackFile(file) ? designerPackActions.openPackFiles([file]) : importManifestFile(file));
}

/** The silhouette until the avatar stands on the stage: only this re-renders when it arrives, not the whole page. */
function PlaceholderUntilAvatar() {
  const avatarShown = useStore(avatarOnStage, (s) => s.shown);
  return avatarShown ? null : <StagePlaceholder />;
}

/** Composition root: the stage and the editor panel, each behind its own error boundary, and the preview grid. */
export function App() {
  // The grid covers the stage: its idle motion would only take frames from the grid.
  const previewing = useAvatarStore((s) => s.previewItem !== null);
  return (
    <div className="app" onDragOver={(event) => event.dataTransfer.types.includes('Files') && event.preventDefault()} onDrop={dropFile}>
      <main className="stage" data-testid="stage">
        <ErrorBoundary area="stage">
          {webgl.available ? (
            <Stage smoothCamera={!qaMode} idleMotion={idleMotion && !previewing} software={webgl.software}>
              <AvatarView idleMotion={idleMotion} />
            </Stage>
          ) : (
            <WebGLUnavailable />
          )}
        </ErrorBoundary>
        {webgl.available ? <PlaceholderUntilAvatar /> : null}
      </main>
      <ErrorBoundary area="panel">
        <EditorPanel actions={EDITOR_ACTIONS} />
      </ErrorBoundary>
      {previewing && webgl.available ? (
        <Suspense fallback={null}>
          <PreviewGridOverlay software={webgl.software} />
        </Suspense>
      ) : null}
    </div>
  );
}
