/**
 * Content-Security-Policy for the built site: everything from our own origin, no network elsewhere.
 * Injected at startup in production builds (the dev server needs inline scripts for React refresh,
 * so a static meta in index.html would break `vite`). Monaco needs inline styles; workers are
 * same-origin files, `blob:` kept for browsers that wrap module workers.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Adds the CSP meta to <head> once. */
export function installCsp(doc: Document): void {
  if (doc.querySelector('meta[http-equiv="Content-Security-Policy"]')) return;
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = CSP;
  doc.head.prepend(meta);
}
