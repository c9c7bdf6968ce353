import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMachine } from './machine';

export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = path.resolve(BENCH_DIR, '..');
const RESULTS_FILE = path.join(BENCH_DIR, 'RESULTS.md');
/** Other work on a shared machine skews timings: each row says how busy it was when the run began. */
const LOAD_AT_START = os.loadavg()[0] ?? 0;

// The table is marked prettier-ignore: rows are appended as they come, without re-aligning the
// columns, and `prettier --check .` leaves the file alone.
const HEADER = `# Benchmark results

Rows appended by the scripts in \`bench/\` (one per performance goal, P1…P12), newest last.
Each row is one run of one script; timings are medians of the repetitions that run made. These
machines are shared and noisy: compare ratios and differences measured side by side in one row, not
absolute figures across rows or machines.

Columns:

- **Date (UTC)**: when the run finished.
- **Goal**: the performance goal the row is about (P1, P2, P11, P12…).
- **Script**: the file in \`bench/\` that measured it.
- **Figures**: what was measured, with its unit, ending with the 1-minute load average when the run
  began (on a shared machine, other work skews timings).
- **Target**: the goal's figure, for reading the row without the brief at hand (no pass/fail).
- **Machine**: CPU model × logical CPUs (\`os.cpus()\`), RAM, Node.js, the embedded PostgreSQL, kernel.

<!-- prettier-ignore -->
| Date (UTC) | Goal | Script | Figures | Target | Machine |
|---|---|---|---|---|---|
`;

export interface ResultRow {
  goal: string;
  script: string;
  figures: string;
  target: string;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, '; ');

/** Appends one dated row to bench/RESULTS.md, creating the file with its header the first time. */
export function appendResult(row: ResultRow, machine = describeMachine()): void {
  if (!fs.existsSync(RESULTS_FILE)) fs.writeFileSync(RESULTS_FILE, HEADER);
  const date = new Date().toISOString().replace(/:\d\d\.\d+Z$/, 'Z');
  const figures = `${row.figures}; load avg ${LOAD_AT_START.toFixed(2)} at start`;
  const line = `| ${[date, row.goal, row.script, figures, row.target, machine].map(cell).join(' | ')} |\n`;
  fs.appendFileSync(RESULTS_FILE, line);
  console.log(`\nAppended to ${path.relative(process.cwd(), RESULTS_FILE) || RESULTS_FILE}:`);
  console.log(line.trimEnd());
}
