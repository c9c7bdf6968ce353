/**
 * P11 — audit and encryption overhead (PERFORMANCE.md): ≤ 5 ms p95 added per request.
 *
 * One process: Colectiva's app (buildApp with the dependencies of src/server/runtime.ts's openRuntime)
 * on its own embedded PostgreSQL in a temporary data directory, and beside it a bare Fastify instance
 * on the same pool. A coordinator signs in; then N rounds, each sending every variant once in a
 * rotating order (side by side, so that noise on this shared machine falls on all of them alike),
 * all through `inject` (no sockets):
 *
 *   writes — create a local group
 *     a  app    POST /api/orgs/:orgId/local-groups with notes  (session, policy, CSRF, validation,
 *               transaction, AES-GCM notes, audit row)
 *     b  app    the same without notes                          (… audit row, no encryption)
 *     c  bare   the single INSERT, no auth/audit/encryption
 *     c+A  bare the INSERT and the audit row in one transaction (audit alone)
 *     c+EA bare encrypt the notes, then as c+A                  (audit + encryption alone)
 *   reads — one local group with notes
 *     r  app    GET /api/orgs/:orgId/local-groups/:id           (… decrypt, sensitive-read audit row)
 *     s  bare   the single SELECT
 *     s+DA bare the SELECT, decrypt, sensitive-read audit row
 *
 * The brief's figure is a − c (and b − c): everything the app adds over a bare route, which also
 * includes session lookup, membership and policy, CSRF, validation and the transaction. The "alone"
 * variants isolate what audit and encryption themselves cost.
 *
 *   node --import tsx bench/audit-encryption-overhead.ts [--n=500] [--warmup=30]
 */
import crypto from 'node:crypto';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { newId } from '../src/domain/ids';
import { buildApp } from '../src/server/app';
import { localGroupNotesColumn } from '../src/server/modules/local-groups/local-groups.tables';
import * as repo from '../src/server/modules/local-groups/local-groups.repo';
import { appendAudit, type AuditActor } from '../src/server/platform/audit/audit-writer';
import { loadConfig } from '../src/server/platform/config';
import type { AppDeps } from '../src/server/platform/deps';
import { openRuntime, type Runtime } from '../src/server/runtime';
import { createSandbox, removeSandbox } from '../src/server/system/colectiva-process';
import { TestAgent } from '../src/server/testing/agent';
import { buildLocalGroup, buildOrganization, buildUser } from '../src/server/testing/factories';
import type { TestApp } from '../src/server/testing/test-app';
import { describeMachine, loadAverage } from './lib/machine';
import { appendResult } from './lib/results';
import { intArgument, ms, percentile } from './lib/stats';

const N = intArgument('n', 500);
const WARMUP = intArgument('warmup', 30);
const GOAL_MS = 5;
const NOTES =
  'Se reúne los jueves a las 18 h en el local de la asociación. Contacto: la coordinadora del turno. ' +
  'Llevar condones y lubricante; revisar la lista de referencias al centro de salud.';

interface Variant {
  key: string;
  label: string;
  run: (i: number) => Promise<number>; // returns the status code
}

/** A TestApp-shaped handle, so that the test factories and agent can be reused outside Vitest. */
function handleFor(app: FastifyInstance, { deps, masters, stop }: Runtime): TestApp {
  return {
    app,
    deps,
    db: deps.db,
    clock: { now: () => deps.clock(), set: () => undefined, advance: () => undefined },
    masters,
    databaseUrl: '',
    close: stop,
  };
}

