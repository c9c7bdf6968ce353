/**
 * P1 — field app first load, cold cache, on a slow phone and network (PERFORMANCE.md): usable ≤ 5 s;
 * JavaScript on the critical path ≤ 250 KiB gzipped.
 * P2 — repeat load with the network off: usable ≤ 2 s from the service worker.
 *
 * Builds dist/web if it is stale (scripts/ensure-web-build.mjs), starts Colectiva on 127.0.0.1 with a
 * fresh temporary data directory and completes its first-run set-up through the API (so that `/`
 * shows the sign-in form). Then, per run, Debian's Chromium (playwright-core, never a downloaded
 * browser) with a fresh profile (cold cache) and a 360×740 phone viewport:
 *   P1: CDP Network.emulateNetworkConditions "Slow 4G" (150 ms latency per request, 1.6 Mbit/s down,
 *       750 kbit/s up) and Emulation.setCPUThrottlingRate 4×; load `/` and time until the sign-in
 *       form is rendered; LCP and FCP from PerformanceObserver; bytes transferred (CDP Network).
 *   P2: wait until the service worker is activated, context.setOffline(true), open `/` in a new tab
 *       (CPU still 4×) and time until the app's shell (its top bar) is rendered.
 * Times are read in the page (performance.now(), from navigation start, at the animation frame after
 * the element appeared). Prints medians over the runs and appends rows to bench/RESULTS.md.
 *
 * Note: CDP throttling adds latency per request, not per packet round trip (DevTools-style); it is
 * kinder than Lighthouse's simulated Slow 4G, whose request latency is 150 ms × 3.75.
 *
 *   node --import tsx bench/first-load.ts [--runs=3]
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import {
  CHROMIUM_PATH,
  launchChromium,
  requireChromium,
  type LaunchedBrowser,
} from '../scripts/chromium.mjs';
import {
  createSandbox,
  findFreePort,
  removeSandbox,
  spawnColectiva,
  stopColectiva,
  waitForHealth,
  type ColectivaServer,
} from '../src/server/system/colectiva-process';
import { describeMachine, loadAverage } from './lib/machine';
import { appendResult, REPO_ROOT } from './lib/results';
import { intArgument, kib, median, seconds } from './lib/stats';

const runs = intArgument('runs', 3);
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};
const CPU_SLOWDOWN = 4;
const TIMEOUT_MS = 120_000;
const FORM = 'input[name="username"]';
const SHELL = 'header.topbar';

/** Runs in every page before its own scripts: records when things appear, and the LCP entries. */
const RECORDER = `(() => {
  const bench = { formAt: null, shellAt: null, lcp: null, lcpElement: null };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        bench.lcp = entry.startTime;
        const el = entry.element;
        bench.lcpElement = el ? el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') : null;
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {}
  const mark = (key) => {
    bench[key] = -1;
    requestAnimationFrame(() => { bench[key] = performance.now(); });
  };
  const check = () => {
    if (bench.shellAt === null && document.querySelector(${JSON.stringify(SHELL)})) mark('shellAt');
    if (bench.formAt === null && document.querySelector(${JSON.stringify(FORM)})) mark('formAt');
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;

interface PageFigures {
  formAt: number | null;
  shellAt: number | null;
  lcp: number | null;
  lcpElement: string | null;
  fcp: number | null;
  load: number | null;
  heading: string | null;
  controlled: boolean;
}

// Evaluated as a string: tsx (esbuild keepNames) would wrap named functions in a helper that does
// not exist in the page.
const READ_FIGURES = `(() => {
  const bench = window.__bench;
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    formAt: bench.formAt > 0 ? bench.formAt : null,
    shellAt: bench.shellAt > 0 ? bench.shellAt : null,
    lcp: bench.lcp,
    lcpElement: bench.lcpElement,
    fcp: fcp ? fcp.startTime : null,
    load: nav && nav.loadEventEnd > 0 ? nav.loadEventEnd : null,
    heading: document.querySelector('h1')?.textContent?.trim() ?? null,
    controlled: navigator.serviceWorker?.controller != null,
  };
})()`;

const WAIT_FOR_SERVICE_WORKER = `Promise.race([
  navigator.serviceWorker.ready.then((registration) => {
    const worker = registration.active;
    if (!worker || worker.state === 'activated') return;
    return new Promise((resolve) =>
      worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
    );
  }),
  new Promise((_, reject) => setTimeout(() => reject(new Error('no service worker')), ${TIMEOUT_MS})),
])`;

async function readFigures(page: Page): Promise<PageFigures> {
  return page.evaluate<PageFigures>(READ_FIGURES);
}

interface Transfer {
  url: string;
  type: string;
  encoding: string;
  bytes: number;
}

/** Bytes received per response (CDP encodedDataLength: headers and compressed body). */
function recordTransfers(cdp: CDPSession): { all: () => Transfer[] } {
  const responses = new Map<string, Omit<Transfer, 'bytes'>>();
  const finished: Transfer[] = [];
  cdp.on('Network.responseReceived', (event) => {
    responses.set(event.requestId, {
      url: event.response.url,
      type: event.type ?? 'Other',
      encoding: String(
        event.response.headers['content-encoding'] ?? event.response.headers['Content-Encoding'] ?? '',
      ),
    });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const response = responses.get(event.requestId);
    if (response) finished.push({ ...response, bytes: event.encodedDataLength });
  });
  return { all: () => [...finished] };
}

/** A phone-sized Chromium on a fresh profile (cold cache). */
function launch(): Promise<LaunchedBrowser> {
  return launchChromium({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'es',
  });
}

interface RunFigures {
  first: PageFigures;
  firstWallMs: number;
  jsBytes: number;
  jsBytesBeforeForm: number;
  totalBytes: number;
  transfers: Transfer[];
  offline: PageFigures;
  offlineWallMs: number;
}

async function oneRun(url: string, run: number): Promise<RunFigures> {
  const browser = await launch();
  const { context } = browser;
  try {
    await context.addInitScript(RECORDER);
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const transfers = recordTransfers(cdp);

    // P1: cold load.
    const started = performance.now();
    await page.goto(`${url}/`, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    await page.locator(FORM).waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    const firstWallMs = performance.now() - started;
    const atForm = transfers.all();
    await page.waitForLoadState('load', { timeout: TIMEOUT_MS });
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS }).catch(() => undefined);
    const first = await readFigures(page);
    const loaded = transfers.all();
    const scripts = (list: Transfer[]) => list.filter((t) => t.type === 'Script');
    const sum = (list: Transfer[]) => list.reduce((total, t) => total + t.bytes, 0);

    // P2: the service worker has precached the shell; open the app again with the network off.
    await page.evaluate(WAIT_FOR_SERVICE_WORKER);
    await page.close();
    await context.setOffline(true);
    const again = await context.newPage();
    const cdp2 = await context.newCDPSession(again);
    await cdp2.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const startedOffline = performance.now();
    await again.goto(`${url}/`, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    await again.locator(SHELL).waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    const offlineWallMs = performance.now() - startedOffline;
    await again.waitForLoadState('load', { timeout: TIMEOUT_MS });
    const offline = await readFigures(again);

    const figures: RunFigures = {
      first,
      firstWallMs,
      jsBytes: sum(scripts(loaded)),
      jsBytesBeforeForm: sum(scripts(atForm)),
      totalBytes: sum(loaded),
      transfers: loaded,
      offline,
      offlineWallMs,
    };
    const s = (value: number | null) => (value === null ? '?' : seconds(value));
    console.log(
      `run ${run}: form ${s(first.formAt)} (wall ${seconds(firstWallMs)}), LCP ${s(first.lcp)}, ` +
        `JS ${kib(figures.jsBytes)} of ${kib(figures.totalBytes)}; offline shell ${s(offline.shellAt)} ` +
        `(wall ${seconds(offlineWallMs)}, "${offline.heading ?? ''}", SW control ${offline.controlled})`,
    );
    return figures;
  } finally {
    await browser.close();
  }
}

async function setUp(server: ColectivaServer): Promise<void> {
  const deadline = Date.now() + 30_000;
  let token: string | undefined;
  while (!(token = /\/setup#token=([A-Za-z0-9_-]+)/.exec(server.output())?.[1]) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  if (!token) throw new Error(`no set-up token in the console output:\n${server.output()}`);
  const response = await fetch(`${server.url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      token,
      networkName: 'Red de medición',
      organization: { name: 'Organización de medición', countryCode: 'SV', level: 'national' },
      admin: {
        username: 'medicion.admin',
        displayName: 'Medición',
        password: `bench-${crypto.randomUUID()}`,
      },
    }),
  });
  if (response.status !== 201) throw new Error(`set-up failed: ${response.status} ${await response.text()}`);
}

