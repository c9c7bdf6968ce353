import type pg from 'pg';
import { CONTACT_NEEDS, FACILITY_TYPES, INFO_TOPICS, REFERRAL_SERVICES } from '../../domain/contacts.schemas';
import { DISPLAY_CODE_ALPHABET, DISPLAY_CODE_LENGTH } from '../../domain/members';
import { DEFAULT_RISK_FLAGS } from '../../domain/registry-settings';
import { buildUic, UIC_RECIPES } from '../../domain/uic';
import type { UicHasher } from '../platform/crypto/network-key';

/*
 * The regional data set of PERFORMANCE.md ("Reference workload"), deterministic for a seed: one
 * regional network with a secretariat and nine national organizations (the countries of DOMAIN.md §6),
 * local groups, sites with size estimates, promotoras, members, 24 months of outreach contacts with
 * services, referrals and their outcomes, zero returns and stock. At scale 1: ~20 local groups,
 * ~600 sites, 60,000 people, 1,500,000 effective contacts; ~15% of people seen at two sites and ~3%
 * registered in a second country (the same keyed UIC hash in two organizations).
 *
 * Everything comes from one seeded PRNG (ids too), so a seed gives the same rows every time. The
 * member hashes go through the real path: a UIC built by `buildUic` from invented answers, hashed
 * with the network key (`UicHasher`), which lives outside the database like in production. Encrypted
 * columns are left null (all are nullable), so no ciphertext is faked. Rows go in with multi-row
 * `INSERT … SELECT FROM unnest(…)` statements of a few thousand rows; no audit rows are written (a
 * bulk load, like a restore).
 */

export interface RegionalOptions {
  /** 1 = the reference workload; 0.01 for tests, 10 for the large run. */
  scale: number;
  seed: number;
  /** Last month of the 24 (YYYY-MM); fixed so that a seed always gives the same dates. */
  endMonth?: string;
  log?: (line: string) => void;
}

export interface RegionalCounts {
  organizations: number;
  localGroups: number;
  areas: number;
  sites: number;
  siteEstimates: number;
  siteWorkers: number;
  users: number;
  memberships: number;
  people: number;
  members: number;
  memberSites: number;
  /** Effective contacts (not superseded, not voided), member contacts and anonymous tallies. */
  effectiveContacts: number;
  /** Every contact row: effective ones plus the superseded originals and the voided events. */
  contactRows: number;
  referrals: number;
  referralEvents: number;
  siteReports: number;
  stockPoints: number;
  stockReceipts: number;
}

export interface RegionalResult {
  counts: RegionalCounts;
  networkId: string;
  /** Organization ids, the regional secretariat first. */
  organizationIds: string[];
  /** One coordinator per national organization (username `coord-<cc>`), password as given. */
  coordinators: { orgId: string; userId: string; username: string }[];
  rows: number;
  seconds: number;
}

export const REGIONAL_COUNTRIES = [
  { code: 'AR', name: 'Argentina', weight: 10 },
  { code: 'BR', name: 'Brasil', weight: 18 },
  { code: 'CO', name: 'Colombia', weight: 13 },
  { code: 'SV', name: 'El Salvador', weight: 6 },
  { code: 'EC', name: 'Ecuador', weight: 9 },
  { code: 'MX', name: 'México', weight: 20 },
  { code: 'NI', name: 'Nicaragua', weight: 5 },
  { code: 'PA', name: 'Panamá', weight: 5 },
  { code: 'PE', name: 'Perú', weight: 14 },
] as const;

const MONTHS = 24;
const ALPHABET = [...DISPLAY_CODE_ALPHABET];
const BATCH_ROWS = 4000;
const MOBILE_SITE_SHARE = 0.15;
const CROSS_COUNTRY_SHARE = 0.03;
const ANONYMOUS_SHARE = 0.02;
const CORRECTED_SHARE = 0.01;
const VOIDED_SHARE = 0.002;
const REFERRAL_SHARE = 0.08;
const CLOSED_MONTH_SHARE = 0.05;
const CAD = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const TYPOLOGIES = ['street', 'venue', 'brothel', 'apartment', 'hotel', 'online', 'other'] as const;
const AGE_BANDS = ['18_24', '25_34', '25_34', '35_44', '45_plus', 'unknown'] as const;
const GENDERS = ['woman', 'woman', 'woman', 'trans_woman', 'trans_woman', 'non_binary', 'man'] as const;
const WORK_SETTINGS = ['street', 'venue', 'brothel', 'apartment', 'hotel', 'online'] as const;
const FIRST_NAMES = [
  'Rosa', 'Marta', 'Blanca', 'Dolores', 'Lucía', 'Teresa', 'Gloria', 'Sonia', 'Carmen', 'Irma', 'Yesenia',
  'Elena', 'Ana', 'María', 'Juana', 'Patricia', 'Sandra', 'Norma', 'Silvia', 'Mercedes', 'Beatriz', 'Olga',
  'Pilar', 'Reina', 'Karla', 'Daysi', 'Fabiola', 'Graciela', 'Hilda', 'Inés', 'Leticia', 'Nidia',
] as const; // prettier-ignore
const FATHER_NAMES = [
  'Julio', 'Ernesto', 'Tomás', 'Rafael', 'Andrés', 'Mauricio', 'Víctor', 'Óscar', 'Nelson', 'Wilfredo',
  'Santos', 'José', 'Juan', 'Luis', 'Carlos', 'Pedro', 'Miguel', 'Jorge', 'Ramón', 'Hugo', 'Raúl', 'Efraín',
  'Germán', 'Iván', 'Kevin', 'Lorenzo', 'Marcos', 'Néstor', 'Pablo', 'Rubén', 'Saúl', 'Walter',
] as const; // prettier-ignore

