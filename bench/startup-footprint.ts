/**
 * P12 — small server footprint (PERFORMANCE.md): `npm start` ready in ≤ 5 s after install, ≤ 300 MB
 * resident memory when idle.
 *
 * For each run, on a fresh temporary data directory:
 *   1. first start: spawn `node --import tsx src/server/main.ts` (what `npm start` runs once the web
 *      build is current) and time until GET /api/health answers 200; this includes initdb of the
 *      embedded PostgreSQL, the migrations and the creation of the master key; then stop it (SIGTERM);
 *   2. warm start: the same on the same data directory;
 *   0. for comparison, in the same run: how long `node --import tsx` takes just to load the server's
 *      modules (src/server/app.ts and runtime.ts) and exit, with no database;
 *   3. idle: ~10 s after the warm start, the resident memory of the Node process and of every process
 *      below it or below the postmaster of `<dataDir>/pg/postmaster.pid` (read from /proc).
 * Prints medians over the runs and appends a row to bench/RESULTS.md. Linux only (/proc).
 *
 *   node --import tsx bench/startup-footprint.ts [--runs=3] [--idle-seconds=10]
 */
import { spawn } from 'node:child_process';
import {
  createSandbox,
  findFreePort,
  removeSandbox,
  spawnColectiva,
  stopColectiva,
  waitForHealth,
  type ColectivaServer,
  type Sandbox,
} from '../src/server/system/colectiva-process';
import { runningPostmaster } from '../src/server/system/postmaster';
import { processMemory, processTree, type ProcessMemory } from './lib/proc-memory';
import { describeMachine, loadAverage } from './lib/machine';
import { appendResult, REPO_ROOT } from './lib/results';
import { intArgument, median, mib, seconds } from './lib/stats';

const runs = intArgument('runs', 3);
const idleSeconds = intArgument('idle-seconds', 10);
const START_GOAL_MS = 5_000;
const MEMORY_GOAL_BYTES = 300 * 1024 ** 2;

interface RunFigures {
  moduleLoadMs: number;
  firstStartMs: number;
  warmStartMs: number;
  nodePid: number;
  memory: ProcessMemory[];
}

/** Time for Node with tsx to import the server's modules and exit: the floor under any start. */
function timedModuleLoad(): Promise<number> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      "await import('./src/server/app.ts'); await import('./src/server/runtime.ts');",
    ],
    { cwd: REPO_ROOT, stdio: 'inherit' },
  );
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`module load exited ${code}`)),
    );
  });
}

async function timedStart(
  sandbox: Sandbox,
  dataDir: string,
): Promise<{ server: ColectivaServer; ms: number }> {
  const server = spawnColectiva(sandbox, dataDir, await findFreePort(), { detached: false });
  try {
    const ready = await waitForHealth(server, { timeoutMs: 120_000, intervalMs: 25 });
    return { server, ms: ready - server.startedAt };
  } catch (error) {
    await stopColectiva(server);
    throw error;
  }
}

function idleMemory(server: ColectivaServer): ProcessMemory[] {
  const roots = [server.pid];
  const postmaster = runningPostmaster(server.dataDir);
  if (postmaster) roots.push(postmaster);
  return processTree(roots)
    .map(processMemory)
    .filter((entry): entry is ProcessMemory => entry !== null);
}

async function oneRun(run: number): Promise<RunFigures> {
  const sandbox = createSandbox('colectiva-bench-startup-');
  const dataDir = sandbox.dataDir();
  let server: ColectivaServer | null = null;
  try {
    const moduleLoadMs = await timedModuleLoad();
    const first = await timedStart(sandbox, dataDir);
    server = first.server;
    await stopColectiva(server);
    server = null;

    const warm = await timedStart(sandbox, dataDir);
    server = warm.server;
    await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
    const memory = idleMemory(server);
    const total = memory.reduce((sum, entry) => sum + entry.rss, 0);
    console.log(
      `run ${run}: module load ${seconds(moduleLoadMs)}, first start ${seconds(first.ms)}, ` +
        `warm start ${seconds(warm.ms)}, ` +
        `idle RSS ${mib(total)} in ${memory.length} processes`,
    );
    return { moduleLoadMs, firstStartMs: first.ms, warmStartMs: warm.ms, nodePid: server.pid, memory };
  } finally {
    if (server) await stopColectiva(server);
    await removeSandbox(sandbox);
  }
}

