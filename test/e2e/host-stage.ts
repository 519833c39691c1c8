// The merchant's host page (bench/host/server.ts: the CDN build and the real handler on the
// stand-in) and one Chromium, started before a file's (or a describe's) tests and closed after them.
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../bench/host/browser.js';
import { startHostPage, type HostPage } from '../../bench/host/server.js';

export interface HostStage {
  host: HostPage;
  browser: Browser;
}

/** Registers the hooks where it is called; `use` receives the started stage (kept in the file's own variables). */
export function hostPageAndChromium(use: (stage: HostStage) => void): void {
  let stage: Partial<HostStage> = {};
  before(async () => {
    stage = { host: await startHostPage() };
    stage.browser = await launchChromium();
    use(stage as HostStage);
  });
  after(async () => {
    await stage.browser?.close();
    await stage.host?.close();
  });
}
