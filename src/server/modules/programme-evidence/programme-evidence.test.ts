import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceView } from '../../../domain/programme-evidence.schemas';
import type { Role } from '../../../domain/roles';
import { signIn, TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser } from '../../testing/factories';
import { expectError } from '../../testing/expect-error';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { newId } from '../../../domain/ids';
import { buildCase } from '../cases/cases.factory';
import { insertConsent } from '../cases/cases.repo';
import { buildContact } from '../contacts/contacts.factory';
import { buildFee, buildGrant } from '../grants/grants.factories';
import { buildMember } from '../members/members.factory';
import { buildActivity } from '../planning/planning.factory';
import { buildRegistrySettings } from '../registry-settings/registry-settings.factory';
import { collectEvidence } from './programme-evidence.service';

/** Programme evidence beside the scores: the organization's own data per domain, counts only. */
let t: TestApp;
let orgId: string;
let emptyOrgId: string;
const agents = {} as Record<Role, TestAgent>;
let promotoraId: string;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-05-10T12:00:00Z'));
  orgId = (await buildOrganization(t)).id;
  emptyOrgId = (await buildOrganization(t)).id;
  for (const role of ['admin', 'promotora', 'viewer', 'analyst', 'paralegal'] as Role[]) {
    const user = await buildUser(t, { orgId, role });
    if (role === 'promotora') promotoraId = user.userId;
    agents[role] = await signIn(t, user);
  }
});
afterAll(() => t.close());

const facts = (view: EvidenceView, domainKey: string) =>
  Object.fromEntries(
    (view.domains.find((d) => d.domainKey === domainKey)?.facts ?? []).map((f) => [
      f.key,
      [f.value, f.total],
    ]),
  );