async function main(): Promise<void> {
  const machine = describeMachine();
  console.log(`P12 startup and idle footprint — ${runs} run(s), idle ${idleSeconds} s`);
  console.log(`Machine: ${machine}; load average ${loadAverage()}\n`);
  const results: RunFigures[] = [];
  for (let run = 1; run <= runs; run++) results.push(await oneRun(run));

  const moduleLoad = median(results.map((r) => r.moduleLoadMs));
  const first = median(results.map((r) => r.firstStartMs));
  const warm = median(results.map((r) => r.warmStartMs));
  const sum = (list: ProcessMemory[], pick: (entry: ProcessMemory) => number | null) =>
    list.reduce((total, entry) => total + (pick(entry) ?? 0), 0);
  // The Node process itself, and everything else: PostgreSQL's postmaster and its children.
  const nodeOnly = (r: RunFigures) => r.memory.filter((entry) => entry.pid === r.nodePid);
  const others = (r: RunFigures) => r.memory.filter((entry) => entry.pid !== r.nodePid);
  const rssTotal = median(results.map((r) => sum(r.memory, (e) => e.rss)));
  const pssTotal = median(results.map((r) => sum(r.memory, (e) => e.pss)));
  const rssNode = median(results.map((r) => sum(nodeOnly(r), (e) => e.rss)));
  const rssPg = median(results.map((r) => sum(others(r), (e) => e.rss)));
  const pssPg = median(results.map((r) => sum(others(r), (e) => e.pss)));
  const processes = median(results.map((r) => r.memory.length));

  const last = results[results.length - 1]!;
  console.log(`\nProcesses of the last run, idle (${idleSeconds} s after the warm start):`);
  for (const entry of last.memory)
    console.log(
      `  ${String(entry.pid).padStart(8)}  ${entry.name.padEnd(16)} RSS ${mib(entry.rss).padStart(8)}` +
        `  PSS ${entry.pss === null ? '?' : mib(entry.pss)}`,
    );
  const verdict = (value: number, goal: number) => (value <= goal ? 'within' : 'ABOVE');
  console.log(`\nMedians over ${runs} run(s):`);
  console.log(
    `  first start (initdb included) ${seconds(first)}  — goal ≤ ${seconds(START_GOAL_MS)}: ${verdict(first, START_GOAL_MS)}`,
  );
  console.log(
    `  warm start                    ${seconds(warm)}  — goal ≤ ${seconds(START_GOAL_MS)}: ${verdict(warm, START_GOAL_MS)}`,
  );
  console.log(`  of which at least: loading the modules with tsx (no database) ${seconds(moduleLoad)}`);
  console.log(
    `  idle RSS, sum of ${processes} processes  ${mib(rssTotal)} (Node ${mib(rssNode)}, PostgreSQL ${mib(rssPg)})` +
      `  — goal ≤ 300 MB: ${verdict(rssTotal, MEMORY_GOAL_BYTES)}`,
  );
  console.log(
    `  idle PSS, sum                 ${mib(pssTotal)} (PostgreSQL ${mib(pssPg)}; RSS counts shared buffers once per process, PSS shares them out)`,
  );

  appendResult(
    {
      goal: 'P12',
      script: 'startup-footprint.ts',
      figures:
        `first start (initdb) ${seconds(first)}, warm start ${seconds(warm)} (to /api/health 200), ` +
        `vs module load alone (node + tsx, no database) ${seconds(moduleLoad)}; ` +
        `idle RSS ${mib(rssTotal)} = Node ${mib(rssNode)} + PostgreSQL ${mib(rssPg)} (${processes} processes), ` +
        `PSS ${mib(pssTotal)}; median of ${runs} runs`,
      target: 'ready ≤ 5 s; ≤ 300 MB resident idle',
    },
    machine,
  );
}

await main();
