import { rememberSaved } from './saved-pages';

/**
 * "Save for offline": asks the service worker to cache this page and its downloads (/media/…
 * links in the main content) through its own routes (Workbox's CACHE_URLS message), waits until
 * each is in a cache, then records the page for the offline page's list. The button shows once
 * a service worker is active for the page (never in drafts' previews, which have none).
 */
export function enhanceSaveButton(button: HTMLButtonElement, status: HTMLElement) {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  void navigator.serviceWorker.ready.then(() => {
    button.hidden = false;
  });
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = button.dataset.saving ?? '';
    const main = document.getElementById('main');
    const media = [...(main?.querySelectorAll<HTMLAnchorElement>('a[href^="/media/"]') ?? [])].map((a) => a.href);
    const urls = [location.href.split('#')[0]!, ...new Set(media)];
    try {
      const worker = (await navigator.serviceWorker.ready).active;
      if (!worker) throw new Error('no active service worker');
      await new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        worker.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: urls } }, [channel.port2]);
      });
      // The worker answers once the responses are in; their cache writes may finish just after.
      for (const url of urls) while (!(await caches.match(url))) await new Promise((r) => setTimeout(r, 100));
      rememberSaved({
        url: urls[0]!,
        title: document.querySelector('h1')?.textContent?.trim() ?? document.title,
        lang: document.documentElement.lang,
      });
      status.textContent = button.dataset.saved ?? '';
    } catch {
      status.textContent = button.dataset.failed ?? '';
      button.disabled = false;
    }
  });
}
