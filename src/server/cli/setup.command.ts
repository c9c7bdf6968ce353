import { parseArgs } from 'node:util';
import { CountryCode } from '../../domain/countries';
import { OrgLevel } from '../../domain/roles';
import { SetupInput } from '../../domain/setup.schemas';
import { loadConfig } from '../platform/config';
import { AppError } from '../platform/errors';
import { renderError } from '../platform/http/error-handler';
import { completeSetup, isSetupNeeded } from '../modules/setup/setup.service';
import { openRuntime } from '../runtime';
import { fail, promptHidden } from './cli-output';

const USAGE = `Uso: npm run colectiva -- setup --network "Nombre de la red" --org "Organización" [--country SV] [--level national|regional] --username admin --name "Nombre visible"
La contraseña se pide en la terminal (o COLECTIVA_ADMIN_PASSWORD).`;

/** First run from the terminal: network, first organization and administrator. */
export async function runSetup(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      network: { type: 'string' },
      org: { type: 'string' },
      country: { type: 'string' },
      level: { type: 'string', default: 'national' },
      username: { type: 'string' },
      name: { type: 'string' },
    },
  });
  if (!values.network || !values.org || !values.username) fail(USAGE);
  const password =
    process.env.COLECTIVA_ADMIN_PASSWORD ?? (await promptHidden('Contraseña de la cuenta administradora: '));
  const parsed = SetupInput.omit({ token: true }).safeParse({
    networkName: values.network,
    organization: {
      name: values.org,
      countryCode: values.country ? CountryCode.parse(values.country.toUpperCase()) : null,
      level: OrgLevel.parse(values.level),
    },
    admin: { username: values.username, displayName: values.name ?? values.username, password },
  });
  if (!parsed.success)
    fail(
      `Datos no válidos: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  const runtime = await openRuntime(loadConfig());
  try {
    if (!(await isSetupNeeded(runtime.deps.db))) fail('Colectiva ya fue configurada.');
    await completeSetup(runtime.deps.db, runtime.deps.keyring, parsed.data, new Date());
    console.log(
      `Listo. Inicie Colectiva (npm start) y entre como «${parsed.data.admin.username}»; se le pedirá activar la verificación en dos pasos.`,
    );
  } catch (error) {
    if (error instanceof AppError) fail(renderError(error, 'es').error.message);
    throw error;
  } finally {
    await runtime.stop();
  }
}
