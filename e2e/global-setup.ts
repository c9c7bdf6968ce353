import type { TestProject } from 'vitest/node';
import { ensureWebBuild, startColectiva } from './support/colectiva-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    setupToken: string;
    stateDir: string;
  }
}

/** Builds the web app if needed, starts one Colectiva for the run, and stops it afterwards. */
export default async function setup(project: TestProject) {
  ensureWebBuild();
  const server = await startColectiva();
  console.log(`[e2e] Colectiva on ${server.url}`);
  project.provide('baseUrl', server.url);
  project.provide('setupToken', server.setupToken);
  project.provide('stateDir', server.tempDir);
  return async () => {
    await server.stop();
  };
}
