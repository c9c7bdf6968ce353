import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { NetworkKeys } from '../platform/crypto/network-key';
import { createPool } from '../platform/db/pool';
import { createThrowawayDatabase } from '../testing/test-database';
import {
  checkForeignKeys,
  generateRegional,
  LOADED_TABLES,
  Prng,
  type RegionalResult,
} from './regional-generator';

/** The regional data set at scale 0.01 (600 people, 15,000 contacts): determinism and shape. */

const networkKey = randomBytes(32).toString('base64');
const cleanups: (() => Promise<void>)[] = [];

async function load(seed: number) {
  const database = await createThrowawayDatabase(inject('adminUrl'), inject('templateDatabase'));
  const pool = createPool({ connectionString: database.url, max: 2 });
  cleanups.push(async () => {
    await pool.end();
    await database.drop();
  });
  const uic = new NetworkKeys({ keyDir: '/nonexistent', fromEnvironment: networkKey });
  const result = await generateRegional(pool, uic, 'not-a-real-password-hash', { scale: 0.01, seed });
  // Everything the data set is made of, in one digest: ids, dates, places, people, hashes.
  const { rows } = await pool.query<{ digest: string }>(`
    select md5(
      (select string_agg(id::text || contacted_on || coalesce(member_id::text, '') || coalesce(site_id::text, '')
        || condoms || voided, ',' order by id) from contacts)
      || (select string_agg(id::text || encode(uic_hash, 'hex') || display_code, ',' order by id) from members)
      || (select string_agg(id::text || point || low || high, ',' order by id) from site_estimates)
    ) as digest`);
  return { pool, result, digest: rows[0]?.digest };
}

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

describe('regional data generator', () => {
  let first: { pool: pg.Pool; result: RegionalResult; digest: string | undefined };

  it('gives the same rows for the same seed and other rows for another seed', async () => {
    first = await load(7);
    const again = await load(7);
    const other = await load(8);
    expect(again.result.counts).toEqual(first.result.counts);
    expect(again.digest).toBe(first.digest);
    expect(again.result.organizationIds).toEqual(first.result.organizationIds);
    expect(other.digest).not.toBe(first.digest);
    expect(other.result.counts.sites).toBe(first.result.counts.sites);
  }, 120_000);

  it('has the shape of the reference workload, scaled', async () => {
    const { pool, result } = first;
    expect(result.counts).toMatchObject({
      organizations: 10,
      people: 600,
      effectiveContacts: 15_000,
      sites: 20,
    });
    const one = async (text: string) => (await pool.query<{ n: number }>(text)).rows[0]?.n ?? Number.NaN;
    // One regional secretariat and nine national organizations, one per country.
    expect(
      await one(`select count(distinct country_code)::int as n from organizations where level = 'national'`),
    ).toBe(9);
    // Effective contacts as the contacts module counts them: not superseded, not voided.
    expect(
      await one(`select count(*)::int as n from contacts c where not c.voided
        and not exists (select 1 from contacts s where s.org_id = c.org_id and s.supersedes_id = c.id)`),
    ).toBe(15_000);
    expect(result.counts.contactRows).toBeGreaterThan(15_000);
    // 24 months of contacts.
    expect(
      await one(`select count(distinct date_trunc('month', contacted_on))::int as n from contacts`),
    ).toBe(24);
    // ~3% of people registered in two countries: the same keyed hash in two organizations.
    const twoCountries = await one(
      `select count(*)::int as n from (select uic_hash from members group by uic_hash having count(distinct org_id) > 1) x`,
    );
    expect(twoCountries).toBeGreaterThanOrEqual(6);
    expect(twoCountries).toBeLessThanOrEqual(36);
    // ~15% of members seen at more than one site.
    const mobile = await one(
      `select count(*)::int as n from (select org_id, member_id from contacts where member_id is not null
        group by org_id, member_id having count(distinct site_id) > 1) x`,
    );
    expect(mobile / result.counts.members).toBeGreaterThan(0.08);
    expect(mobile / result.counts.members).toBeLessThan(0.25);
    // Every site has a size estimate; zero returns only for months without contacts.
    expect(
      await one(`select count(*)::int as n from sites s where not exists
      (select 1 from site_estimates e where e.org_id = s.org_id and e.site_id = s.id)`),
    ).toBe(0);
    expect(result.counts.siteReports).toBeGreaterThan(0);
    expect(
      await one(`select count(*)::int as n from site_reports r where exists (select 1 from contacts c
      where c.org_id = r.org_id and c.site_id = r.site_id and date_trunc('month', c.contacted_on) = r.month)`),
    ).toBe(0);
    expect(result.counts.referrals).toBeGreaterThan(0);
    expect(result.counts.referralEvents).toBeGreaterThan(0);
    // The coverage engine's months to build are marked, as its triggers would have marked them.
    expect(await one(`select count(*)::int as n from coverage_dirty_months`)).toBe(
      await one(`select count(distinct (org_id, date_trunc('month', contacted_on)))::int as n from contacts`),
    );
  });

  it('checks every foreign key of the loaded tables after a load without per-row checks', async () => {
    const client = await first.pool.connect();
    try {
      await expect(checkForeignKeys(client, LOADED_TABLES)).resolves.toBeUndefined();
      await client.query('begin');
      // Plant an orphan without superuser rights (CI's PostgreSQL 15 role owns the tables but may not
      // set session_replication_role): the owner makes the foreign key deferrable inside this
      // transaction, defers it, and everything is rolled back before the check would fire.
      await client.query('alter table member_sites alter constraint member_sites_member_fk deferrable');
      await client.query('set constraints member_sites_member_fk deferred');
      await client.query(
        `insert into member_sites (org_id, member_id, site_id)
         select org_id, '01900000-0000-7000-8000-000000000000', id from sites limit 1`,
      );
      await expect(checkForeignKeys(client, LOADED_TABLES)).rejects.toThrow(/member_sites_member_fk/);
    } finally {
      await client.query('rollback');
      client.release();
    }
  });
});

describe('Prng', () => {
  it('repeats for a seed and makes UUIDv7-shaped ids', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const xs = Array.from({ length: 5 }, () => a.u32());
    expect(Array.from({ length: 5 }, () => b.u32())).toEqual(xs);
    expect(new Prng(43).u32()).not.toBe(new Prng(42).u32());
    const id = new Prng(1).uuid7(Date.UTC(2025, 0, 1));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id.slice(0, 13).replace('-', '')).toBe(Date.UTC(2025, 0, 1).toString(16).padStart(12, '0'));
  });
});