async function main(): Promise<void> {
  requireChromium();
  const build = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/ensure-web-build.mjs')], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('the web build failed');

  const machine = describeMachine();
  const chromiumVersion = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`P1/P2 first load and offline repeat load — ${runs} run(s), ${chromiumVersion}`);
  console.log(`Machine: ${machine}; load average ${loadAverage()}\n`);

  const sandbox = createSandbox('colectiva-bench-first-load-');
  const server = spawnColectiva(sandbox, sandbox.dataDir(), await findFreePort(), { detached: false });
  try {
    await waitForHealth(server, { timeoutMs: 120_000 });
    await setUp(server);
    const results: RunFigures[] = [];
    for (let run = 1; run <= runs; run++) results.push(await oneRun(server.url, run));

    const med = (pick: (r: RunFigures) => number | null) => {
      const values = results.map(pick).filter((v): v is number => v !== null);
      return values.length ? median(values) : Number.NaN;
    };
    const form = med((r) => r.first.formAt);
    const formWall = med((r) => r.firstWallMs);
    const lcp = med((r) => r.first.lcp);
    const fcp = med((r) => r.first.fcp);
    const js = med((r) => r.jsBytes);
    const jsBeforeForm = med((r) => r.jsBytesBeforeForm);
    const total = med((r) => r.totalBytes);
    const shell = med((r) => r.offline.shellAt);
    const shellWall = med((r) => r.offlineWallMs);
    const last = results[results.length - 1]!;

    console.log('\nTransfers of the last run (cold load, until the network was idle):');
    for (const t of last.transfers)
      console.log(
        `  ${kib(t.bytes).padStart(10)}  ${t.type.padEnd(10)} ${(t.encoding || '-').padEnd(5)} ${t.url.replace(server.url, '')}`,
      );
    const verdict = (value: number, goal: number) => (value <= goal ? 'within' : 'ABOVE');
    console.log(`\nMedians over ${runs} run(s):`);
    console.log(
      `  P1 sign-in form rendered   ${seconds(form)} (from Node: ${seconds(formWall)}) — goal ≤ 5 s: ${verdict(form, 5000)}`,
    );
    console.log(
      `     FCP ${seconds(fcp)}, LCP ${seconds(lcp)} (${last.first.lcpElement ?? '?'}) — LCP goal ≤ 2.5 s`,
    );
    console.log(
      `     JavaScript transferred ${kib(js)} (${kib(jsBeforeForm)} before the form showed), all ${kib(total)}` +
        ` — critical-path goal ≤ 250 KiB gzipped (the server sends brotli where the browser accepts it)`,
    );
    console.log(
      `  P2 offline shell rendered  ${seconds(shell)} (from Node: ${seconds(shellWall)}) — goal ≤ 2 s: ` +
        `${verdict(shell, 2000)}; screen "${last.offline.heading ?? ''}", controlled by the service worker: ${last.offline.controlled}`,
    );

    appendResult(
      {
        goal: 'P1',
        script: 'first-load.ts',
        figures:
          `sign-in form rendered ${seconds(form)}, FCP ${seconds(fcp)}, LCP ${seconds(lcp)}; ` +
          `JS transferred ${kib(js)} (${kib(jsBeforeForm)} before the form), all ${kib(total)}; ` +
          `cold cache, CDP Slow 4G 150 ms/1.6 Mbit/s/750 kbit/s, CPU 4×, 360×740; median of ${runs} runs`,
        target: 'usable ≤ 5 s; LCP ≤ 2.5 s; critical JS ≤ 250 KiB gz',
      },
      machine,
    );
    appendResult(
      {
        goal: 'P2',
        script: 'first-load.ts',
        figures:
          `offline repeat load (service worker), app shell rendered ${seconds(shell)}, ` +
          `screen "${last.offline.heading ?? ''}"; CPU 4×; median of ${runs} runs`,
        target: 'usable ≤ 2 s',
      },
      machine,
    );
  } finally {
    await stopColectiva(server);
    await removeSandbox(sandbox);
  }
}

await main();
