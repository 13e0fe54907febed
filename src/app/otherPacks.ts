import { loadCorePack } from './corePack';
import { openStartupPacks } from './designerPackActions';
import { loadShippedPacks } from './shippedPacks';
import { requestedPacks } from './urlFlags';

let otherPacks: Promise<void> | null = null;

/**
 * Loads, once, the packs besides the core one: those shipped with the app, those named in the URL and those saved in
 * the browser. They load after the core pack: designer packs are checked against its skeleton.
 */
export function loadOtherPacks(): Promise<void> {
  otherPacks ??= loadCorePack()
    .then(() => Promise.all([loadShippedPacks(), openStartupPacks(requestedPacks)]))
    .then(() => undefined);
  return otherPacks;
}
