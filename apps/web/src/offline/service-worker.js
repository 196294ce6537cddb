/* The app shell's service worker (a template: the build fills in the file list and version).
 * The shell (HTML, scripts, styles, icons) is served from the cache, so the app opens with no
 * network; GraphQL, photos and sign-in always go to the network: data is never served stale here. */
const SHELL_FILES = self.__SHELL_FILES__;
const CACHE = `erqi-shell-${self.__SHELL_VERSION__}`;
const NETWORK_ONLY = ['/graphql', '/photos', '/app-config.json', '/dev/', '/health', '/explorer'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL_FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('erqi-shell-') && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (NETWORK_ONLY.some((prefix) => url.pathname.startsWith(prefix))) return;
  if (event.request.mode === 'navigate') {
    // A page: the network's newest when it answers, else the cached shell (the app routes itself).
    event.respondWith(fetch(event.request).catch(() => caches.match('/', { cacheName: CACHE })));
    return;
  }
  event.respondWith(
    caches
      .match(event.request, { cacheName: CACHE })
      .then((cached) => cached ?? fetch(event.request)),
  );
});
