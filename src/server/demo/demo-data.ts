import crypto from 'node:crypto';
import type { CountryCode } from '../../domain/countries';
import { encodeBase32 } from '../platform/auth/totp';
import type { Role } from '../../domain/roles';

/**
 * The demo network: the regional network and the nine national organizations named in the seed
 * document, with some of the local groups it names. Every person in the demo is synthetic.
 */
export const DEMO_NETWORK = 'Red regional de trabajadoras sexuales (demostración)';

export interface DemoOrganization {
  key: string;
  name: string;
  countryCode: CountryCode | null;
  level: 'regional' | 'national';
  localGroups: string[];
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  { key: 'regional', name: 'Secretaría regional', countryCode: null, level: 'regional', localGroups: [] },
  { key: 'ammar', name: 'AMMAR Córdoba', countryCode: 'AR', level: 'national', localGroups: ['Ángel Azul'] },
  {
    key: 'aprosmig',
    name: 'APROSMIG',
    countryCode: 'BR',
    level: 'national',
    localGroups: ['Grupo de Mulheres Prostitutas do Estado do Pará'],
  },
  {
    key: 'twiggy',
    name: 'Fundación Twiggy',
    countryCode: 'CO',
    level: 'national',
    localGroups: ['Horizontes Diversos', 'Fundaqui'],
  },
  {
    key: 'liquidambar',
    name: 'Liquidambar',
    countryCode: 'SV',
    level: 'national',
    localGroups: ['Esperanza al Futuro', '1ro de Mayo'],
  },
  {
    key: 'azalea',
    name: 'Flor de Azalea',
    countryCode: 'EC',
    level: 'national',
    localGroups: ['Mujeres de Milagro', 'Diversos de Naranjito'],
  },
  { key: 'aproase', name: 'APROASE', countryCode: 'MX', level: 'national', localGroups: [] },
  {
    key: 'golondrinas',
    name: 'Asociación de Mujeres Las Golondrinas',
    countryCode: 'NI',
    level: 'national',
    localGroups: ['CPVVS'],
  },
  {
    key: 'mild',
    name: 'MILD — Mujeres Independientes Luchando por sus Derechos',
    countryCode: 'PA',
    level: 'national',
    localGroups: [],
  },
  {
    key: 'cambio',
    name: 'Asociación Civil Cambio y Acción',
    countryCode: 'PE',
    level: 'national',
    localGroups: ['Miluska', 'Sindicato de Trabajadoras Las Presumidas'],
  },
];

export interface DemoUser {
  username: string;
  displayName: string;
  memberships: { org: string; role: Role; localGroup?: string }[];
  totp: boolean;
}

/** One login per role; the administrator belongs to three organizations to show the switcher. */
export const DEMO_USERS: DemoUser[] = [
  {
    username: 'admin.demo',
    displayName: 'Administradora (demo)',
    memberships: [
      { org: 'liquidambar', role: 'admin' },
      { org: 'regional', role: 'admin' },
      { org: 'azalea', role: 'coordinator' },
    ],
    totp: true,
  },
  {
    username: 'coordinadora.demo',
    displayName: 'Coordinadora (demo)',
    memberships: [{ org: 'liquidambar', role: 'coordinator' }],
    totp: false,
  },
  {
    username: 'promotora.demo',
    displayName: 'Promotora (demo)',
    memberships: [{ org: 'liquidambar', role: 'promotora', localGroup: 'Esperanza al Futuro' }],
    totp: false,
  },
  {
    username: 'paralegal.demo',
    displayName: 'Defensora (demo)',
    memberships: [{ org: 'liquidambar', role: 'paralegal' }],
    totp: true,
  },
  {
    username: 'analista.demo',
    displayName: 'Analista M&E (demo)',
    memberships: [{ org: 'liquidambar', role: 'analyst' }],
    totp: false,
  },
  {
    username: 'red.demo',
    displayName: 'Analista de la red (demo)',
    memberships: [{ org: 'regional', role: 'network_analyst' }],
    totp: false,
  },
  {
    username: 'consulta.demo',
    displayName: 'Consulta (demo)',
    memberships: [{ org: 'liquidambar', role: 'viewer' }],
    totp: false,
  },
];

/** Demo-only password; the demo runs in its own data directory, never mixed with real data. */
export const DEMO_PASSWORD = 'demo-colectiva-lluvia';

/** Deterministic, published TOTP secrets for the synthetic demo accounts only. */
export function demoTotpSecret(username: string): string {
  return encodeBase32(
    crypto.createHash('sha256').update(`colectiva-demo-totp:${username}`).digest().subarray(0, 20),
  );
}
