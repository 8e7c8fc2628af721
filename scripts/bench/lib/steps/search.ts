import { launchBrowser } from '@integra/harness/browser';
import { searchCost, type SearchCost } from '../search-cost.ts';

/** Search cost in Chromium, in Latvian and in Russian, on the built site served at `origin` as a static host would. */
export async function searchCosts(origin: string, dist: string): Promise<SearchCost[]> {
  const browser = await launchBrowser();
  const search = [
    await searchCost(browser, origin, dist, 'lv', ['uzturēšanās atļauja', 'valodas kursi']),
    await searchCost(browser, origin, dist, 'ru', ['вид на жительство', 'курсы языка']),
  ];
  await browser.close();
  return search;
}
