/** Registers the shell's service worker (built apps only: the dev server serves no `sw.js`). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
      // The app still works online without it; say so in the console for whoever debugs.
      console.warn('The offline shell could not be installed', error);
    });
  });
}
