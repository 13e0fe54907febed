/** Which archive entry names are safe pack paths, which are noise, and where the pack's root is. */

/** Why an entry name is unsafe to use as a path inside the pack, or null when it is safe. */
export function unsafePathReason(name: string): string | null {
  if (name.includes('\0')) return 'contains a NUL character';
  if (name.includes('\\')) return 'uses backslashes';
  if (name.startsWith('/')) return 'is an absolute path';
  if (/^[a-zA-Z]:/.test(name)) return 'starts with a drive letter';
  if (name.split('/').includes('..')) return 'climbs out of the pack with ".."';
  return null;
}

/** Folders and files that archivers add on their own (macOS resource forks, Finder and Explorer caches). */
export function isArchiveNoise(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1);
  return name.endsWith('/') || name.startsWith('__MACOSX/') || base === '.DS_Store' || base === 'Thumbs.db' || base === 'desktop.ini';
}

/** The pack root: "" when pack.json is at the top, "folder/" when the archive holds one folder with pack.json in it. */
export function packRoot(names: readonly string[]): string {
  if (names.includes('pack.json')) return '';
  const tops = new Set(names.map((name) => (name.includes('/') ? name.slice(0, name.indexOf('/') + 1) : name)));
  const [top] = tops;
  return tops.size === 1 && top!.endsWith('/') && names.includes(`${top}pack.json`) ? top! : '';
}
