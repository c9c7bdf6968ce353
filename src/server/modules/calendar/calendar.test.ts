import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEntry, CalendarView } from '../../../domain/calendar.schemas';
import { newId } from '../../../domain/ids';
import type { Role } from '../../../domain/roles';
import { signIn, TestAgent } from '../../testing/agent';
import { expectError } from '../../testing/expect-error';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildEngagement } from '../advocacy/advocacy.factory';
import { buildAction } from '../capacity-actions/capacity-actions.factory';
import { buildGrant } from '../grants/grants.factories';
import { buildEvent } from '../mobilization/mobilization.factory';
import { buildDocument } from '../planning/planning.factory';
import { buildConsultation } from '../priorities/priorities.factories';
import { trainingCourses, trainingSessions } from '../trainings/trainings.tables';

/** The calendar: entries of every module in the period, each shown only to roles that may list its module. */
let t: TestApp;
let orgId: string;
const agents = {} as Record<Role, TestAgent>;
let outsider: TestAgent;

async function buildSession(org: string, heldOn: string, title: string) {
  const now = t.clock.now();
  const courseId = newId();
  await t.db
    .insert(trainingCourses)
    .values({ orgId: org, id: courseId, kind: 'leadership', title, createdAt: now, updatedAt: now });
  await t.db
    .insert(trainingSessions)
    .values({ orgId: org, id: newId(), courseId, heldOn, createdAt: now, updatedAt: now });
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  const otherOrgId = (await buildOrganization(t)).id;
  for (const role of ['admin', 'coordinator', 'promotora', 'paralegal', 'analyst', 'viewer'] as Role[])
    agents[role] = await signIn(t, await buildUser(t, { orgId, role }));
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'coordinator' }));

  await buildSession(orgId, '2026-11-03', 'Taller de liderazgo');
  await buildEvent(t, {
    orgId,
    title: 'Marcha 17 de diciembre',
    eventDate: '2026-11-17',
    status: 'confirmed',
  });
  await buildEngagement(t, {
    orgId,
    officeTitle: 'Secretaría de Salud',
    engagedOn: '2026-11-05',
    commitments: [{ description: 'Mesa de diálogo mensual', followUpOn: '2026-11-25', status: 'pending' }],
  });
  await buildConsultation(t, { orgId, title: 'Asamblea anual', heldOn: '2026-11-10' });
  await buildGrant(t, { orgId, title: 'Proyecto VIH', reports: [{ dueOn: '2026-11-30' }] });
  await buildAction(t, { orgId, title: 'Manual de finanzas', dueOn: '2026-11-15', status: 'planned' });
  await buildAction(t, { orgId, title: 'Acción terminada', dueOn: '2026-11-16', status: 'done' });
  await buildDocument(t, { orgId, title: 'Registro legal', issuedOn: '2025-11-20', expiresOn: '2026-11-20' });
  // Outside the period, and another organization's entries in it.
  await buildConsultation(t, { orgId, title: 'Asamblea de diciembre', heldOn: '2026-12-01' });
  await buildConsultation(t, { orgId: otherOrgId, title: 'Asamblea ajena', heldOn: '2026-11-10' });
  await buildSession(otherOrgId, '2026-11-03', 'Taller ajeno');
});
afterAll(() => t.close());

const url = (query = 'from=2026-11-01&to=2026-11-30') => `/api/orgs/${orgId}/calendar?${query}`;
const titles = (entries: CalendarEntry[]) => entries.map((e) => `${e.date} ${e.source} ${e.title}`);

describe('GET /api/orgs/:orgId/calendar', () => {
  it('answers 401 and 403 to another organization', async () => {
    expectError(await new TestAgent(t, '10.5.0.9').get(url()), 401, { code: 'unauthenticated' });
    expectError(await outsider.get(url()), 403, { code: 'forbidden' });
  });

  it.each([
    ['to=2026-11-30', 'from'],
    ['from=2026-11-01', 'to'],
    ['from=2026-11-30&to=2026-11-01', 'to'],
    ['from=2026-01-01&to=2026-12-31', 'to'],
    ['from=2026-11-01&to=2026-11-30&who=all', 'who'],
  ])('answers 400 naming the field for %s', async (query, field) => {
    expectError(await agents.coordinator.get(url(query)), 400, { code: 'validation', field });
  });

  it('gives a coordinator every source of the period in date order, nothing of another month or organization', async () => {
    const view = (await agents.coordinator.get(url())).json<CalendarView>();
    expect(titles(view.entries)).toEqual([
      '2026-11-03 training_session Taller de liderazgo',
      '2026-11-05 advocacy_engagement Secretaría de Salud',
      '2026-11-10 consultation Asamblea anual',
      '2026-11-15 capacity_action_due Manual de finanzas',
      '2026-11-17 mobilization_event Marcha 17 de diciembre',
      '2026-11-20 document_expiry Registro legal',
      '2026-11-25 commitment_follow_up Mesa de diálogo mensual',
      '2026-11-30 grant_report_due Proyecto VIH',
    ]);
    expect(view.entries.find((e) => e.source === 'grant_report_due')?.status).toBe('due');
    expect(view.entries.find((e) => e.source === 'mobilization_event')?.status).toBe('confirmed');
    // Dates, titles and states only: no participants, no people.
    for (const entry of view.entries)
      expect(Object.keys(entry).sort()).toEqual(['date', 'recordId', 'source', 'status', 'title']);
  });

  it('leaves out the sources a role may not list', async () => {
    const sourcesOf = async (role: Role) =>
      [...new Set((await agents[role].get(url())).json<CalendarView>().entries.map((e) => e.source))].sort();
    // A viewer: staff-wide modules only (no advocacy, grants or documents).
    const viewer = await sourcesOf('viewer');
    expect(viewer).toContain('consultation');
    expect(viewer).not.toContain('advocacy_engagement');
    expect(viewer).not.toContain('commitment_follow_up');
    expect(viewer).not.toContain('grant_report_due');
    expect(viewer).not.toContain('document_expiry');
    // An analyst reads grants and advocacy but not the organization's documents.
    const analyst = await sourcesOf('analyst');
    expect(analyst).toContain('grant_report_due');
    expect(analyst).toContain('advocacy_engagement');
    expect(analyst).not.toContain('document_expiry');
    const view = (await agents.viewer.get(url())).json<CalendarView>();
    expect(view.sources).not.toContain('document_expiry');
  });
});
