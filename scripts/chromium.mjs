/**
 * Debian's Chromium (/usr/bin/chromium) driven by playwright-core, for the scripts and benchmarks that
 * open a browser; nothing in this project ever downloads one. Plain JavaScript so that `node` runs it
 * without tsx (scripts/render-icons.mjs); its types are in chromium.d.mts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fails with the command that installs it when Debian's Chromium is missing. */
export function requireChromium() {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: install it with "apt-get install -y chromium"`);
  }
}

/**
 * Headless Chromium on a fresh persistent profile (a cold cache) in its own temporary directory,
 * removed on close. `options` adds to the launch options (viewport, locale…).
 */
export async function launchChromium(options = {}) {
  requireChromium();
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'colectiva-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      ...options,
    });
    return {
      context,
      close: async () => {
        await context.close().catch(() => undefined);
        fs.rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
}