describe('GET /api/orgs/:orgId/capacity/evidence', () => {
  it('answers 401 and 403 to another organization', async () => {
    expectError(await new TestAgent(t, '10.14.0.1').get(`/api/orgs/${orgId}/capacity/evidence`), 401, {
      code: 'unauthenticated',
    });
    expectError(await agents.admin.get(`/api/orgs/${emptyOrgId}/capacity/evidence`), 403, {
      code: 'forbidden',
    });
  });

  it('answers no domain where the organization has no data yet', async () => {
    const other = await signIn(t, await buildUser(t, { orgId: emptyOrgId, role: 'admin' }));
    const view = (await other.get(`/api/orgs/${emptyOrgId}/capacity/evidence`)).json();
    expect(view.from).toBe('2025-05-11');
    expect(view.to).toBe('2026-05-10');
    expect(view.domains.map((d: { domainKey: string }) => d.domainKey)).toEqual(['safety_data_protection']);
  });

  it('finds grants and funders, reporting timeliness, workplan, reach, cases and second factors', async () => {
    await buildGrant(t, {
      orgId,
      funder: 'Fondo A',
      reports: [
        { dueOn: '2026-01-31', submittedOn: '2026-01-30' },
        { dueOn: '2026-04-30' },
        { dueOn: '2026-09-30' },
      ],
    });
    await buildGrant(t, { orgId, funder: 'Fondo B' });
    await buildGrant(t, { orgId, funder: 'Fondo A', startsOn: '2020-01-01', endsOn: '2020-12-31' });
    await buildFee(t, { orgId, status: 'exempt' });
    await buildFee(t, { orgId, status: 'paid' });
    await buildActivity(t, { orgId, startsOn: '2026-01-01', endsOn: '2026-03-01', status: 'done' });
    await buildActivity(t, { orgId, startsOn: '2026-01-01', endsOn: '2026-04-01', status: 'delayed' });
    const member = await buildMember(t, { orgId });
    await buildContact(t, {
      orgId,
      promotoraUserId: promotoraId,
      memberId: member.id,
      contactedOn: '2026-05-01',
    });
    await buildContact(t, {
      orgId,
      promotoraUserId: promotoraId,
      memberId: member.id,
      contactedOn: '2026-05-02',
    });
    await buildCase(t, { orgId });
    await buildCase(t, { orgId, status: 'closed' });
    await buildGrant(t, { orgId: emptyOrgId, funder: 'Ajeno' });

    const view: EvidenceView = (await agents.admin.get(`/api/orgs/${orgId}/capacity/evidence`)).json();
    expect(facts(view, 'resource_mobilization')).toMatchObject({
      grants: [2, null],
      funders: [2, null],
      feesPaid: [1, 2],
      feesExempt: [1, 2],
    });
    expect(facts(view, 'project_management')).toMatchObject({
      reportsOnTime: [1, 2],
      activitiesDone: [1, 2],
      activitiesDelayed: [1, 2],
    });
    expect(facts(view, 'community_services')).toMatchObject({
      membersRegistered: [1, null],
      membersReached: [1, null],
      contacts: [2, null],
    });
    // Two consented cases: below the small-cell threshold (11), so never the exact count.
    expect(facts(view, 'hr_documentation')).toMatchObject({
      casesDocumented: ['<', null],
      casesClosed: ['<', '<'],
    });
    for (const fact of view.domains.find((d) => d.domainKey === 'hr_documentation')!.facts) {
      expect([1, 2]).not.toContain(fact.value);
      expect([1, 2]).not.toContain(fact.total);
      expect(fact.threshold).toBe(11);
    }
    expect(facts(view, 'safety_data_protection')).toEqual({ staffWithSecondFactor: [expect.any(Number), 5] });
    // Counts only: no funder names, no titles.
    expect(JSON.stringify(view)).not.toContain('Fondo');
  });

  it('answers each role only the facts of the modules it may read', async () => {
    const domainsOf = async (role: Role) => {
      const view: EvidenceView = (await agents[role].get(`/api/orgs/${orgId}/capacity/evidence`)).json();
      return Object.fromEntries(view.domains.map((d) => [d.domainKey, d.facts.map((f) => f.key).sort()]));
    };
    // A promotora works the registry; she does not read grants, fees, cases or user accounts.
    expect(await domainsOf('promotora')).toEqual({
      project_management: ['activitiesDelayed', 'activitiesDone'],
      community_services: ['contacts', 'membersReached', 'membersRegistered'],
    });
    // A viewer reads the workplan only.
    expect(await domainsOf('viewer')).toEqual({
      project_management: ['activitiesDelayed', 'activitiesDone'],
    });
    // An analyst reads grants and the pipeline, the registry and the (suppressed) case analysis.
    const analyst = await domainsOf('analyst');
    expect(analyst.resource_mobilization).toEqual(['funders', 'grants']);
    expect(analyst.community_services).toBeDefined();
    expect(analyst.hr_documentation).toContain('casesDocumented');
    expect(analyst.safety_data_protection).toBeUndefined();
    // A paralegal reads the case analysis, not the registry's totals or the grants.
    const paralegal = await domainsOf('paralegal');
    expect(paralegal.hr_documentation).toContain('casesDocumented');
    expect(paralegal.community_services).toBeUndefined();
    expect(paralegal.resource_mobilization).toBeUndefined();
  });

  it('counts only cases whose latest record consent is granted, with the organization’s threshold', async () => {
    const consentOrgId = (await buildOrganization(t)).id;
    await buildRegistrySettings(t, { orgId: consentOrgId, smallCellThreshold: 2 });
    const admin = await signIn(t, await buildUser(t, { orgId: consentOrgId, role: 'admin' }));
    for (let i = 0; i < 4; i++) await buildCase(t, { orgId: consentOrgId });
    for (let i = 0; i < 2; i++) await buildCase(t, { orgId: consentOrgId, status: 'closed' });
    // Never consented to being recorded, and consented then withdrew: neither is counted.
    await buildCase(t, { orgId: consentOrgId, status: 'closed', consents: { record: false } });
    const withdrawn = await buildCase(t, { orgId: consentOrgId, status: 'closed' });
    await insertConsent(t.db, {
      orgId: consentOrgId,
      id: newId(),
      caseId: withdrawn.id,
      purpose: 'record',
      granted: false,
      recordedOn: '2026-05-10',
      recordedBy: null,
      createdAt: new Date(t.clock.now().getTime() + 1000),
    });
    const view: EvidenceView = (await admin.get(`/api/orgs/${consentOrgId}/capacity/evidence`)).json();
    expect(facts(view, 'hr_documentation')).toMatchObject({
      casesDocumented: [6, null],
      casesClosed: [2, 6],
    });
  });

  it('takes providers from a registry, so later modules add their own', async () => {
    const view = await collectEvidence(
      {
        db: t.db,
        now: t.clock.now(),
        deps: t.deps,
        actor: { userId: 'x', username: 'x', sessionId: 'x', sessionState: 'active', sessionToken: 'x' },
        org: { orgId, role: 'admin', level: 'national' },
        audit: async () => undefined,
      } as never,
      [
        {
          id: 'trainings',
          collect: async () => [{ domainKey: 'networking', key: 'trainings', value: 4, total: null }],
        },
      ],
    );
    expect(view.domains).toEqual([
      {
        domainKey: 'networking',
        facts: [{ provider: 'trainings', key: 'trainings', value: 4, total: null }],
      },
    ]);
  });
});
