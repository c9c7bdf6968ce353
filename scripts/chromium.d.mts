import type { BrowserContext, BrowserType } from 'playwright-core';

export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];

export declare function requireChromium(): void;

export interface LaunchedBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

export declare function launchChromium(
  options?: Parameters<BrowserType['launchPersistentContext']>[1],
): Promise<LaunchedBrowser>;
