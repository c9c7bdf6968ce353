/**
 * P10 — storage (PERFORMANCE.md): ≥ 150,000 outreach records per GB, indexes included.
 *
 * On the regional data set (`npm run generate:regional` first): the total size of `contacts` and
 * `contact_referrals` (heap, TOAST and every index: pg_total_relation_size) divided by the contact
 * rows, and the records per GB (10^9 bytes) that gives. Also with the referral outcomes
 * (`referral_events`), and per effective contact (superseded and voided events are rows too).
 *
 *   node --import tsx bench/storage-per-contact.ts
 */
import { openDatabase } from '../src/server/platform/db/database';
import { describeMachine, loadAverage } from './lib/machine';
import { readRegionalManifest, regionalConfig } from './lib/regional';
import { appendResult } from './lib/results';

const GOAL = 150_000;
const GB = 1e9;

async function main(): Promise<void> {
  const manifest = readRegionalManifest();
  const machine = describeMachine();
  console.log(`P10 bytes per outreach contact — regional data set, scale ${manifest.scale}`);
  console.log(`Machine: ${machine}; load average ${loadAverage()}\n`);
  const database = await openDatabase(regionalConfig(manifest.databaseUrl), { migrate: false, poolSize: 1 });
  try {
    const size = async (table: string) => {
      const { rows } = await database.pool.query<{ total: number; heap: number; indexes: number; n: number }>(
        `select pg_total_relation_size($1::regclass)::bigint as total,
                pg_relation_size($1::regclass)::bigint as heap,
                pg_indexes_size($1::regclass)::bigint as indexes,
                (select count(*) from ${table})::bigint as n`,
        [table],
      );
      return rows[0] as { total: number; heap: number; indexes: number; n: number };
    };
    // Sizes as they stand after the load (the generator ends with ANALYZE, not VACUUM FULL).
    const contacts = await size('contacts');
    const referrals = await size('contact_referrals');
    const events = await size('referral_events');
    const { rows } = await database.pool.query<{ n: number }>(
      `select count(*)::bigint as n from contacts c where not c.voided
        and not exists (select 1 from contacts s where s.org_id = c.org_id and s.supersedes_id = c.id)`,
    );
    const effective = rows[0]?.n ?? 0;
    const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
    const bytes = contacts.total + referrals.total;
    const perRow = bytes / contacts.n;
    const perGb = GB / perRow;
    const withEvents = (bytes + events.total) / contacts.n;
    const perEffective = (bytes + events.total) / effective;
    console.log(
      `contacts           ${contacts.n} rows, ${mib(contacts.total)} (heap ${mib(contacts.heap)}, indexes ${mib(contacts.indexes)})`,
    );
    console.log(
      `contact_referrals  ${referrals.n} rows, ${mib(referrals.total)} (indexes ${mib(referrals.indexes)})`,
    );
    console.log(`referral_events    ${events.n} rows, ${mib(events.total)}`);
    console.log(`\n${perRow.toFixed(0)} bytes per contact (contacts + referrals, indexes included)`);
    console.log(
      `→ ${Math.round(perGb).toLocaleString('en')} contacts per GB (goal ≥ ${GOAL.toLocaleString('en')})`,
    );
    console.log(
      `with referral outcomes ${withEvents.toFixed(0)} B; per effective contact ${perEffective.toFixed(0)} B`,
    );
    appendResult(
      {
        goal: 'P10',
        script: 'storage-per-contact.ts',
        figures:
          `${perRow.toFixed(0)} bytes per contact → ${Math.round(perGb).toLocaleString('en')} contacts per GB ` +
          `(contacts ${mib(contacts.total)} of which indexes ${mib(contacts.indexes)}, + referrals ${mib(referrals.total)}, ` +
          `${contacts.n.toLocaleString('en')} contact rows, ${referrals.n.toLocaleString('en')} referrals); ` +
          `with referral outcomes ${withEvents.toFixed(0)} B/contact, per effective contact ` +
          `(${effective.toLocaleString('en')}) ${perEffective.toFixed(0)} B → ${Math.round(GB / perEffective).toLocaleString('en')}/GB; ` +
          `regional data set scale ${manifest.scale} seed ${manifest.seed}, freshly loaded`,
        target: '≥ 150,000 outreach records per GB including indexes',
      },
      machine,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
