import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../testing/agent';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { verifyAuditLog } from './audit-verify';

/**
 * SECURITY.md S6: the chain is append-only in the database, and any edit made around that (by a
 * superuser or the table owner switching the trigger off) is reported by the verifier.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** An organization whose chain holds `writes` + 0 rows, made through the API. */
async function chainWithRows(writes: number): Promise<string> {
  const orgId = (await buildOrganization(t)).id;
  const agent = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
  for (let i = 0; i < writes; i++) {
    const response = await agent.post(`/api/orgs/${orgId}/local-groups`, { name: `Grupo ${i}` });
    expect(response.statusCode).toBe(201);
  }
  return orgId;
}

/** Runs SQL with the append-only trigger switched off, as a tamperer with owner rights would. */
async function tamper(sql: string, params: unknown[]): Promise<void> {
  const client = await t.deps.pool.connect();
  try {
    await client.query('begin');
    await client.query('alter table audit_log disable trigger audit_log_no_update_delete');
    await client.query(sql, params);
    await client.query('alter table audit_log enable trigger audit_log_no_update_delete');
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

async function problemsOf(chain: string) {
  const result = await verifyAuditLog(t.db, t.deps.keyring);
  return result.problems.filter((problem) => problem.chain === chain);
}

describe('verifyAuditLog', () => {
  it('accepts an untouched log', async () => {
    await chainWithRows(3);
    const result = await verifyAuditLog(t.db, t.deps.keyring);
    expect(result).toMatchObject({ ok: true, problems: [] });
    expect(result.rows).toBeGreaterThanOrEqual(3);
  });

  it('reports a row edited directly in SQL', async () => {
    const chain = await chainWithRows(3);
    await tamper(`update audit_log set action = 'local_group.read' where chain = $1 and seq = 2`, [chain]);
    expect(await problemsOf(chain)).toEqual([{ chain, seq: 2, problem: 'hash_mismatch' }]);
  });

  it('reports an edited detail and an edited timestamp', async () => {
    const chain = await chainWithRows(3);
    await tamper(`update audit_log set details = '{"x": 1}' where chain = $1 and seq = 1`, [chain]);
    await tamper(`update audit_log set at = at - interval '1 day' where chain = $1 and seq = 3`, [chain]);
    expect((await problemsOf(chain)).map((p) => [p.seq, p.problem])).toEqual([
      [1, 'hash_mismatch'],
      [3, 'hash_mismatch'],
    ]);
  });

  it('reports a deleted row in the middle', async () => {
    const chain = await chainWithRows(4);
    await tamper(`delete from audit_log where chain = $1 and seq = 2`, [chain]);
    expect(await problemsOf(chain)).toEqual([
      { chain, seq: 3, problem: 'missing_rows' },
      { chain, seq: 3, problem: 'broken_link' },
    ]);
  });

  it('reports a deleted newest row against the chain head', async () => {
    const chain = await chainWithRows(3);
    await tamper(`delete from audit_log where chain = $1 and seq = 3`, [chain]);
    expect(await problemsOf(chain)).toEqual([{ chain, seq: 3, problem: 'head_mismatch' }]);
  });

  it('reports a forged row appended without the audit key', async () => {
    const chain = await chainWithRows(2);
    await tamper(
      `insert into audit_log select chain, seq + 1, org_id, at, actor_user_id, actor_role, action,
         resource_type, resource_id, sensitive_read, ip_tag, details, hash, 'forged'
       from audit_log where chain = $1 and seq = 2`,
      [chain],
    );
    await t.deps.pool.query(`update audit_chain_heads set seq = 3, hash = 'forged' where chain = $1`, [
      chain,
    ]);
    expect(await problemsOf(chain)).toEqual([{ chain, seq: 3, problem: 'hash_mismatch' }]);
  });
});

describe('the append-only trigger', () => {
  it.each([
    ['update', `update audit_log set action = 'x' where chain = $1`],
    ['delete', `delete from audit_log where chain = $1`],
  ])('refuses %s', async (_label, sql) => {
    const chain = await chainWithRows(1);
    await expect(t.deps.pool.query(sql, [chain])).rejects.toThrow(/append-only/);
    expect(await problemsOf(chain)).toEqual([]);
  });

  it('refuses truncate', async () => {
    await expect(t.deps.pool.query('truncate audit_log')).rejects.toThrow(/append-only/);
  });
});
