/**
 * Runs the built preview server (site/dist-preview, Astro's Node adapter) behind a Node HTTP
 * server that cuts off slow clients, which the adapter's own server does not: request headers
 * within 10 s, the whole request within 20 s (the same limits as the publisher and the static
 * server, harness/src/http-limits.ts). Settings: HOST (127.0.0.1), PORT (4323), and those of
 * the preview route (CMS_URL, CMS_TOKEN, PREVIEW_SECRET, PREVIEW_FRAME_ANCESTORS).
 * Usage: node site/preview-server.mjs
 */
import http from 'node:http';

if (process.argv.includes('--help')) {
  console.log(
    'Usage: node site/preview-server.mjs\nServes signed draft previews from site/dist-preview (build it first). Not destructive.',
  );
  process.exit(0);
}

// What the preview route needs: a setting missing or wrong would fail every preview, so the
// server does not start without it (a blank value counts as unset).
const settingProblems = [];
const cmsUrl = URL.parse(process.env.CMS_URL?.trim() ?? '');
if ((cmsUrl?.protocol !== 'http:' && cmsUrl?.protocol !== 'https:') || cmsUrl.username || cmsUrl.password || cmsUrl.search || cmsUrl.hash)
  // Only the part before any "@": an address written wrongly may hold a password.
  settingProblems.push(
    `CMS_URL must be the CMS's address, starting with http:// or https://, without a user, password, query or fragment; got "${(process.env.CMS_URL ?? '').split('@').pop()}"`,
  );
if (!process.env.CMS_TOKEN?.trim())
  settingProblems.push('CMS_TOKEN is not set: give it a read-only API token of the CMS (Settings → API Tokens)');
// The floor verifyPreviewLink sets (@integra/contract/preview-link): a shorter secret signs nothing.
if ((process.env.PREVIEW_SECRET?.trim().length ?? 0) < 16)
  settingProblems.push("PREVIEW_SECRET must be the CMS's PREVIEW_SECRET, at least 16 characters; without it every preview link is refused");
// Origins, 'self' or 'none', separated by spaces: anything else would break the header of every preview.
const frameAncestors = process.env.PREVIEW_FRAME_ANCESTORS?.trim() ?? '';
const isFrameSource = (source) => /^'(self|none)'$/.test(source) || /^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?$/.test(source);
if (frameAncestors && !frameAncestors.split(/ +/).every(isFrameSource))
  settingProblems.push(
    `PREVIEW_FRAME_ANCESTORS must be origins separated by spaces (e.g. https://cms.example.lv), 'self' or 'none'; got ${JSON.stringify(frameAncestors.slice(0, 200))}`,
  );
if (settingProblems.length) {
  for (const problem of settingProblems) console.error(`preview server: ${problem}`);
  process.exit(1);
}

// The adapter's entry must not start its own server when imported.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const entry = new URL('./dist-preview/server/entry.mjs', import.meta.url);
const { handler } = await import(entry.href).catch((error) => {
  console.error(`preview server: cannot load ${entry.pathname} (${error.message}); build it first (see docs/operators.md)`);
  process.exit(1);
});

// A blank HOST would listen on every interface, a blank PORT on a random port: both count as unset.
const host = process.env.HOST?.trim() || '127.0.0.1';
const port = Number(process.env.PORT?.trim() || 4323);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`preview server: PORT must be a whole number from 1 to 65535, got "${process.env.PORT}"`);
  process.exit(1);
}
const server = http.createServer(
  { headersTimeout: 10_000, requestTimeout: 20_000, connectionsCheckingInterval: 1000, maxHeaderSize: 16 * 1024 },
  (req, res) => {
    // Previews are read only. Other methods never reach Astro, which answers some (TRACE,
    // CONNECT) with a 500: the web platform's Request refuses them.
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed');
      return;
    }
    handler(req, res);
  },
);
server.listen(port, host, () => console.log(`preview server listening on http://${host}:${port}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
