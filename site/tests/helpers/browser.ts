export { launchBrowser, CHROMIUM } from '@integra/harness/browser';
