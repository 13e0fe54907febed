/**
 * Share links and manifest files: what the editor's Share and Import buttons do, and opening a shared avatar
 * when the page starts with one. Problems become notices in plain words; the current avatar stays.
 */
import { avatarStore } from '../state';
import { currentManifest, openManifest } from './avatarManifest';

/** The share-link codec (and its compressor) loads when a link is made or opened: most visits do neither. */
const shareCodec = () => import('../core/shareLink');

/** A link to this page that opens the current avatar. */
export async function shareLink(): Promise<string> {
  const { encodeShareFragment } = await shareCodec();
  return `${location.origin}${location.pathname}#${encodeShareFragment(currentManifest())}`;
}

/** Copies the share link; where the clipboard is not allowed, the notice shows the link to copy by hand. */
export async function copyShareLink(): Promise<string> {
  const link = await shareLink();
  const copied = await navigator.clipboard?.writeText(link).then(
    () => true,
    () => false,
  );
  avatarStore.getState().setNotice(copied ? { tone: 'info', text: 'share.copied' } : { tone: 'info', text: 'share.copyByHand', values: { link } });
  return link;
}

/** Opens the avatar of a share link the page was opened with, then takes the fragment off the address. */
export async function openSharedAvatar(): Promise<void> {
  if (!location.hash) return;
  const decoded = (await shareCodec()).decodeShareFragment(location.hash);
  if (!decoded) return;
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  const opened = decoded.ok ? await openManifest(decoded.value) : decoded;
  reportOpened(opened, 'share');
}

/** Imports a manifest file (button or drop). */
export async function importManifestFile(file: File): Promise<void> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return reportOpened({ ok: false, errors: ['it is not a JSON file'] }, 'import', file.name);
  }
  reportOpened(await openManifest(json), 'import', file.name);
}

function reportOpened(result: Awaited<ReturnType<typeof openManifest>>, how: 'share' | 'import', file = ''): void {
  const { setNotice } = avatarStore.getState();
  if (!result.ok) return setNotice({ tone: 'error', text: `${how}.failed`, values: { file, reason: result.errors.slice(0, 3).join('; ') } });
  const { skipped } = result.value;
  if (skipped.length > 0) return setNotice({ tone: 'info', text: `${how}.openedWithout`, values: { file, items: skipped.join(', ') } });
  setNotice({ tone: 'info', text: `${how}.opened`, values: { file } });
}
