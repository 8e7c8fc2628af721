/**
 * The one build the browser tests share (made by global-setup.ts), and what each test file
 * needs to read it: its folder and origin, a browser page, the search helper.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { paths } from '../../src/utils/urls';

/** The title of a draft that exists in the CMS while the public site is built. */
export const DRAFT_MARKER = 'Nepublicēts-melnraksts-K9';
/** The Dialogue meeting whose Latvian original is saved again before the build: its translations become outdated. */
export const OUTDATED_TITLE = 'Dialoga platforma turpinās iebraucēju integrāciju Latvijā';
/** A service published in Latvian only: other languages show it as a fallback page, which is not indexed. */
export const LATVIAN_ONLY = {
  title: 'Kultūrorientācijas nodarbības jaunajiem iedzīvotājiem',
  slug: 'kulturorientacijas-nodarbibas',
  summary: 'Bezmaksas nodarbību cikls par ikdienas dzīvi Latvijā: valsts iestādes, nodokļi, veselības aprūpe un paražas.',
};

export interface BuiltSite {
  origin: string;
  dist: string;
  /** A scratch folder the setup removes at the end. */
  work: string;
  cmsUrl: string;
  cmsPort: number;
  /** The meeting saved again: its original's new updatedAt and its page per locale. */
  outdated: { documentId: string; updatedAt: string; paths: Record<string, string> };
}

declare module 'vitest' {
  export interface ProvidedContext {
    builtSite: BuiltSite;
  }
}

export const site = (): BuiltSite => inject('builtSite');

/** A built page's HTML, by its path ("lv/pakalpojumi/x" or "/lv/pakalpojumi/x/"). */
export const html = (url: string) => readFile(path.join(site().dist, url, 'index.html'), 'utf8');

/** Chromium and a page in it for this test file, opened before its tests and closed after them. */
export function useBrowser(): () => { browser: Browser; page: Page } {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
  }, 60_000);
  afterAll(() => browser?.close());
  return () => ({ browser: browser!, page: page! });
}

/** Types a query into Pagefind's UI on a locale's search page; returns the result links. */
export async function search(page: Page, locale: string, query: string): Promise<string[]> {
  await page.goto(`${site().origin}${paths.search(locale)}`);
  await page.fill('#search-input', query);
  await page.waitForSelector('.pagefind-ui__message');
  await page.waitForFunction(() => !document.querySelector('.pagefind-ui__message')?.textContent?.includes('…'));
  await page.waitForTimeout(300);
  return page.$$eval('.pagefind-ui__result-link', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
