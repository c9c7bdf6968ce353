import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium';
import { REPO_ROOT } from './colectiva-server';

export const PHONE = { width: 360, height: 740 } as const;
export const LAPTOP = { width: 1280, height: 800 } as const;
const SCREENSHOT_DIR = path.join(REPO_ROOT, 'e2e/screenshots');

export interface BrowserSession {
  baseUrl: string;
  context: BrowserContext;
  page: Page;
  /** Every request that left the app's own origin (SECURITY.md S1): must stay empty. */
  foreignRequests: string[];
  /** Console messages about the Content Security Policy: must stay empty. */
  cspViolations: string[];
  /** Saves the current screen at phone and laptop size into e2e/screenshots/. */
  snap: (name: string) => Promise<void>;
  close: () => Promise<void>;
}

/** Opens Chromium on a fresh profile, watching every request of every page and worker. */
export async function openBrowser(): Promise<BrowserSession> {
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const browser = await launchChromium();
  const foreignRequests: string[] = [];
  const cspViolations: string[] = [];
  const watch = (request: Request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return; // never leave the device
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  };
  browser.context.on('request', watch);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply)/i.test(message.text())) {
      cspViolations.push(message.text());
    }
  });
  await page.setViewportSize(PHONE);

  const snap = async (name: string) => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const before = page.viewportSize();
    for (const size of [PHONE, LAPTOP]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(150);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${size.width}x${size.height}.png`) });
    }
    if (before) await page.setViewportSize(before);
  };

  return {
    baseUrl,
    context: browser.context,
    page,
    foreignRequests,
    cspViolations,
    snap,
    close: browser.close,
  };
}
