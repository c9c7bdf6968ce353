/**
 * P6 — coverage dashboard on the regional data set (PERFORMANCE.md): ≤ 1 s p95 on 2 cores and
 * ≤ 1.5× the best hand-written SQL for the same numbers, measured in the same run.
 *
 * The dashboard of each of the nine national organizations (one per country, so the organization
 * level is also the country level): `computeCoverage(db, orgId, { from, to, level: 'site' })` for the
 * last 12 of the data set's 24 months — unique members reached per site over the period, the
 * organization's total, and its month-by-month trend (plus every other indicator the engine computes
 * alongside). Against it, one hand-written query per organization over the raw effective contacts
 * (no pre-aggregates) giving the same reached figures with GROUPING SETS: per site, per month and in
 * total. Both answers are compared figure by figure before timing. The region row (distinct people
 * across organizations) is not an organization's figure: see P7 (sketch union).
 *
 * The first engine call per organization after a load builds its pre-aggregates; it is timed apart.
 * Then --rounds rounds (default 5), each running the engine and the SQL for every organization,
 * alternating which goes first.
 *
 *   node --import tsx bench/coverage-dashboard.ts [--rounds=5]
 */
import { computeCoverage } from '../src/server/modules/coverage/coverage.service';
import { openDatabase } from '../src/server/platform/db/database';
import { describeMachine, loadAverage } from './lib/machine';
import { readRegionalManifest, regionalConfig } from './lib/regional';
import { appendResult } from './lib/results';
import { intArgument, median, percentile } from './lib/stats';

const ROUNDS = intArgument('rounds', 5);
const FROM = '2025-11';
const TO = '2026-10';

const HAND_SQL = `
  with eff as (
    select coalesce(m.merged_into_id, m.id) as member, c.site_id, date_trunc('month', c.contacted_on)::date as month
    from contacts c
    join members m on m.org_id = c.org_id and m.id = c.member_id
    where c.org_id = $1 and c.contacted_on >= $2::date and c.contacted_on < $3::date
      and not c.voided and m.deleted_at is null
      and not exists (select 1 from contacts s where s.org_id = c.org_id and s.supersedes_id = c.id)
  )
  select site_id, to_char(month, 'YYYY-MM') as month, grouping(site_id) as gs, grouping(month) as gm,
         count(distinct member)::int as reached
  from eff group by grouping sets ((site_id), (month), ())`;

interface Figures {
  sites: Map<string, number>;
  months: Map<string, number>;
  total: number;
}

async function main(): Promise<void> {
  const manifest = readRegionalManifest();
  const machine = describeMachine();
  console.log(`P6 coverage dashboard — regional data set scale ${manifest.scale}, ${FROM}..${TO}, by site`);
  console.log(`Machine: ${machine}; load average ${loadAverage()}\n`);
  const database = await openDatabase(regionalConfig(manifest.databaseUrl), { poolSize: 2 });
  const { db, pool } = database;
  try {
    const orgIds = manifest.coordinators.map((c) => c.orgId);
    const [y, m] = TO.split('-').map(Number) as [number, number];
    const end = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
    const engine = async (orgId: string): Promise<Figures> => {
      const report = await computeCoverage(db, orgId, { from: FROM, to: TO, level: 'site' });
      return {
        sites: new Map(report.rows.filter((r) => r.unit.id).map((r) => [r.unit.id as string, r.reached])),
        months: new Map(report.trend.map((t) => [t.month, t.reached])),
        total: report.total.reached,
      };
    };
    const hand = async (orgId: string): Promise<Figures> => {
      const { rows } = await pool.query<{
        site_id: string | null;
        month: string | null;
        gs: number;
        gm: number;
        reached: number;
      }>(HAND_SQL, [orgId, `${FROM}-01`, end]);
      const figures: Figures = { sites: new Map(), months: new Map(), total: 0 };
      for (const row of rows) {
        if (row.gs === 0 && row.site_id) figures.sites.set(row.site_id, row.reached);
        else if (row.gm === 0 && row.month) figures.months.set(row.month, row.reached);
        else if (row.gs === 1 && row.gm === 1) figures.total = row.reached;
      }
      return figures;
    };
    const timed = async <T>(run: () => Promise<T>): Promise<[number, T]> => {
      const t0 = performance.now();
      const value = await run();
      return [performance.now() - t0, value];
    };

    // First call per organization (builds the pre-aggregates of dirty months), and the check.
    const firstCalls: number[] = [];
    for (const orgId of orgIds) {
      const [ms, fromEngine] = await timed(() => engine(orgId));
      firstCalls.push(ms);
      const fromSql = await hand(orgId);
      const same =
        fromEngine.total === fromSql.total &&
        [...fromSql.sites].every(([site, n]) => (fromEngine.sites.get(site) ?? 0) === n) &&
        [...fromSql.months].every(([month, n]) => fromEngine.months.get(month) === n);
      if (!same)
        throw new Error(
          `engine and SQL disagree for ${orgId}: total ${fromEngine.total} vs ${fromSql.total}`,
        );
    }
    console.log(
      `first dashboard per organization (builds pre-aggregates): ${firstCalls.map((v) => v.toFixed(0)).join(', ')} ms`,
    );
    console.log('engine and hand-written SQL agree on every site, month and total\n');

    const engineMs: number[] = [];
    const sqlMs: number[] = [];
    const ratios: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      let engineRound = 0;
      let sqlRound = 0;
      for (const orgId of orgIds) {
        const order = round % 2 === 0 ? ['engine', 'sql'] : ['sql', 'engine'];
        for (const which of order) {
          if (which === 'engine') {
            const [ms] = await timed(() => engine(orgId));
            engineMs.push(ms);
            engineRound += ms;
          } else {
            const [ms] = await timed(() => hand(orgId));
            sqlMs.push(ms);
            sqlRound += ms;
          }
        }
      }
      ratios.push(engineRound / sqlRound);
      console.log(
        `round ${round + 1}: engine ${engineRound.toFixed(0)} ms, SQL ${sqlRound.toFixed(0)} ms for ${orgIds.length} organizations`,
      );
    }
    const p95Engine = percentile(engineMs, 95);
    const p95Sql = percentile(sqlMs, 95);
    const ratio = median(ratios);
    console.log(
      `\nper organization dashboard p95: engine ${p95Engine.toFixed(0)} ms, hand-written SQL ${p95Sql.toFixed(0)} ms`,
    );
    console.log(`engine ÷ SQL (median of rounds, all organizations): ${ratio.toFixed(2)}×`);
    appendResult(
      {
        goal: 'P6',
        script: 'coverage-dashboard.ts',
        figures:
          `dashboard per organization (computeCoverage, ${FROM}..${TO}, by site: reached per site, total, monthly trend and the other indicators), ` +
          `p95 ${p95Engine.toFixed(0)} ms, median ${median(engineMs).toFixed(0)} ms; best hand-written SQL for the same reached figures ` +
          `(raw effective contacts, GROUPING SETS site/month/total) p95 ${p95Sql.toFixed(0)} ms, median ${median(sqlMs).toFixed(0)} ms; ` +
          `engine ÷ SQL ${ratio.toFixed(2)}× (median of ${ROUNDS} alternated rounds over the 9 national organizations = countries; figures checked equal); ` +
          `first call after the load (builds pre-aggregates) ${Math.round(median(firstCalls))} ms median, ${Math.round(Math.max(...firstCalls))} ms max; ` +
          `region row (distinct across organizations) in P7; regional data set scale ${manifest.scale}`,
        target: '≤ 1 s p95 on 2 cores; ≤ 1.5× the best hand-written SQL',
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
