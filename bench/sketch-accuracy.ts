/**
 * P7 — distinct members across organizations with HyperLogLog sketches (PERFORMANCE.md): relative
 * error ≤ 2% at 4,096 registers; merging 1,000 sketches ≤ 200 ms; ≥ 10× faster than exact
 * COUNT(DISTINCT) on the regional data set.
 *
 * On the regional data set, where ~3% of people are registered in two countries (the same keyed UIC
 * hash in two organizations). Sketches (src/domain/aggregates/hll.ts, 4,096 registers) are built
 * from the members' keyed hashes, one per organization × month of contact (what an organization
 * would publish), and:
 *   - accuracy: the union of the nine organizations' sketches vs the exact COUNT(DISTINCT uic_hash)
 *     across organizations, for every registered member and for the members reached in the last 12
 *     months; also the share of duplicates the union removes (sum of per-organization counts − union);
 *   - merge time of 1,000 sketches (organization × month and site × month sketches, 1,000 of them);
 *   - speed: answering "distinct people reached across organizations in the last 12 months" by
 *     merging the 108 stored organization × month sketches vs the exact COUNT(DISTINCT) query over
 *     contacts and members, --rounds times alternated (default 5), medians.
 *
 *   node --import tsx bench/sketch-accuracy.ts [--rounds=5]
 */
import { addHash, createHll, estimateHll, mergeAllHll, type HllSketch } from '../src/domain/aggregates/hll';
import { openDatabase } from '../src/server/platform/db/database';
import { describeMachine, loadAverage } from './lib/machine';
import { readRegionalManifest, regionalConfig } from './lib/regional';
import { appendResult } from './lib/results';
import { intArgument, median } from './lib/stats';

const ROUNDS = intArgument('rounds', 5);
const REGISTERS_PRECISION = 12; // 4,096 registers
const FROM = '2025-11-01';
const END = '2026-11-01';

const EFFECTIVE = `not c.voided and not exists (select 1 from contacts s where s.org_id = c.org_id and s.supersedes_id = c.id)`;
const EXACT_PERIOD = `select count(distinct m.uic_hash)::int as n from contacts c
  join members m on m.org_id = c.org_id and m.id = c.member_id
  where c.contacted_on >= $1::date and c.contacted_on < $2::date and ${EFFECTIVE}`;

