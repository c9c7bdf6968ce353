import path from 'node:path';
import { parseArgs } from 'node:util';
import { totpCode, totpStep } from '../platform/auth/totp';
import { loadConfig } from '../platform/config';
import { DEMO_USERS, demoTotpSecret } from '../demo/demo-data';
import { describeDemoLogins, seedDemo } from '../demo/seed-demo';
import { startServer } from '../runtime';
import { fail } from './cli-output';

/** The demo keeps its own data directory unless one is given, so demo and real data never mix. */
function demoEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  env.COLECTIVA_DATA_DIR ??= path.resolve('demo-data');
  return env;
}

/** `demo`: loads the demo network on first run, prints the logins, and serves Colectiva. */
export async function runDemo(args: string[]): Promise<{ stop: () => Promise<void> } | null> {
  const { values } = parseArgs({ args, options: { 'no-serve': { type: 'boolean' } } });
  const config = loadConfig(demoEnvironment());
  let seeded = false;
  const server = await startServer(config, {
    prepare: async (deps) => {
      seeded = await seedDemo(deps);
    },
  });
  console.log(seeded ? 'Datos de demostración cargados.' : 'Usando los datos de demostración existentes.');
  console.log(describeDemoLogins(server.url));
  if (values['no-serve']) {
    await server.stop();
    return null;
  }
  return server;
}

/** `demo-code <username>`: the current TOTP code of a demo account (demo secrets are public). */
export function runDemoCode(args: string[]): void {
  const username = args[0];
  const user = DEMO_USERS.find((candidate) => candidate.username === username && candidate.totp);
  if (!user)
    fail(
      `Solo para cuentas demo con TOTP: ${DEMO_USERS.filter((u) => u.totp)
        .map((u) => u.username)
        .join(', ')}`,
    );
  console.log(totpCode(demoTotpSecret(user.username), totpStep(new Date())));
}
