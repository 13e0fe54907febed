import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/styles.css';
import { glbReader } from '../scene/assets';
import { firstFrame, nextTask, registerPendingWork, whenStageRendered } from '../scene/stageProbe';
import { App } from './App';
import { downloadCorePack, loadCorePack, prefetchFirstAvatar } from './corePack';
import { startEmbedBridge } from './embedBridge';
import { installQaApi } from './qaApi';
import { openSharedAvatar } from './sharing';
import { isLanguage } from '../core/language';
import { avatarStore } from '../state';
import { offlineRequested, qaMode, requestedLanguage, requestedPacks } from './urlFlags';
import { openStartupPacks } from './designerPackActions';
import { keepOfflineCopy } from './offlineCopy';
import { loadShippedPacks } from './shippedPacks';
import { syncWithOtherTabs } from './tabSync';

if (qaMode) installQaApi();
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
// Shipped and designer packs load once the core pack is in (designer packs are checked against its skeleton).
const otherPacksLoaded = corePackLoaded.then(() => Promise.all([loadShippedPacks(), openStartupPacks(requestedPacks)]), () => {});
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
