/**
 * The only script on content pages: registers the service worker (/sw.js, scope /) once the page
 * has loaded, so that it never competes with the page for the network. Kept under 1 kB gzip
 * (scripts/bench/lib/offline-size.ts measures it).
 */
if ('serviceWorker' in navigator) addEventListener('load', () => navigator.serviceWorker.register('/sw.js').catch(() => undefined));