/** sfc32: a small, fast, well-mixed 32-bit PRNG; the seed is spread by splitmix32 first. */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.u32();
  }

  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** [0, 1) */
  next(): number {
    return this.u32() / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }

  /** A UUIDv7 for a time (ms), its 74 random bits from this generator. */
  uuid7(ms: number): string {
    const hex = Math.floor(ms).toString(16).padStart(12, '0');
    const r1 = this.u32();
    const r2 = this.u32();
    const r3 = this.u32();
    const h = (n: number, len: number) =>
      (n >>> 0)
        .toString(16)
        .padStart(8, '0')
        .slice(8 - len);
    const variant = (0x8 | (r2 >>> 30)).toString(16);
    return (
      `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${h(r1, 3)}-${variant}${h(r2 >>> 4, 3)}-` +
      `${h(r2 & 0xf, 1)}${h(r3, 8)}${h(r1 >>> 12, 3)}`
    );
  }
}

/** Shares of `total` by weight, each at least `min`, summing to max(total, min × count). */
function apportion(total: number, weights: readonly number[], min: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => Math.max(min, Math.floor((total * w) / sum)));
  let left = total - raw.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % raw.length, left--) raw[i] = (raw[i] ?? 0) + 1;
  return raw;
}

type PgType = 'uuid' | 'text' | 'int' | 'date' | 'ts' | 'bool' | 'bytea' | 'text[]';
const CAST: Record<PgType, string> = {
  uuid: 'uuid[]',
  text: 'text[]',
  int: 'int[]',
  date: 'date[]',
  ts: 'timestamptz[]',
  bool: 'boolean[]',
  bytea: 'bytea[]',
  'text[]': 'text[]', // one array literal per row, cast back below
};

/**
 * One statement in flight: the next batch is built while PostgreSQL inserts the previous one. The
 * connection runs one query at a time, in order, so referenced rows still go in first.
 */
class Pipe {
  private inflight: Promise<unknown> | null = null;

  async send(query: () => Promise<unknown>): Promise<void> {
    await this.drain();
    const sent = query();
    sent.catch(() => undefined); // awaited by the next send or drain(); never an unhandled rejection
    this.inflight = sent;
  }

  async drain(): Promise<void> {
    const inflight = this.inflight;
    this.inflight = null;
    if (inflight) await inflight;
  }
}

/** Collects rows of one table and writes them BATCH_ROWS at a time with one INSERT … unnest. */
class Batch {
  private columns: unknown[][];
  private n = 0;
  total = 0;
  private readonly sql: string;
  /** Batches whose rows this one references: flushed first. */
  readonly after: Batch[] = [];

  constructor(
    private readonly client: pg.ClientBase,
    table: string,
    private readonly spec: readonly (readonly [string, PgType])[],
    private readonly onRows: (n: number) => void,
    private readonly pipe: Pipe,
  ) {
    this.columns = spec.map(() => []);
    const names = spec.map(([name]) => name).join(', ');
    const params = spec.map(([, type], i) => `$${i + 1}::${CAST[type]}`).join(', ');
    const select = spec.map(([, type], i) => (type === 'text[]' ? `c${i}::text[]` : `c${i}`)).join(', ');
    const aliases = spec.map((_, i) => `c${i}`).join(', ');
    this.sql = `insert into ${table} (${names}) select ${select} from unnest(${params}) as u(${aliases})`;
  }

  async add(...values: unknown[]): Promise<void> {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      (this.columns[i] as unknown[]).push(
        this.spec[i]?.[1] === 'text[]' ? `{${(v as string[]).join(',')}}` : v,
      );
    }
    this.n++;
    if (this.n >= BATCH_ROWS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.n === 0) return;
    for (const batch of this.after) await batch.flush();
    const n = this.n;
    const columns = this.columns;
    await this.pipe.send(() => this.client.query(this.sql, columns).then(() => this.onRows(n)));
    this.total += this.n;
    this.columns = this.spec.map(() => []);
    this.n = 0;
  }
}

interface Site {
  orgIndex: number;
  id: string;
  localGroupId: string;
  promotoras: string[];
  stockPointId: string;
  closed: Set<number>;
}

