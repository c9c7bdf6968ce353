/**
 * P8 — API under load on 2 cores (PERFORMANCE.md): p95 ≤ 100 ms at 200 req/s with a realistic mix;
 * a typical list endpoint's throughput ≥ 50% of a bare Fastify route doing the same single query.
 *
 * On the regional data set (`npm run generate:regional` first). One process serves Colectiva (the app
 * of `npm start`, on the embedded PostgreSQL of .data/bench or the data set's DATABASE_URL) and, beside
 * it on the same pool, a bare Fastify instance; both listen on 127.0.0.1. autocannon (pinned) drives
 * them over HTTP with the session cookie of the largest organization's coordinator:
 *
 *   1. the mix at a fixed 200 req/s for --seconds (default 20): member list, a member's contacts (as the
 *      member page asks for them), site list,
 *      one member's record (a sensitive read: audited), a new outreach contact (a write: CSRF,
 *      transaction, audit; dated today, so outside the data set's 24 months), and the coverage
 *      dashboard when the coverage route exists; p95 over all responses and per kind;
 *   2. the ratio: GET /api/orgs/:orgId/members (50 newest) against a bare route running the same
 *      repository query (members.repo listMembers) and the same presenter, at full speed, alternated
 *      --rounds times (default 3) for --ratio-seconds each (default 5); medians.
 *
 *   node --import tsx bench/api-load.ts [--seconds=20] [--rounds=3] [--ratio-seconds=5]
 */
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../src/server/app';
import { listMembers } from '../src/server/modules/members/members.repo';
import { presentMemberListItem } from '../src/server/modules/members/members.presenter';
import { allRoutes } from '../src/server/routes';
import { openRuntime } from '../src/server/runtime';
import { describeMachine, loadAverage } from './lib/machine';
import { readRegionalManifest, REGIONAL_PASSWORD, regionalConfig } from './lib/regional';
import { appendResult } from './lib/results';
import { intArgument, median, percentile } from './lib/stats';

const SECONDS = intArgument('seconds', 20);
const ROUNDS = intArgument('rounds', 3);
const RATIO_SECONDS = intArgument('ratio-seconds', 5);
const RATE = 200;
const TIMEOUT_MS = 10_000;

type Labeled = autocannon.Request & { label: string };

