import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The files share one server whose first run is the first test: run them one by one, by name. */
class ByNameSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
  }
}

/**
 * Browser tests: Debian's Chromium driven by playwright-core against a real Colectiva process with
 * its own embedded PostgreSQL (see e2e/global-setup.ts). `npm run test:e2e`.
 */
export default defineConfig({
  root: path.resolve(import.meta.dirname, '..'),
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    sequence: { sequencer: ByNameSequencer },
    testTimeout: 180_000,
    hookTimeout: 180_000,
    environment: 'node',
  },
});
