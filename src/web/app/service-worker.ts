/**
 * Registers the generated service worker, which precaches the app shell so that a repeat visit opens
 * without the network (PERFORMANCE.md P2). It never caches /api/ responses (see vite.config.ts).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  };
  // After the page has loaded, so that the first visit's downloads are not slowed down.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