async function main(): Promise<void> {
  const manifest = readRegionalManifest();
  const machine = describeMachine();
  console.log(
    `P7 sketches — regional data set scale ${manifest.scale}, ${1 << REGISTERS_PRECISION} registers`,
  );
  console.log(`Machine: ${machine}; load average ${loadAverage()}\n`);
  const database = await openDatabase(regionalConfig(manifest.databaseUrl), { migrate: false, poolSize: 1 });
  const { pool } = database;
  try {
    const relError = (estimate: number, exact: number) => Math.abs(estimate - exact) / exact;
    const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

    // 1. Every registered member: one sketch per organization.
    const { rows: members } = await pool.query<{ org_id: string; uic_hash: Buffer }>(
      `select org_id, uic_hash from members where deleted_at is null and merged_into_id is null`,
    );
    const perOrg = new Map<string, HllSketch>();
    for (const row of members) {
      const sketch = perOrg.get(row.org_id) ?? createHll(REGISTERS_PRECISION);
      addHash(sketch, row.uic_hash);
      perOrg.set(row.org_id, sketch);
    }
    const { rows: exactAllRows } = await pool.query<{ n: number; per_org: number }>(
      `select count(distinct uic_hash)::int as n,
        (select sum(n)::int from (select count(distinct uic_hash) as n from members
          where deleted_at is null and merged_into_id is null group by org_id) x) as per_org
       from members where deleted_at is null and merged_into_id is null`,
    );
    const exactAll = exactAllRows[0]?.n ?? 0;
    const sumAll = exactAllRows[0]?.per_org ?? 0;
    const unionAll = estimateHll(mergeAllHll([...perOrg.values()]));
    const sumEstimates = [...perOrg.values()].reduce((s, sk) => s + estimateHll(sk), 0);
    console.log(
      `registered: union estimate ${unionAll.toFixed(0)} vs exact ${exactAll} → error ${pct(relError(unionAll, exactAll))}; ` +
        `duplicates removed: exact ${pct((sumAll - exactAll) / sumAll)}, estimated ${pct((sumEstimates - unionAll) / sumEstimates)}`,
    );

    // 2. Reached in the last 12 months: sketches per organization × month and per site × month.
    const buildStarted = performance.now();
    const { rows: reached } = await pool.query<{
      org_id: string;
      site_id: string | null;
      month: string;
      uic_hash: Buffer;
    }>(
      `select distinct c.org_id, c.site_id, to_char(c.contacted_on, 'YYYY-MM') as month, m.uic_hash
       from contacts c join members m on m.org_id = c.org_id and m.id = c.member_id
       where c.contacted_on >= $1::date and c.contacted_on < $2::date and ${EFFECTIVE}`,
      [FROM, END],
    );
    const orgMonth = new Map<string, HllSketch>();
    const siteMonth = new Map<string, HllSketch>();
    const add = (map: Map<string, HllSketch>, key: string, hash: Buffer) => {
      const sketch = map.get(key) ?? createHll(REGISTERS_PRECISION);
      addHash(sketch, hash);
      map.set(key, sketch);
    };
    for (const row of reached) {
      add(orgMonth, `${row.org_id}:${row.month}`, row.uic_hash);
      add(siteMonth, `${row.site_id}:${row.month}`, row.uic_hash);
    }
    const buildMs = performance.now() - buildStarted;
    const stored = [...orgMonth.values()];
    const { rows: exactPeriodRows } = await pool.query<{ n: number }>(EXACT_PERIOD, [FROM, END]);
    const exactPeriod = exactPeriodRows[0]?.n ?? 0;
    const unionPeriod = estimateHll(mergeAllHll(stored));
    console.log(
      `reached ${FROM.slice(0, 7)}..2026-10: union of ${stored.length} org×month sketches ${unionPeriod.toFixed(0)} vs exact ${exactPeriod} → error ${pct(relError(unionPeriod, exactPeriod))}`,
    );

    // 3. Merge 1,000 sketches.
    const thousand = [...orgMonth.values(), ...siteMonth.values()].slice(0, 1000);
    if (thousand.length < 1000)
      throw new Error(`only ${thousand.length} sketches to merge; use a larger scale`);
    const mergeMs: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      estimateHll(mergeAllHll(thousand));
      mergeMs.push(performance.now() - t0);
    }
    console.log(`merge + estimate of 1,000 sketches: median ${median(mergeMs).toFixed(1)} ms`);

    // 4. Speed: the stored sketches' union vs the exact query, alternated.
    const sketchMs: number[] = [];
    const exactMs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const runs = [
        async () => {
          const t0 = performance.now();
          estimateHll(mergeAllHll(stored));
          sketchMs.push(performance.now() - t0);
        },
        async () => {
          const t0 = performance.now();
          await pool.query(EXACT_PERIOD, [FROM, END]);
          exactMs.push(performance.now() - t0);
        },
      ];
      if (round % 2 === 1) runs.reverse();
      for (const run of runs) await run();
    }
    const speedup = median(exactMs) / median(sketchMs);
    console.log(
      `distinct reached across organizations, 12 months: sketches ${median(sketchMs).toFixed(2)} ms vs exact COUNT(DISTINCT) ${median(exactMs).toFixed(0)} ms → ${speedup.toFixed(0)}× faster`,
    );
    appendResult(
      {
        goal: 'P7',
        script: 'sketch-accuracy.ts',
        figures:
          `4,096 registers; registered members: union of 9 organization sketches ${unionAll.toFixed(0)} vs exact ${exactAll} → error ${pct(relError(unionAll, exactAll))} ` +
          `(duplicates across countries removed: exact ${pct((sumAll - exactAll) / sumAll)}, estimated ${pct((sumEstimates - unionAll) / sumEstimates)}); ` +
          `reached ${FROM.slice(0, 7)}..2026-10: union of ${stored.length} org×month sketches ${unionPeriod.toFixed(0)} vs exact ${exactPeriod} → error ${pct(relError(unionPeriod, exactPeriod))}; ` +
          `merge + estimate of 1,000 sketches ${median(mergeMs).toFixed(1)} ms (median of 7); ` +
          `distinct across organizations in 12 months: union of stored sketches ${median(sketchMs).toFixed(2)} ms vs exact COUNT(DISTINCT) ${median(exactMs).toFixed(0)} ms → ${speedup.toFixed(0)}× (median of ${ROUNDS} alternated); ` +
          `building ${orgMonth.size + siteMonth.size} sketches from the database once ${buildMs.toFixed(0)} ms; regional data set scale ${manifest.scale}`,
        target:
          'error ≤ 2% at 4,096 registers; merge 1,000 ≤ 200 ms; ≥ 10× faster than exact COUNT(DISTINCT)',
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
