import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { totpCode, totpStep } from '../../src/server/platform/auth/totp';

/** The first-run data every file shares (synthetic; organization names from the seed are allowed). */
export const FIRST_RUN = {
  networkName: 'Red Regional de Prueba',
  orgName: 'Secretaría Regional',
  admin: { displayName: 'Lucía Admin', username: 'lucia.admin', password: 'girasol-marea-cuaderno-17' },
} as const;

export interface AdminState {
  username: string;
  password: string;
  totpSecret: string;
  /** Last TOTP time step used: the server refuses a step twice, so each sign-in takes a newer one. */
  lastStep: number;
}

const stateFile = () => path.join(inject('stateDir'), 'admin-state.json');

export function readAdminState(): AdminState | null {
  try {
    return JSON.parse(fs.readFileSync(stateFile(), 'utf8')) as AdminState;
  } catch {
    return null;
  }
}

export function writeAdminState(state: AdminState): void {
  fs.writeFileSync(stateFile(), JSON.stringify(state), { mode: 0o600 });
}

/**
 * A TOTP code for a step the server has not seen yet. The server accepts the current step ± 1 and
 * never a step at or before the last one used; when both are taken, wait for the clock.
 */
export async function nextTotpCode(state: AdminState): Promise<string> {
  for (;;) {
    const current = totpStep(new Date());
    const step = Math.max(current, state.lastStep + 1);
    if (step <= current + 1) {
      state.lastStep = step;
      writeAdminState(state);
      return totpCode(state.totpSecret, step);
    }
    const msIntoStep = Date.now() % 30_000;
    await new Promise((resolve) => setTimeout(resolve, 30_000 - msIntoStep + 250));
  }
}

/**
 * The administrator of the first run. Normally the first-run test created it through the web app;
 * when a file runs on its own, do the same first run through the API instead.
 */
export async function ensureAdmin(): Promise<AdminState> {
  const existing = readAdminState();
  if (existing) return existing;
  const { ApiSession } = await import('./api-session');
  const api = new ApiSession(inject('baseUrl'));
  const status = await api.request<{ needed: boolean }>('GET', '/api/setup');
  if (!status.needed) throw new Error('set-up was done but the administrator state file is missing');
  const { admin } = FIRST_RUN;
  await api.request('POST', '/api/setup', {
    token: inject('setupToken'),
    networkName: FIRST_RUN.networkName,
    organization: { name: FIRST_RUN.orgName, countryCode: null, level: 'regional' },
    admin,
  });
  await api.signIn(admin.username, admin.password);
  const setup = await api.request<{ secret: string }>('POST', '/api/me/totp/setup');
  const state: AdminState = {
    username: admin.username,
    password: admin.password,
    totpSecret: setup.secret,
    lastStep: 0,
  };
  await api.request('POST', '/api/me/totp/enable', { code: await nextTotpCode(state) });
  return state;
}
