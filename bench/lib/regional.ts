import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/server/platform/config';
import { REPO_ROOT } from './results';

/** Where `npm run generate:regional` keeps the embedded data set (gitignored). */
export const REGIONAL_DIR = path.join(REPO_ROOT, '.data', 'bench');
export const REGIONAL_MANIFEST = path.join(REGIONAL_DIR, 'regional.json');
/** The password of every generated account (bench data only, never a real installation). */
export const REGIONAL_PASSWORD = 'medicion-regional-no-usar';

export interface RegionalManifest {
  scale: number;
  seed: number;
  databaseUrl: string | null;
  networkId: string;
  organizationIds: string[];
  coordinators: { orgId: string; userId: string; username: string }[];
  counts: Record<string, number>;
  seconds: number;
  generatedAt: string;
}

/** Reads `--name=value` or `--name value` as a string. */
export function stringArgument(name: string): string | null {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
    if (arg === `--${name}`) return args[i + 1] ?? null;
  }
  return null;
}

/** The configuration of the regional data set: the embedded server in .data/bench, or DATABASE_URL. */
export function regionalConfig(databaseUrl: string | null): Config {
  return loadConfig(
    {},
    {
      dataDir: path.join(REGIONAL_DIR, 'data'),
      keyDir: path.join(REGIONAL_DIR, 'keys'),
      databaseUrl,
      masterKey: null,
      networkKey: null,
      webDir: path.join(REGIONAL_DIR, 'no-web'),
      logLevel: 'warn',
      isTest: false,
    },
  );
}

export function readRegionalManifest(): RegionalManifest {
  if (!fs.existsSync(REGIONAL_MANIFEST))
    throw new Error(`No regional data set: run \`npm run generate:regional\` first (${REGIONAL_MANIFEST}).`);
  return JSON.parse(fs.readFileSync(REGIONAL_MANIFEST, 'utf8')) as RegionalManifest;
}