async function main(): Promise<void> {
  const manifest = readRegionalManifest();
  const machine = describeMachine();
  console.log(`P8 API load — regional data set scale ${manifest.scale}; ${RATE} req/s for ${SECONDS} s`);
  console.log(`Machine: ${machine}; load average ${loadAverage()}\n`);
  const runtime = await openRuntime(regionalConfig(manifest.databaseUrl));
  const { deps } = runtime;
  const app = await buildApp(deps);
  const bare = Fastify({ logger: false });
  try {
    // The largest organization: the one with the most members.
    const { rows: orgRows } = await deps.pool.query<{ org_id: string }>(
      `select org_id from members group by org_id order by count(*) desc limit 1`,
    );
    const orgId = orgRows[0]?.org_id as string;
    const coordinator = manifest.coordinators.find((c) => c.orgId === orgId);
    if (!coordinator) throw new Error('no coordinator for the largest organization in the manifest');
    const { rows: memberRows } = await deps.pool.query<{ id: string }>(
      `select id from members where org_id = $1 order by id limit 500`,
      [orgId],
    );
    const { rows: siteRows } = await deps.pool.query<{ id: string }>(
      `select id from sites where org_id = $1 order by id limit 50`,
      [orgId],
    );
    const memberIds = memberRows.map((r) => r.id);
    const siteIds = siteRows.map((r) => r.id);

    bare.get('/bare/members', async () => {
      const rows = await listMembers(deps.db, orgId, { scope: undefined, limit: 50 });
      return { members: rows.map(presentMemberListItem), nextCursor: null };
    });
    const appUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });

    const login = await fetch(`${appUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: appUrl },
      body: JSON.stringify({ username: coordinator.username, password: REGIONAL_PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const headers = { cookie, 'accept-language': 'es' };
    const base = `/api/orgs/${orgId}`;
    const hasCoverage = allRoutes.some((r) => r.url === '/api/orgs/:orgId/coverage');
    const today = new Date().toISOString().slice(0, 10);
    let i = 0;
    const nextMember = () => memberIds[i++ % memberIds.length] as string;

    const mix: Labeled[] = [
      { label: 'member list', method: 'GET', path: `${base}/members?limit=50` },
      {
        // As the member page asks for it (contacts.resource.ts): one member's events, audited.
        label: 'contact list',
        method: 'GET',
        path: `${base}/contacts?memberId=${memberIds[0]}&history=1`,
        setupRequest: (req) => ({ ...req, path: `${base}/contacts?memberId=${nextMember()}&history=1` }),
      },
      { label: 'site list', method: 'GET', path: `${base}/sites` },
      {
        label: 'member record',
        method: 'GET',
        path: `${base}/members/${memberIds[0]}`,
        setupRequest: (req) => ({ ...req, path: `${base}/members/${nextMember()}` }),
      },
      { label: 'member list', method: 'GET', path: `${base}/members?limit=50&priority=true` },
      {
        label: 'contact write',
        method: 'POST',
        path: `${base}/contacts`,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'x-csrf-token': csrfToken,
          origin: appUrl,
        },
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({
            contactedOn: today,
            memberId: nextMember(),
            siteId: siteIds[i % siteIds.length],
            condoms: 10,
            lubricant: 2,
            infoTopics: ['hiv_prevention'],
          }),
        }),
      },
    ];
    // The dashboard's default view: the last 12 of the data set's 24 months, by site.
    const coveragePath = `${base}/coverage?from=2025-11&to=2026-10&level=site`;
    // Second in the cycle: each connection walks the list in order, so under a slow server the last
    // kinds would be reached least.
    if (hasCoverage) mix.splice(1, 0, { label: 'coverage dashboard', method: 'GET', path: coveragePath });

    // Each request is checked once, before the load, so that a 4xx is not measured as speed. The
    // first dashboard request after a load also builds the engine's pre-aggregates: timed apart.
    let firstDashboardMs = Number.NaN;
    for (const request of mix) {
      const t0 = performance.now();
      const setup = request.setupRequest as unknown as ((r: Labeled) => Labeled) | undefined;
      const built = setup ? setup(request) : request;
      const response = await fetch(`${appUrl}${built.path}`, {
        method: built.method,
        headers: { ...headers, ...(built.headers as Record<string, string> | undefined) },
        body: built.body as string | undefined,
      });
      if (response.status >= 300)
        throw new Error(`${request.label}: ${response.status} ${(await response.text()).slice(0, 300)}`);
      await response.arrayBuffer();
      if (request.label === 'coverage dashboard') firstDashboardMs = performance.now() - t0;
    }

    // 1. The mix at 200 req/s.
    const samples = new Map<string, number[]>();
    const all: number[] = [];
    let errors = 0;
    let timedOut = 0;
    const mixResult = await new Promise<autocannon.Result>((resolve, reject) => {
      const run = autocannon(
        {
          url: appUrl,
          connections: 20,
          overallRate: RATE,
          duration: SECONDS,
          timeout: TIMEOUT_MS / 1000,
          headers,
          requests: mix,
        },
        (error, result) =>
          error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result),
      );
      // A request that times out (autocannon's 10 s) counts as 10 s in the percentiles, not as nothing.
      run.on('reqError', () => {
        errors++;
        all.push(TIMEOUT_MS);
        timedOut++;
      });
      run.on('response', (client: autocannon.Client, status: number, _bytes: number, ms: number) => {
        const current = (client as unknown as { requestIterator?: { currentRequest?: Partial<Labeled> } })
          .requestIterator?.currentRequest;
        const label = current?.label ?? 'other';
        if (status >= 400) errors++;
        all.push(ms);
        samples.set(label, [...(samples.get(label) ?? []), ms]);
      });
    });
    const p95 = percentile(all, 95);
    const perKind = [
      ...samples.entries(),
      ...(timedOut ? [['timed out', Array<number>(timedOut).fill(TIMEOUT_MS)] as [string, number[]]] : []),
    ].map(([label, list]) => `${label} ${percentile(list, 95).toFixed(1)} (n=${list.length})`);
    console.log(
      `mix: ${all.length} responses (${(all.length / SECONDS).toFixed(0)} req/s), non-2xx ${mixResult.non2xx}, ` +
        `errors ${mixResult.errors}, timeouts ${mixResult.timeouts}; p95 ${p95.toFixed(1)} ms, p50 ${percentile(all, 50).toFixed(1)} ms`,
    );
    console.log(`p95 by kind, ms: ${perKind.join(', ')}`);
    if (hasCoverage)
      console.log(`first dashboard request (builds pre-aggregates): ${firstDashboardMs.toFixed(0)} ms`);

    // 2. List endpoint vs the bare route, alternated.
    const throughput = async (url: string, path: string) => {
      const result = await autocannon({
        url,
        connections: 10,
        duration: RATIO_SECONDS,
        headers,
        requests: [{ method: 'GET', path }],
      });
      if (result.non2xx > 0) throw new Error(`${path}: ${result.non2xx} non-2xx responses`);
      return result.requests.average;
    };
    const appRates: number[] = [];
    const bareRates: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      appRates.push(await throughput(appUrl, `${base}/members?limit=50`));
      bareRates.push(await throughput(bareUrl, '/bare/members'));
      console.log(
        `round ${round + 1}: app ${appRates.at(-1)?.toFixed(0)} req/s, bare ${bareRates.at(-1)?.toFixed(0)} req/s`,
      );
    }
    const ratios = appRates.map((rate, k) => rate / (bareRates[k] as number));
    const ratio = median(ratios);
    console.log(`member list vs bare route: ${(ratio * 100).toFixed(0)}% (median of ${ROUNDS} rounds)`);

    appendResult(
      {
        goal: 'P8',
        script: 'api-load.ts',
        figures:
          `mix at ${RATE} req/s for ${SECONDS} s (${all.length - timedOut} responses, ${errors - timedOut} ≥ 400, ${timedOut} timeouts or socket errors counted as ${TIMEOUT_MS / 1000} s, 20 connections): ` +
          `p95 ${p95.toFixed(1)} ms, p50 ${percentile(all, 50).toFixed(1)} ms; p95 by kind ms: ${perKind.join(', ')}` +
          `${hasCoverage ? ` (dashboard: GET coverage 12 months by site; its first request in this run ${firstDashboardMs.toFixed(0)} ms)` : ' (no coverage route yet: dashboard not in the mix)'}; ` +
          `member list (50) vs bare Fastify route with the same repository query: ${(ratio * 100).toFixed(0)}% ` +
          `(app ${median(appRates).toFixed(0)} req/s, bare ${median(bareRates).toFixed(0)} req/s, 10 connections, ` +
          `median of ${ROUNDS}×${RATIO_SECONDS} s alternated); largest organization, ${memberIds.length >= 500 ? '≥ 500' : memberIds.length} members sampled; ` +
          `regional data set scale ${manifest.scale}, one Node process serving both, autocannon in the same process`,
        target: 'p95 ≤ 100 ms at 200 req/s; list endpoint ≥ 50% of a bare Fastify route',
      },
      machine,
    );
  } finally {
    await bare.close();
    await app.close();
    await runtime.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
