import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/styles.css';
import { glbReader } from '../scene/assets';
import { firstAvatarSettled } from '../scene/avatarOnStage';
import { firstFrame, nextTask, registerPendingWork, whenStageRendered } from '../scene/stageProbe';
import { App } from './App';
import { CORE_PACK_ID, downloadCorePack, loadCorePack, prefetchFirstAvatar } from './corePack';
import { startEmbedBridge } from './embedBridge';
import { openSharedAvatar } from './sharing';
import { isLanguage } from '../core/language';
import { avatarStore } from '../state';
import { offlineRequested, qaMode, requestedLanguage } from './urlFlags';
import { keepOfflineCopy } from './offlineCopy';
import { loadOtherPacks } from './otherPacks';
import { probeWebGL } from './webgl';
import { syncWithOtherTabs } from './tabSync';

function wearsOnlyCoreItems(): boolean {
  return Object.values(avatarStore.getState().avatar.items).every((ref) => ref.startsWith(`${CORE_PACK_ID}/`));
}

// The QA API's code loads only for ?qa (docs/qa.md: wait for `window.avatarAtelier`): visitors never need it.
if (qaMode) void import('./qaApi').then(({ installQaApi }) => installQaApi());
startEmbedBridge();
syncWithOtherTabs();
if (isLanguage(requestedLanguage)) avatarStore.getState().setLanguage(requestedLanguage);
// pack.json downloads alongside the stage's first frame. The avatar's files, the GLB worker and the pack's check start
// in the task after that frame's: within it, they would hold back its pixels and the responses queued behind it.
downloadCorePack();
const corePackLoaded = firstFrame.then(nextTask).then(() => {
  glbReader.start();
  prefetchFirstAvatar();
  return loadCorePack();
});
corePackLoaded.then(openSharedAvatar, () => {}); // a failed core pack is reported above
// The other packs load once the first avatar stands on the stage (they took the page's thread from it), unless that
// avatar wears their items. A manifest opened sooner loads them first.
const otherPacksLoaded = corePackLoaded.then(() => (wearsOnlyCoreItems() && probeWebGL().available ? firstAvatarSettled() : undefined)).then(loadOtherPacks, () => {});
corePackLoaded.catch((error: Error) => console.error(error.message));
registerPendingWork(() => otherPacksLoaded.then(() => undefined));
// The offline copy downloads the whole app: only once the first avatar is on screen.
if (!qaMode || offlineRequested) corePackLoaded.then(whenStageRendered).then(keepOfflineCopy, () => {});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
