/**
 * Registers public/sw.js (offline support) in production builds only: in development a cache-first
 * worker would serve stale modules. Registration waits for `load` so it never competes with the
 * first paint, and a failure (file://, a host without HTTPS, a privacy mode) is silently ignored:
 * the page works the same, only not offline.
 */
export function registerServiceWorker(win: Window = window, prod: boolean = import.meta.env.PROD): void {
  const container = win.navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!prod || !container) return;
  const register = () => {
    container.register('./sw.js', { scope: './' }).catch(() => {
      /* offline support is an extra; the page itself does not depend on it */
    });
  };
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}
