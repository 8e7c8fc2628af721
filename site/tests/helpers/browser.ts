export { launchBrowser, CHROMIUM } from '@integra/scripts/browser';
