/**
 * Recall of Latvian search with and without the Latvian stemmer, on real newcomer queries in
 * the forms people type them (other cases, no diacritics). Serves a built site, runs each
 * query through Pagefind in Chromium, and prints a table. Not a test; not destructive.
 *
 *   pnpm --filter @integra/scripts bench:recall [path/to/built/site]   (default: .data/live)
 */
import path from 'node:path';
import { launchBrowser } from '@integra/harness/browser';
import { createStaticServer } from '@integra/harness/static-server';
import { DATA_DIR } from '../lib/paths.ts';
import { stemLatvianQuery } from '@integra/site/latvian-stemmer';
import { parseCli } from '@integra/contract/cli';

const { positionals } = parseCli({
  command: 'pnpm --filter @integra/scripts bench:recall',
  positionals: { usage: '[built site folder]', max: 1 },
  summary:
    'Recall of Latvian search with and without the Latvian stemmer: serves a built site (default: .data/live), runs real queries through Pagefind in Chromium and prints a table.',
  effects: 'Not destructive: it only reads the site.',
});

/** Query → the Latvian page slugs a reader expects in the first ten results. */
const QUERIES: [string, string[]][] = [
  [
    'uzturēšanās atļauju',
    ['/lv/pakalpojumi/uzturesanas-atlaujas-pieprasisana/', '/lv/pakalpojumi/konsultacijas-par-uzturesanas-atlaujam/'],
  ],
  [
    'uzturesanas atlaujam',
    ['/lv/pakalpojumi/uzturesanas-atlaujas-pieprasisana/', '/lv/pakalpojumi/konsultacijas-par-uzturesanas-atlaujam/'],
  ],
  ['latviešu valodas kursus', ['/lv/pakalpojumi/bezmaksas-latviesu-valodas-kursi-pieaugusajiem/']],
  ['ģimenes ārstam', ['/lv/pakalpojumi/registracija-pie-gimenes-arsta/']],
  ['bērnudārzu', ['/lv/pakalpojumi/berna-pieteiksana-skola-un-bernudarza/']],
  ['juridisko palīdzību', ['/lv/pakalpojumi/valsts-nodrosinata-juridiska-palidziba/']],
  ['pilsonību', ['/lv/pakalpojumi/latvijas-pilsonibas-iegusana-naturalizacijas-kartiba/']],
  ['darba devējam', ['/lv/pakalpojumi/konsultacijas-darba-devejiem-par-arvalstu-darbinieku-pienemsanu/']],
  ['dzīvokli', ['/lv/pakalpojumi/palidziba-majokla-ire/']],
  ['pabalstu', ['/lv/pakalpojumi/sociala-palidziba-un-pabalsti/']],
  ['remigrantiem', ['/lv/pakalpojumi/remigracijas-koordinatora-atbalsts/']],
  ['pagaidu aizsardzību', ['/lv/materiali/pagaidu-aizsardziba-biezi-uzdotie-jautajumi/']],
  ['bezdarbniekiem', ['/lv/pakalpojumi/bezdarbnieka-statuss-un-darba-meklesanas-atbalsts/']],
];

const root = path.resolve(positionals[0] ?? path.join(DATA_DIR, 'live'));
const server = createStaticServer({ root, port: 0 });
const origin = await server.listen();
const browser = await launchBrowser();
const page = await browser.newPage();
await page.goto(`${origin}/lv/meklet/`);
await page.evaluate(async () => {
  // The search page names its locale's bundle (site/src/search/bundle-path.ts).
  const pagefind = await import(`${document.getElementById('search')!.dataset.bundle}pagefind.js`);
  await pagefind.init();
  (window as unknown as { pf: unknown }).pf = pagefind;
});
const search = (term: string) =>
  page.evaluate(async (q) => {
    const pf = (window as unknown as { pf: { search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> } }).pf;
    const found = await pf.search(q);
    return Promise.all(found.results.slice(0, 10).map(async (r) => new URL((await r.data()).url, location.href).pathname));
  }, term);

let plainHits = 0;
let stemmedHits = 0;
let expected = 0;
const rows: string[] = [];
for (const [query, wanted] of QUERIES) {
  const need = wanted.length;
  const plain = await search(query);
  const stemmed = await search(stemLatvianQuery(query));
  const hits = (urls: string[]) => Math.min(need, wanted.filter((w) => urls.includes(w)).length);
  plainHits += hits(plain);
  stemmedHits += hits(stemmed);
  expected += need;
  rows.push(`| ${query} | ${stemLatvianQuery(query)} | ${hits(plain)}/${need} | ${hits(stemmed)}/${need} |`);
}
console.log('| query | stemmed | found without stemmer | found with stemmer |\n| --- | --- | --- | --- |');
console.log(rows.join('\n'));
console.log(`\nrecall without stemmer: ${plainHits}/${expected} (${Math.round((100 * plainHits) / expected)}%)`);
console.log(`recall with stemmer:    ${stemmedHits}/${expected} (${Math.round((100 * stemmedHits) / expected)}%)`);
await browser.close();
await server.close();
