/** Saves bytes as a file through the browser's download, without leaving the page or contacting a server. */
export function downloadFile(bytes: Uint8Array | Blob, fileName: string, mimeType: string): void {
  const blob = bytes instanceof Blob ? bytes : new Blob([bytes as BlobPart], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object URL; revoking after the current task keeps it valid until then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from the avatar's name: letters, digits and dashes only, never empty. */
export function fileNameFor(avatarName: string, extension: string): string {
  const base = avatarName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `${base || 'avatar'}.${extension}`;
}
