import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/styles.css';
import { firstFrame, registerPendingWork, whenStageRendered } from '../scene/stageProbe';
import { App } from './App';
import { loadCorePack, prefetchCorePack } from './corePack';
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
// The stage paints first; the avatar's parsing starts right after, off the first frame's path (pack.json and the
// avatar's files download alongside the first frame).
prefetchCorePack();
const corePackLoaded = firstFrame.then(() => loadCorePack());
corePackLoaded.then(openSharedAvatar, () => {}); // a failed core pack is reported above
// Shipped and designer packs load once the core pack is in (designer packs are checked against its skeleton).
corePackLoaded.then(() => Promise.all([loadShippedPacks(), openStartupPacks(requestedPacks)]), () => {});
corePackLoaded.catch((error: Error) => console.error(error.message));
registerPendingWork(() => corePackLoaded.then(() => undefined));
// The offline copy downloads the whole app: only once the first avatar is on screen.
if (!qaMode || offlineRequested) corePackLoaded.then(whenStageRendered).then(keepOfflineCopy, () => {});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
