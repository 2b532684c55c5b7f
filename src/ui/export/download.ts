/** Saving generated files: a Blob URL clicked through a temporary link (no network, works offline). */

/** Offers `content` as a download named `name`. */
export function downloadBlob(name: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has read the URL once the click is handled; keep it a little for slow handlers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name-safe stem from a scenario id or pod name. */
export function fileStem(name: string | null | undefined): string {
  const s = (name ?? '').toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return s || 'podlife';
}
