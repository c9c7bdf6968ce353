import path from 'node:path';

/** Runtime configuration, read once from the environment (see the README's configuration table). */
export interface Config {
  host: string;
  port: number;
  /** External PostgreSQL; when absent Colectiva runs its own embedded server in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  /** Where the master key file lives: next to, never inside, the data directory. */
  keyDir: string;
  /** Master key from the environment (base64 of 32 bytes); wins over the key file. */
  masterKey: string | null;
  /** Network key from the environment (base64 or hex of 32 bytes); wins over the network key files. */
  networkKey: string | null;
  logLevel: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Only behind a reverse proxy that sets X-Forwarded-For. */
  trustProxy: boolean;
  /** Installed-app label: a neutral name and icon by default, for phones that may be inspected. */
  appLabel: 'neutral' | 'colectiva';
  webDir: string;
  isTest: boolean;
}

function readInt(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number.parseInt(value, 10);
  if (!Number.isFinite(parsed)) throw new Error(`Invalid integer in configuration: ${value}`);
  return parsed;
}

/** Builds the configuration from environment variables, with safe defaults for a laptop. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const dataDir = path.resolve(env.COLECTIVA_DATA_DIR ?? 'data');
  const keyDir = path.resolve(env.COLECTIVA_KEY_DIR ?? `${dataDir}-keys`);
  return {
    host: env.HOST ?? '127.0.0.1',
    port: readInt(env.PORT, 3000),
    databaseUrl: env.DATABASE_URL || null,
    dataDir,
    keyDir,
    masterKey: env.COLECTIVA_MASTER_KEY || null,
    networkKey: env.COLECTIVA_NETWORK_KEY || null,
    logLevel: env.COLECTIVA_LOG_LEVEL ?? 'info',
    sessionIdleMinutes: readInt(env.COLECTIVA_SESSION_IDLE_MINUTES, 30),
    sessionAbsoluteHours: readInt(env.COLECTIVA_SESSION_ABSOLUTE_HOURS, 12),
    trustProxy: env.COLECTIVA_TRUST_PROXY === '1',
    appLabel: env.COLECTIVA_APP_LABEL === 'colectiva' ? 'colectiva' : 'neutral',
    webDir: path.resolve(env.COLECTIVA_WEB_DIR ?? 'dist/web'),
    isTest: env.NODE_ENV === 'test' || env.VITEST === 'true',
    ...overrides,
  };
}