function bareApp(deps: AppDeps, orgId: string): FastifyInstance {
  const bare = Fastify({ logger: false });
  const aad = (id: string) => localGroupNotesColumn.aad({ org_id: orgId, id });
  // What the app's audit adds per event: the HMAC'd IP tag and the chained row.
  const actorFor = async (userId: string): Promise<AuditActor> => ({
    orgId,
    userId,
    role: 'coordinator',
    ipTag: crypto
      .createHmac('sha256', await deps.keyring.auditKey())
      .update('ip:127.0.0.1')
      .digest('hex')
      .slice(0, 16),
  });
  type Body = { name: string; notes?: string; userId: string; mode: 'insert' | 'audit' | 'encrypt-audit' };
  bare.post<{ Body: Body }>('/bare/local-groups', async (request, reply) => {
    const { name, notes, userId, mode } = request.body;
    const now = deps.clock();
    const id = newId(now.getTime());
    const row: repo.LocalGroupRow = {
      orgId,
      id,
      name,
      notesEnc: null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    if (mode === 'insert') {
      await repo.insertLocalGroup(deps.db, row);
    } else {
      if (mode === 'encrypt-audit') row.notesEnc = await deps.keyring.encryptNullable(orgId, notes, aad(id));
      const actor = await actorFor(userId);
      await deps.db.transaction(async (tx) => {
        await repo.insertLocalGroup(tx, row);
        await appendAudit(
          tx,
          deps.keyring,
          actor,
          { action: 'local_group.created', resourceType: 'local_group', resourceId: id },
          now,
        );
      });
    }
    return reply.status(201).send({ id, name });
  });
  type Query = { userId: string; mode: 'select' | 'decrypt-audit' };
  bare.get<{ Params: { id: string }; Querystring: Query }>('/bare/local-groups/:id', async (request) => {
    const row = await repo.findLocalGroup(deps.db, orgId, request.params.id);
    if (!row) throw new Error('missing local group');
    if (request.query.mode === 'select') return { id: row.id, name: row.name };
    const notes = await deps.keyring.decryptNullable(orgId, row.notesEnc, aad(row.id));
    const actor = await actorFor(request.query.userId);
    const now = deps.clock();
    await deps.db.transaction((tx) =>
      appendAudit(
        tx,
        deps.keyring,
        actor,
        { action: 'local_group.read', resourceType: 'local_group', resourceId: row.id, sensitiveRead: true },
        now,
      ),
    );
    return { id: row.id, name: row.name, notes };
  });
  return bare;
}

async function main(): Promise<void> {
  const machine = describeMachine();
  console.log(`P11 audit and encryption overhead — ${N} rounds (+${WARMUP} warm-up), in-process inject`);
  console.log(`Machine: ${machine}; load average ${loadAverage()}\n`);
  const sandbox = createSandbox('colectiva-bench-audit-');
  let runtime: Runtime | null = null;
  let app: FastifyInstance | null = null;
  let bare: FastifyInstance | null = null;
  try {
    const config = loadConfig(
      {},
      {
        dataDir: sandbox.dataDir(),
        keyDir: sandbox.keyDir,
        databaseUrl: null,
        masterKey: null,
        webDir: path.join(sandbox.root, 'no-web'),
        logLevel: 'warn',
        isTest: false,
      },
    );
    // As `npm start` does: embedded database, migrations, key file, key ring.
    runtime = await openRuntime(config);
    const { deps } = runtime;
    app = await buildApp(deps);
    const t = handleFor(app, runtime);

    const org = await buildOrganization(t, { name: 'Organización de medición' });
    const user = await buildUser(t, { orgId: org.id, role: 'coordinator' });
    const agent = await new TestAgent(t).signIn(user);
    const target = await buildLocalGroup(t, { orgId: org.id, name: 'Grupo leído', notes: NOTES });
    bare = bareApp(deps, org.id);
    const bareApi = bare;
    const base = `/api/orgs/${org.id}/local-groups`;
    const name = (key: string, i: number) => `Medición ${key} ${i}`;
    const barePost = (body: object) =>
      bareApi.inject({
        method: 'POST',
        url: '/bare/local-groups',
        payload: { userId: user.userId, ...body },
      });
    const bareGet = (mode: string) =>
      bareApi.inject({
        method: 'GET',
        url: `/bare/local-groups/${target.id}?mode=${mode}&userId=${user.userId}`,
      });

    const writes: Variant[] = [
      {
        key: 'a',
        label: 'app POST, notes (full stack + encryption + audit)',
        run: async (i) => (await agent.post(base, { name: name('a', i), notes: NOTES })).statusCode,
      },
      {
        key: 'b',
        label: 'app POST, no notes (full stack + audit)',
        run: async (i) => (await agent.post(base, { name: name('b', i) })).statusCode,
      },
      {
        key: 'c',
        label: 'bare INSERT',
        run: async (i) => (await barePost({ name: name('c', i), mode: 'insert' })).statusCode,
      },
      {
        key: 'c+A',
        label: 'bare INSERT + audit row (one transaction)',
        run: async (i) => (await barePost({ name: name('cA', i), mode: 'audit' })).statusCode,
      },
      {
        key: 'c+EA',
        label: 'bare encrypt + INSERT + audit row',
        run: async (i) =>
          (await barePost({ name: name('cEA', i), notes: NOTES, mode: 'encrypt-audit' })).statusCode,
      },
    ];
    const reads: Variant[] = [
      {
        key: 'r',
        label: 'app GET with notes (full stack + decrypt + sensitive-read audit)',
        run: async () => (await agent.get(`${base}/${target.id}`)).statusCode,
      },
      { key: 's', label: 'bare SELECT', run: async () => (await bareGet('select')).statusCode },
      {
        key: 's+DA',
        label: 'bare SELECT + decrypt + audit row',
        run: async () => (await bareGet('decrypt-audit')).statusCode,
      },
    ];
    const variants = [...writes, ...reads];
    const expected: Record<string, number> = { a: 201, b: 201, c: 201, 'c+A': 201, 'c+EA': 201 };
    const samples = new Map<string, number[]>(variants.map((v) => [v.key, []]));

    for (let round = -WARMUP; round < N; round++) {
      const shift = ((round % variants.length) + variants.length) % variants.length;
      const order = [...variants.slice(shift), ...variants.slice(0, shift)];
      for (const variant of order) {
        const started = process.hrtime.bigint();
        const status = await variant.run(round + WARMUP);
        const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
        const want = expected[variant.key] ?? 200;
        if (status !== want) throw new Error(`${variant.key} (${variant.label}) answered ${status}`);
        if (round >= 0) samples.get(variant.key)!.push(elapsed);
      }
    }

    const p = (key: string, q: number) => percentile(samples.get(key)!, q);
    const table = (title: string, list: Variant[]) => {
      console.log(title);
      console.log(
        `  ${'variant'.padEnd(6)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'p99'.padStart(9)}  what`,
      );
      for (const v of list)
        console.log(
          `  ${v.key.padEnd(6)} ${ms(p(v.key, 50)).padStart(9)} ${ms(p(v.key, 95)).padStart(9)} ${ms(p(v.key, 99)).padStart(9)}  ${v.label}`,
        );
    };
    table(`Writes: create a local group (${N} each)`, writes);
    table(`\nReads: one local group with notes (${N} each)`, reads);

    const diff = (x: string, y: string) => ({ p50: p(x, 50) - p(y, 50), p95: p(x, 95) - p(y, 95) });
    const show = (text: string, d: { p50: number; p95: number }) =>
      console.log(
        `  ${text.padEnd(52)} p50 ${ms(d.p50).padStart(9)}   p95 ${ms(d.p95).padStart(9)}  ` +
          `(goal ≤ ${GOAL_MS} ms p95: ${d.p95 <= GOAL_MS ? 'within' : 'ABOVE'})`,
      );
    const aMinusC = diff('a', 'c');
    const bMinusC = diff('b', 'c');
    const readApp = diff('r', 's');
    const auditAlone = diff('c+A', 'c');
    const encAuditAlone = diff('c+EA', 'c');
    const readAlone = diff('s+DA', 's');
    console.log('\nAdded per request (difference of percentiles, same run):');
    show('a − c     app with notes vs bare INSERT', aMinusC);
    show('b − c     app without notes vs bare INSERT', bMinusC);
    show('r − s     app read with notes vs bare SELECT', readApp);
    show('c+EA − c  encryption + audit alone (write)', encAuditAlone);
    show('c+A − c   audit alone (write)', auditAlone);
    show('s+DA − s  decrypt + sensitive-read audit alone', readAlone);
    console.log(
      '\n  a − c and r − s include everything the app does per request besides audit and encryption\n' +
        '  (session lookup, membership and policy, CSRF, zod validation, transaction, security headers).',
    );

    const f = (d: { p95: number }) => `${d.p95.toFixed(2)}`;
    appendResult(
      {
        goal: 'P11',
        script: 'audit-encryption-overhead.ts',
        figures:
          `p95 added vs a bare Fastify route, ms: write a−c ${f(aMinusC)} (notes), b−c ${f(bMinusC)} (no notes), ` +
          `read r−s ${f(readApp)}; audit+encryption alone: write ${f(encAuditAlone)}, audit alone ${f(auditAlone)}, ` +
          `read decrypt+audit ${f(readAlone)}; p95 ms a ${p('a', 95).toFixed(2)}, c ${p('c', 95).toFixed(2)}, ` +
          `r ${p('r', 95).toFixed(2)}, s ${p('s', 95).toFixed(2)}; ${N} interleaved rounds, inject`,
        target: '≤ 5 ms p95 added per request',
      },
      machine,
    );
  } finally {
    await app?.close();
    await bare?.close();
    await runtime?.stop();
    await removeSandbox(sandbox);
  }
}

await main();
