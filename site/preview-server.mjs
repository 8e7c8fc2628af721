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
const cmsProtocol = URL.parse(process.env.CMS_URL?.trim() ?? '')?.protocol;
if (cmsProtocol !== 'http:' && cmsProtocol !== 'https:')
  settingProblems.push(`CMS_URL must be the CMS's address, starting with http:// or https://, got "${process.env.CMS_URL ?? ''}"`);
if (!process.env.CMS_TOKEN?.trim())
  settingProblems.push('CMS_TOKEN is not set: give it a read-only API token of the CMS (Settings → API Tokens)');
if (!process.env.PREVIEW_SECRET?.trim())
  settingProblems.push("PREVIEW_SECRET is not set: give it the CMS's PREVIEW_SECRET, without which every preview link is refused");
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