interface Person {
  orgIndex: number;
  code: string;
  fallbacks: string[];
  homeSite: Site;
  secondSite: Site | null;
  /** The other country's registration, for ~3%. */
  abroad: { orgIndex: number; site: Site } | null;
}

export const LOADED_TABLES = [
  'networks', 'organizations', 'areas', 'local_groups', 'users', 'memberships', 'stock_points',
  'stock_receipts', 'sites', 'site_estimates', 'site_workers', 'members', 'member_sites', 'contacts',
  'contact_referrals', 'referral_events', 'site_reports',
]; // prettier-ignore

/** Every foreign key of the tables, checked with one anti-join each; throws on the first orphan. */
export async function checkForeignKeys(client: pg.ClientBase, tables: readonly string[]): Promise<void> {
  const { rows } = await client.query<{
    name: string;
    child: string;
    parent: string;
    cols: string[];
    pcols: string[];
  }>(
    `select c.conname as name, c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
       array(select quote_ident(a.attname) from unnest(c.conkey) with ordinality k(n, i)
             join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as cols,
       array(select quote_ident(a.attname) from unnest(c.confkey) with ordinality k(n, i)
             join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as pcols
     from pg_constraint c where c.contype = 'f' and c.conrelid = any($1::regclass[])`,
    [tables],
  );
  for (const fk of rows) {
    const notNull = fk.cols.map((col) => `x.${col} is not null`).join(' and ');
    const match = fk.cols.map((col, i) => `p.${fk.pcols[i]} = x.${col}`).join(' and ');
    const orphan = await client.query(
      `select 1 from ${fk.child} x where ${notNull} and not exists (select 1 from ${fk.parent} p where ${match}) limit 1`,
    );
    if (orphan.rowCount) throw new Error(`generated rows break foreign key ${fk.name}`);
  }
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function monthStartMs(endMonth: string, index: number): number {
  const [y, m] = endMonth.split('-').map(Number) as [number, number];
  return Date.UTC(y, m - 1 - (MONTHS - 1) + index, 1);
}

/**
 * Loads the regional data set into an empty-of-it, migrated database. `passwordHash` is stored for
 * every generated account (one Argon2 hash, made once by the caller).
 */
export async function generateRegional(
  pool: pg.Pool,
  uic: UicHasher,
  passwordHash: string,
  options: RegionalOptions,
): Promise<RegionalResult> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const rng = new Prng(options.seed);
  const endMonth = options.endMonth ?? '2026-10';
  const scale = options.scale;
  const people = Math.max(90, Math.round(60_000 * scale));
  const targetContacts = Math.max(1000, Math.round(1_500_000 * scale));
  const siteCount = Math.max(18, Math.round(600 * scale));
  const groupCount = Math.max(9, Math.round(20 * scale));
  const t0 = monthStartMs(endMonth, 0);
  const tEnd = monthStartMs(endMonth, MONTHS);
  const createdMs = t0 - 30 * 86_400_000;

  const client = await pool.connect();
  let rows = 0;
  let lastLog = performance.now();
  const onRows = (n: number) => {
    rows += n;
    const now = performance.now();
    if (now - lastLog > 5000) {
      lastLog = now;
      log(`  ${rows.toLocaleString('en')} rows, ${Math.round(rows / ((now - started) / 1000))} rows/s`);
    }
  };
  const pipe = new Pipe();
  const batch = (table: string, spec: readonly (readonly [string, PgType])[]) =>
    new Batch(client, table, spec, onRows, pipe);
  try {
    await client.query('set synchronous_commit = off');
    // Foreign keys are checked once, set-based, at the end (checkForeignKeys) instead of by a
    // trigger per row, as pg_restore --disable-triggers does; it needs a superuser (the embedded
    // server's), and without one every row is checked as usual.
    const deferredChecks = await client
      .query('set session_replication_role = replica')
      .then(() => true)
      .catch(() => false);
    await client.query('begin');
    const ts = new Date(createdMs);

    // Network, organizations, areas, local groups.
    const networkId = rng.uuid7(createdMs);
    await client.query(
      `insert into networks (id, name, uic_recipe_id, created_at) values ($1, $2, 'default', $3)`,
      [networkId, 'Red regional de medición', ts],
    );
    const orgs = REGIONAL_COUNTRIES.map((c) => ({ ...c, id: rng.uuid7(createdMs) }));
    const regionalId = rng.uuid7(createdMs);
    const orgBatch = batch('organizations', [
      ['id', 'uuid'],
      ['network_id', 'uuid'],
      ['name', 'text'],
      ['country_code', 'text'],
      ['level', 'text'],
      ['created_at', 'ts'],
    ]);
    await orgBatch.add(regionalId, networkId, 'Secretaría regional', null, 'regional', ts);
    for (const o of orgs)
      await orgBatch.add(o.id, networkId, `Organización ${o.name}`, o.code, 'national', ts);
    await orgBatch.flush();

    const areaBatch = batch('areas', [
      ['org_id', 'uuid'],
      ['id', 'uuid'],
      ['parent_id', 'uuid'],
      ['level', 'text'],
      ['name', 'text'],
      ['country_code', 'text'],
      ['created_at', 'ts'],
      ['updated_at', 'ts'],
    ]);
    const provinces: string[][] = [];
    for (const o of orgs) {
      const countryArea = rng.uuid7(createdMs);
      await areaBatch.add(o.id, countryArea, null, 'country', o.name, o.code, ts, ts);
      const list: string[] = [];
      for (let p = 1; p <= 4; p++) {
        const id = rng.uuid7(createdMs);
        list.push(id);
        await areaBatch.add(o.id, id, countryArea, 'province', `Provincia ${p}`, o.code, ts, ts);
      }
      provinces.push(list);
    }
    await areaBatch.flush();

    const weights = orgs.map((o) => o.weight);
    const groupsPerOrg = apportion(groupCount, weights, 1);
    const groupBatch = batch('local_groups', [
      ['org_id', 'uuid'],
      ['id', 'uuid'],
      ['name', 'text'],
      ['created_at', 'ts'],
      ['updated_at', 'ts'],
    ]);
    const groups: string[][] = [];
    for (const [i, o] of orgs.entries()) {
      const list: string[] = [];
      for (let g = 1; g <= (groupsPerOrg[i] ?? 1); g++) {
        const id = rng.uuid7(createdMs);
        list.push(id);
        await groupBatch.add(o.id, id, `Colectivo ${o.code}-${g}`, ts, ts);
      }
      groups.push(list);
    }
    await groupBatch.flush();

    // Accounts: one coordinator per organization, promotoras at the 1:50 norm.
    const peoplePerOrg = apportion(people, weights, 10);
    const userBatch = batch('users', [
      ['id', 'uuid'],
      ['username', 'text'],
      ['display_name', 'text'],
      ['password_hash', 'text'],
      ['password_changed_at', 'ts'],
      ['created_at', 'ts'],
    ]);
    const membershipBatch = batch('memberships', [
      ['org_id', 'uuid'],
      ['id', 'uuid'],
      ['user_id', 'uuid'],
      ['role', 'text'],
      ['created_at', 'ts'],
    ]);
    const coordinators: RegionalResult['coordinators'] = [];
    const promotoras: string[][] = [];
    for (const [i, o] of orgs.entries()) {
      const coordinator = rng.uuid7(createdMs);
      const username = `coord-${o.code.toLowerCase()}`;
      coordinators.push({ orgId: o.id, userId: coordinator, username });
      await userBatch.add(coordinator, username, `Coordinación ${o.code}`, passwordHash, ts, ts);
      await membershipBatch.add(o.id, rng.uuid7(createdMs), coordinator, 'coordinator', ts);
      const list: string[] = [];
      const count = Math.max(2, Math.ceil((peoplePerOrg[i] ?? 0) / 50));
      for (let p = 1; p <= count; p++) {
        const id = rng.uuid7(createdMs);
        list.push(id);
        const name = `prom-${o.code.toLowerCase()}-${p}`;
        await userBatch.add(id, name, `Promotora ${o.code} ${p}`, passwordHash, ts, ts);
        await membershipBatch.add(o.id, rng.uuid7(createdMs), id, 'promotora', ts);
      }
      promotoras.push(list);
    }
    await userBatch.flush();
    await membershipBatch.flush();

    // Stock points (a drop-in centre and two teams per organization) with monthly receipts.
    const pointBatch = batch('stock_points', [
      ['org_id', 'uuid'],
      ['id', 'uuid'],
      ['name', 'text'],
      ['kind', 'text'],
      ['created_at', 'ts'],
      ['updated_at', 'ts'],
    ]);
    const receiptBatch = batch('stock_receipts', [
      ['org_id', 'uuid'],
      ['id', 'uuid'],
      ['stock_point_id', 'uuid'],
      ['item', 'text'],
      ['quantity', 'int'],
      ['received_on', 'date'],
      ['created_at', 'ts'],
    ]);
    const teams: string[][] = [];
    for (const [i, o] of orgs.entries()) {
      const list: string[] = [];
      for (const [name, kind] of [
        ['Centro comunitario', 'drop_in_centre'],
        ['Equipo de calle 1', 'team'],
        ['Equipo de calle 2', 'team'],
      ] as const) {
        const id = rng.uuid7(createdMs);
        await pointBatch.add(o.id, id, name, kind, ts, ts);
        if (kind === 'team') list.push(id);
        for (let m = 0; m < MONTHS; m++) {
          const on = monthStartMs(endMonth, m) + rng.int(0, 9) * 86_400_000;
          const perPerson = kind === 'team' ? 30 : 10;
          for (const item of ['condoms', 'lubricant', 'hiv_self_tests'] as const) {
            if (item === 'hiv_self_tests' && !rng.chance(0.5)) continue;
            const base = Math.max(
              1,
              Math.round(((peoplePerOrg[i] ?? 0) * perPerson) / (item === 'condoms' ? 2 : 8)),
            );
            await receiptBatch.add(
              o.id,
              rng.uuid7(on),
              id,
              item,
              rng.int(base, base * 2),
              isoDate(on),
              new Date(on),
            );
          }
        }
      }
      teams.push(list);
    }
    await pointBatch.flush();
    await receiptBatch.flush();

    // Sites with a size estimate, two promotoras each, a few closed months (zero returns or silence).
    const sitesPerOrg = apportion(siteCount, weights, 2);
    const siteBatch = batch('sites', [
      ['org_id', 'uuid'],
      ['id', 'uuid'],
      ['area_id', 'uuid'],
      ['name', 'text'],
      ['typology', 'text'],
      ['activity_days', 'text[]'],
      ['local_group_id', 'uuid'],
      ['created_at', 'ts'],
      ['updated_at', 'ts'],
    ]);
    const estimateBatch = batch('site_estimates', [
      ['org_id', 'uuid'],
      ['id', 'uuid'],
      ['site_id', 'uuid'],
      ['low', 'int'],
      ['point', 'int'],
      ['high', 'int'],
      ['method', 'text'],
      ['estimated_on', 'date'],
      ['created_at', 'ts'],
    ]);
    const workerBatch = batch('site_workers', [
      ['org_id', 'uuid'],
      ['site_id', 'uuid'],
      ['user_id', 'uuid'],
      ['created_at', 'ts'],
    ]);
    const sites: Site[][] = [];
    for (const [i, o] of orgs.entries()) {
      const list: Site[] = [];
      const orgPromotoras = promotoras[i] ?? [];
      const orgGroups = groups[i] ?? [];
      const siteTotal = sitesPerOrg[i] ?? 2;
      for (let s = 0; s < siteTotal; s++) {
        const id = rng.uuid7(createdMs);
        const localGroupId = orgGroups[s % orgGroups.length] as string;
        const first = orgPromotoras[s % orgPromotoras.length] as string;
        const second = orgPromotoras[(s + 1) % orgPromotoras.length] as string;
        const closed = new Set<number>();
        for (let m = 0; m < MONTHS - 1; m++) if (rng.chance(CLOSED_MONTH_SHARE)) closed.add(m);
        const site: Site = {
          orgIndex: i,
          id,
          localGroupId,
          promotoras: first === second ? [first] : [first, second],
          stockPointId: rng.pick(teams[i] ?? []),
          closed,
        };
        list.push(site);
        const days = CAD.filter(() => rng.chance(0.6));
        await siteBatch.add(
          o.id,
          id,
          rng.pick(provinces[i] ?? []),
          `Sitio ${o.code}-${String(s + 1).padStart(3, '0')}`,
          rng.pick(TYPOLOGIES),
          days,
          localGroupId,
          ts,
          ts,
        );
        const point = rng.int(40, 260);
        await estimateBatch.add(
          o.id,
          rng.uuid7(createdMs),
          id,
          Math.round(point * (0.6 + rng.next() * 0.2)),
          point,
          Math.round(point * (1.3 + rng.next() * 0.4)),
          rng.pick(['mapping', 'enumeration', 'capture_recapture'] as const),
          isoDate(t0),
          ts,
        );
        for (const user of site.promotoras) await workerBatch.add(o.id, id, user, ts);
      }
      sites.push(list);
    }
    await siteBatch.flush();
    await estimateBatch.flush();
    await workerBatch.flush();

    // People: answers → UIC (buildUic) → keyed hash (network key); home site, 15% a second site,
    // 3% a registration in another country.
    const recipe = UIC_RECIPES.default;
    const persons: Person[] = [];
    for (const [i] of orgs.entries()) {
      const orgSites = sites[i] ?? [];
      for (let p = 0; p < (peoplePerOrg[i] ?? 0); p++) {
        const year = rng.int(1962, 2006);
        const answers = {
          motherFirstName: rng.chance(0.04) ? null : rng.pick(FIRST_NAMES),
          fatherFirstName: rng.chance(0.12) ? null : rng.pick(FATHER_NAMES),
          ownFirstNameInitial: rng.pick(FIRST_NAMES).slice(0, 1),
          ownSurnameInitial: rng.pick(FATHER_NAMES).slice(0, 1),
          birthDate: rng.chance(0.03)
            ? null
            : `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
        };
        const built = buildUic(recipe, answers);
        const homeSite = orgSites[rng.int(0, orgSites.length - 1)] as Site;
        let secondSite: Site | null = null;
        if (orgSites.length > 1 && rng.chance(MOBILE_SITE_SHARE)) {
          // Mostly a site of the same local group, else any other site of the organization.
          const sameGroup = orgSites.filter(
            (s) => s !== homeSite && s.localGroupId === homeSite.localGroupId,
          );
          const pool =
            sameGroup.length > 0 && rng.chance(0.7) ? sameGroup : orgSites.filter((s) => s !== homeSite);
          secondSite = rng.pick(pool);
        }
        let abroad: Person['abroad'] = null;
        if (rng.chance(CROSS_COUNTRY_SHARE)) {
          const other = (i + rng.int(1, orgs.length - 1)) % orgs.length;
          abroad = { orgIndex: other, site: rng.pick(sites[other] ?? []) };
        }
        persons.push({
          orgIndex: i,
          code: built.code,
          fallbacks: built.fallbacksUsed,
          homeSite,
          secondSite,
          abroad,
        });
      }
    }
    const memberRows = persons.length + persons.filter((p) => p.abroad).length;
    const anonymousTarget = Math.round(targetContacts * ANONYMOUS_SHARE);
    // A little under the rest, so that anonymous tallies make up the exact total.
    const perPerson = ((targetContacts - anonymousTarget) * 0.97) / persons.length;
    log(`  ${persons.length} people, ${memberRows} member records; ~${perPerson.toFixed(1)} contacts each`);

    const memberBatch = batch('members', [
      ['org_id', 'uuid'],
      ['id', 'uuid'],
      ['uic_hash', 'bytea'],
      ['uic_recipe_id', 'text'],
      ['uic_fallbacks', 'text[]'],
      ['display_code', 'text'],
      ['assigned_user_id', 'uuid'],
      ['local_group_id', 'uuid'],
      ['age_band', 'text'],
      ['gender_identity', 'text'],
      ['work_settings', 'text[]'],
      ['first_contact_on', 'date'],
      ['risk_flags', 'text[]'],
      ['priority', 'bool'],
      ['partners_per_week', 'int'],
      ['acts_per_partner', 'int'],
      ['created_by', 'uuid'],
      ['created_at', 'ts'],
      ['updated_at', 'ts'],
    ]);
    const memberSiteBatch = batch('member_sites', [
      ['org_id', 'uuid'],
      ['member_id', 'uuid'],
      ['site_id', 'uuid'],
    ]);
    const contactSpec = [
      ['org_id', 'uuid'],
      ['id', 'uuid'],
      ['contacted_on', 'date'],
      ['site_id', 'uuid'],
      ['promotora_user_id', 'uuid'],
      ['member_id', 'uuid'],
      ['anonymous_count', 'int'],
      ['condoms', 'int'],
      ['lubricant', 'int'],
      ['hiv_self_tests', 'int'],
      ['info_topics', 'text[]'],
      ['needs', 'text[]'],
      ['stock_point_id', 'uuid'],
      ['supersedes_id', 'uuid'],
      ['voided', 'bool'],
      ['created_by', 'uuid'],
      ['created_at', 'ts'],
    ] as const;
    const contactBatch = batch('contacts', contactSpec);
    // Corrections name their original, so they go in a second batch flushed after the first.
    const correctionBatch = batch('contacts', contactSpec);
    const referralBatch = batch('contact_referrals', [
      ['org_id', 'uuid'],
      ['id', 'uuid'],
      ['origin_id', 'uuid'],
      ['contact_id', 'uuid'],
      ['service', 'text'],
      ['facility_type', 'text'],
      ['created_at', 'ts'],
    ]);
    const eventBatch = batch('referral_events', [
      ['org_id', 'uuid'],
      ['id', 'uuid'],
      ['referral_id', 'uuid'],
      ['status', 'text'],
      ['result', 'text'],
      ['recorded_on', 'date'],
      ['recorded_by', 'uuid'],
      ['created_at', 'ts'],
    ]);
    memberSiteBatch.after.push(memberBatch);
    contactBatch.after.push(memberBatch);
    correctionBatch.after.push(contactBatch);
    referralBatch.after.push(contactBatch);
    const usedCodes = orgs.map(() => new Set<string>());
    const siteMonthContacts = new Map<string, number>();
    let effective = 0;

    const displayCode = (orgIndex: number): string => {
      const used = usedCodes[orgIndex] as Set<string>;
      for (;;) {
        let code = '';
        for (let k = 0; k < DISPLAY_CODE_LENGTH; k++) code += rng.pick(ALPHABET);
        if (!used.has(code)) {
          used.add(code);
          return code;
        }
      }
    };

    /** A date in [fromMonth, 23] avoiding the site's closed months. */
    const contactDay = (site: Site, fromMonth: number): number => {
      let month = rng.int(fromMonth, MONTHS - 1);
      while (site.closed.has(month)) month++;
      const start = monthStartMs(endMonth, month);
      const days = (monthStartMs(endMonth, month + 1) - start) / 86_400_000;
      return start + rng.int(0, days - 1) * 86_400_000;
    };

    const services = (): [number, number, number, string[], string[]] => [
      rng.chance(0.85) ? rng.int(3, 30) : 0,
      rng.chance(0.6) ? rng.int(1, 10) : 0,
      rng.chance(0.05) ? 1 : 0,
      INFO_TOPICS.filter(() => rng.chance(0.18)),
      rng.chance(0.1) ? [rng.pick(CONTACT_NEEDS)] : [],
    ];

    const addContact = async (
      orgId: string,
      site: Site,
      memberId: string | null,
      day: number,
      anonymousCount: number | null,
    ): Promise<void> => {
      const promotora = rng.pick(site.promotoras);
      const createdAt = day + rng.int(9, 20) * 3_600_000;
      const id = rng.uuid7(createdAt);
      const [condoms, lubricant, tests, topics, needs] = services();
      const stockPoint = rng.chance(0.7) ? site.stockPointId : null;
      const monthIndex = Math.floor(
        (new Date(day).getUTCFullYear() - new Date(t0).getUTCFullYear()) * 12 +
          new Date(day).getUTCMonth() -
          new Date(t0).getUTCMonth(),
      );
      const key = `${site.id}:${monthIndex}`;
      siteMonthContacts.set(key, (siteMonthContacts.get(key) ?? 0) + 1);
      effective++;
      const onDay = isoDate(day);
      const roll = memberId ? rng.next() : 1;
      if (roll < CORRECTED_SHARE) {
        // Recorded with a wrong count, corrected an hour later: the original stays, superseded.
        await contactBatch.add(
          orgId,
          id,
          onDay,
          site.id,
          promotora,
          memberId,
          null,
          condoms + 10,
          lubricant,
          tests,
          topics,
          needs,
          stockPoint,
          null,
          false,
          promotora,
          new Date(createdAt),
        );
        const fixAt = createdAt + 3_600_000;
        await correctionBatch.add(
          orgId,
          rng.uuid7(fixAt),
          onDay,
          site.id,
          promotora,
          memberId,
          null,
          condoms,
          lubricant,
          tests,
          topics,
          needs,
          stockPoint,
          id,
          false,
          promotora,
          new Date(fixAt),
        );
        return;
      }
      await contactBatch.add(
        orgId,
        id,
        onDay,
        site.id,
        promotora,
        memberId,
        anonymousCount,
        condoms,
        lubricant,
        tests,
        topics,
        needs,
        stockPoint,
        null,
        false,
        promotora,
        new Date(createdAt),
      );
      if (memberId && rng.chance(REFERRAL_SHARE)) {
        const referralId = rng.uuid7(createdAt);
        await referralBatch.add(
          orgId,
          referralId,
          referralId,
          id,
          rng.pick(REFERRAL_SERVICES),
          rng.pick(FACILITY_TYPES),
          new Date(createdAt),
        );
        const outcome = rng.next();
        const followDay = Math.min(day + rng.int(3, 30) * 86_400_000, tEnd - 86_400_000);
        if (outcome < 0.55) {
          await eventBatch.add(
            orgId,
            rng.uuid7(followDay),
            referralId,
            'attended',
            null,
            isoDate(followDay),
            promotora,
            new Date(followDay),
          );
          if (rng.chance(0.7)) {
            const resultDay = Math.min(followDay + rng.int(1, 14) * 86_400_000, tEnd - 86_400_000);
            const result = rng.pick([
              'service_received',
              'service_received',
              'result_known',
              'service_denied',
              'pending',
            ] as const);
            await eventBatch.add(
              orgId,
              rng.uuid7(resultDay),
              referralId,
              'result',
              result,
              isoDate(resultDay),
              promotora,
              new Date(resultDay),
            );
          }
        } else if (outcome < 0.7) {
          await eventBatch.add(
            orgId,
            rng.uuid7(followDay),
            referralId,
            'not_attended',
            null,
            isoDate(followDay),
            promotora,
            new Date(followDay),
          );
        }
      }
      if (memberId && rng.chance(VOIDED_SHARE / (1 - CORRECTED_SHARE))) {
        // A duplicate entry, voided the same day: one more row, not an effective contact.
        const dupAt = createdAt + 600_000;
        const dupId = rng.uuid7(dupAt);
        await contactBatch.add(
          orgId,
          dupId,
          onDay,
          site.id,
          promotora,
          memberId,
          null,
          condoms,
          lubricant,
          tests,
          topics,
          needs,
          stockPoint,
          null,
          false,
          promotora,
          new Date(dupAt),
        );
        const voidAt = dupAt + 600_000;
        await correctionBatch.add(
          orgId,
          rng.uuid7(voidAt),
          onDay,
          site.id,
          promotora,
          memberId,
          null,
          condoms,
          lubricant,
          tests,
          topics,
          needs,
          stockPoint,
          dupId,
          true,
          promotora,
          new Date(voidAt),
        );
      }
    };

    const addMember = async (
      orgIndex: number,
      person: Person,
      home: Site,
      second: Site | null,
      share: number,
    ) => {
      const orgId = orgs[orgIndex]?.id as string;
      const startMonth = Math.floor(Math.pow(rng.next(), 1.5) * MONTHS);
      const firstDay = contactDay(home, startMonth);
      const id = rng.uuid7(firstDay + 8 * 3_600_000);
      const flags = DEFAULT_RISK_FLAGS.filter(() => rng.chance(0.35)).map((f) => f.key);
      const settings = WORK_SETTINGS.filter(() => rng.chance(0.25));
      await memberBatch.add(
        orgId,
        id,
        uic.hash(networkId, person.code),
        'default',
        person.fallbacks,
        displayCode(orgIndex),
        home.promotoras[0],
        home.localGroupId,
        rng.pick(AGE_BANDS),
        rng.pick(GENDERS),
        settings.length ? settings : [rng.pick(WORK_SETTINGS)],
        isoDate(firstDay),
        flags,
        flags.length > 3,
        rng.chance(0.7) ? rng.int(3, 30) : null,
        rng.chance(0.7) ? rng.int(1, 3) : null,
        home.promotoras[0],
        new Date(firstDay + 8 * 3_600_000),
        new Date(firstDay + 8 * 3_600_000),
      );
      await memberSiteBatch.add(orgId, id, home.id);
      if (second) await memberSiteBatch.add(orgId, id, second.id);
      const count = Math.max(1, Math.round(perPerson * share * (0.3 + rng.next() * 1.4)));
      await addContact(orgId, home, id, firstDay, null);
      for (let k = 1; k < count; k++) {
        const site = second && (k === 1 || rng.chance(0.35)) ? second : home;
        await addContact(orgId, site, id, contactDay(site, startMonth), null);
      }
    };

    for (const person of persons) {
      await addMember(person.orgIndex, person, person.homeSite, person.secondSite, person.abroad ? 0.7 : 1);
      if (person.abroad) await addMember(person.abroad.orgIndex, person, person.abroad.site, null, 0.3);
    }
    // Anonymous tallies, spread over every site and month.
    const allSites = sites.flat();
    while (effective < targetContacts) {
      const site = rng.pick(allSites);
      await addContact(orgs[site.orgIndex]?.id as string, site, null, contactDay(site, 0), rng.int(1, 6));
    }
    await memberBatch.flush();
    await memberSiteBatch.flush();
    await contactBatch.flush();
    await correctionBatch.flush();
    await referralBatch.flush();
    await eventBatch.flush();

    // Zero returns: most closed site-months without contacts say "nothing to report"; the rest stay silent.
    const reportBatch = batch('site_reports', [
      ['org_id', 'uuid'],
      ['id', 'uuid'],
      ['site_id', 'uuid'],
      ['month', 'date'],
      ['status', 'text'],
      ['reported_by', 'uuid'],
      ['created_at', 'ts'],
    ]);
    for (const site of allSites) {
      for (const month of [...site.closed].sort((a, b) => a - b)) {
        if (siteMonthContacts.has(`${site.id}:${month}`) || !rng.chance(0.75)) continue;
        const at = monthStartMs(endMonth, month + 1) + rng.int(0, 5) * 86_400_000;
        await reportBatch.add(
          orgs[site.orgIndex]?.id,
          rng.uuid7(at),
          site.id,
          isoDate(monthStartMs(endMonth, month)),
          'nothing_to_report',
          site.promotoras[0],
          new Date(at),
        );
      }
    }
    await reportBatch.flush();
    await pipe.drain();
    if (deferredChecks) {
      await client.query('set session_replication_role = origin');
      log('  checking foreign keys…');
      await checkForeignKeys(client, LOADED_TABLES);
      // What the skipped statement triggers would have done: the coverage engine's months to build.
      await client.query(`do $$ begin
        if to_regclass('coverage_dirty_months') is not null then
          insert into coverage_dirty_months (org_id, month)
          select distinct org_id, date_trunc('month', contacted_on)::date from contacts
          on conflict do nothing;
        end if; end $$`);
    }
    await client.query('commit');
    log('  analyze…');
    // Fresh statistics for the tables loaded, as autovacuum would give them later.
    await client.query(`analyze ${LOADED_TABLES.join(', ')}`);

    const counts: RegionalCounts = {
      organizations: orgBatch.total,
      localGroups: groupBatch.total,
      areas: areaBatch.total,
      sites: siteBatch.total,
      siteEstimates: estimateBatch.total,
      siteWorkers: workerBatch.total,
      users: userBatch.total,
      memberships: membershipBatch.total,
      people: persons.length,
      members: memberBatch.total,
      memberSites: memberSiteBatch.total,
      effectiveContacts: effective,
      contactRows: contactBatch.total + correctionBatch.total,
      referrals: referralBatch.total,
      referralEvents: eventBatch.total,
      siteReports: reportBatch.total,
      stockPoints: pointBatch.total,
      stockReceipts: receiptBatch.total,
    };
    return {
      counts,
      networkId,
      organizationIds: [regionalId, ...orgs.map((o) => o.id)],
      coordinators,
      rows: rows + 1,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    await pipe.drain().catch(() => undefined);
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
