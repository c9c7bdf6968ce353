import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../domain/ids';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { advocacyCommitments, advocacyEngagements, policySeats } from '../advocacy/advocacy.tables';
import { buildGrant } from '../grants/grants.factories';
import { findIndicatorSource } from '../indicators/indicator-sources';
import { trainingCourses, trainingExternalCounts, trainingSessions } from '../trainings/trainings.tables';
import { EMPOWERMENT_SOURCES } from './empowerment.sources';

/**
 * The empowerment sources on a hand-built fixture for March 2026 (values counted by hand in the
 * comments), with records just outside the month and another organization's records that must
 * never count.
 */
let t: TestApp;
let orgId: string;
let userId: string;
const FROM = '2026-03-01';
const TO = '2026-03-31';

async function session(org: string, heldOn: string, counts: Record<string, number>) {
  const now = t.clock.now();
  const courseId = newId();
  await t.db.insert(trainingCourses).values({
    orgId: org,
    id: courseId,
    kind: 'sensitization_police',
    title: 'Derechos y trabajo sexual',
    createdAt: now,
    updatedAt: now,
  });
  const sessionId = newId();
  await t.db
    .insert(trainingSessions)
    .values({ orgId: org, id: sessionId, courseId, heldOn, createdAt: now, updatedAt: now });
  for (const [participantType, count] of Object.entries(counts))
    await t.db.insert(trainingExternalCounts).values({ orgId: org, sessionId, participantType, count });
}

async function engagement(
  org: string,
  engagedOn: string,
  statuses: ('pending' | 'kept' | 'partly_kept' | 'broken')[],
) {
  const now = t.clock.now();
  const id = newId();
  await t.db.insert(advocacyEngagements).values({
    orgId: org,
    id,
    authorityType: 'mayor',
    officeTitle: 'Alcaldía',
    countryCode: 'PE',
    engagedOn,
    createdAt: now,
    updatedAt: now,
  });
  for (const status of statuses)
    await t.db.insert(advocacyCommitments).values({
      orgId: org,
      id: newId(),
      engagementId: id,
      description: 'Mesa de trabajo',
      followUpOn: '2026-06-01',
      status,
      createdAt: now,
      updatedAt: now,
    });
}

async function seat(org: string, heldSince: string, heldUntil: string | null, holderUserId: string) {
  const now = t.clock.now();
  await t.db.insert(policySeats).values({
    orgId: org,
    id: newId(),
    spaceKind: 'ccm',
    spaceName: 'MCP',
    holderUserId,
    heldSince,
    heldUntil,
    createdAt: now,
    updatedAt: now,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  const otherOrgId = (await buildOrganization(t)).id;
  userId = (await buildUser(t, { orgId, role: 'coordinator' })).userId;
  const otherUser = (await buildUser(t, { orgId: otherOrgId, role: 'coordinator' })).userId;

  // Trainings: March 3 (12 police, 4 health), March 31 (8 police, 5 social services),
  // February 28 (30 police, outside), the other organization in March (50 police, 50 health).
  await session(orgId, '2026-03-03', { police: 12, health_provider: 4 });
  await session(orgId, '2026-03-31', { police: 8, social_services: 5 });
  await session(orgId, '2026-02-28', { police: 30 });
  await session(otherOrgId, '2026-03-10', { police: 50, health_provider: 50 });

  // Engagements: March 1 (kept, partly kept, broken), March 20 (kept, pending), April 1 (kept,
  // outside), the other organization in March (kept, kept).
  await engagement(orgId, '2026-03-01', ['kept', 'partly_kept', 'broken']);
  await engagement(orgId, '2026-03-20', ['kept', 'pending']);
  await engagement(orgId, '2026-04-01', ['kept']);
  await engagement(otherOrgId, '2026-03-15', ['kept', 'kept']);

  // Seats: since 2025 still held (counts); Jan–Mar 1 (counts: held on March 1); Jan–Feb 28 (no);
  // from March 31 (counts); from April (no); the other organization's (no).
  await seat(orgId, '2025-06-01', null, userId);
  await seat(orgId, '2026-01-01', '2026-03-01', userId);
  await seat(orgId, '2026-01-01', '2026-02-28', userId);
  await seat(orgId, '2026-03-31', null, userId);
  await seat(orgId, '2026-04-01', null, userId);
  await seat(otherOrgId, '2026-03-01', null, otherUser);

  // Grants: PEN is the main currency (3 grants against 2 in USD). Starting in March: PEN 10 000.40
  // and PEN 5 000.30 (→ 15 001 whole units), USD 20 000 (other currency, not added). PEN 7 000
  // starts in February and USD 1 000 in April (outside). The other organization: PEN 99 999 in March.
  await buildGrant(t, { orgId, amount: 10000.4, currency: 'PEN', startsOn: '2026-03-01' });
  await buildGrant(t, { orgId, amount: 5000.3, currency: 'PEN', startsOn: '2026-03-31' });
  await buildGrant(t, { orgId, amount: 20000, currency: 'USD', startsOn: '2026-03-15' });
  await buildGrant(t, { orgId, amount: 7000, currency: 'PEN', startsOn: '2026-02-01' });
  await buildGrant(t, { orgId, amount: 1000, currency: 'USD', startsOn: '2026-04-01' });
  await buildGrant(t, { orgId: otherOrgId, amount: 99999, currency: 'PEN', startsOn: '2026-03-10' });
});
afterAll(() => t.close());

const count = async (key: string) => {
  const source = findIndicatorSource(key);
  expect(source, key).toBeDefined();
  return source!.count(t.db, orgId, FROM, TO, {});
};

describe('empowerment indicator sources (SWIT Table 1.2)', () => {
  it('health providers, police and social-service staff trained: summed counts of sessions in the period', async () => {
    expect(await count('police_trained')).toBe(20); // 12 + 8
    expect(await count('health_providers_trained')).toBe(4);
    expect(await count('social_service_staff_trained')).toBe(5);
  });

  it('policy seats held at some point of the period', async () => {
    expect(await count('policy_seats_held')).toBe(3);
  });

  it('engagements, commitments obtained and commitments kept (partly kept is not kept)', async () => {
    expect(await count('advocacy_engagements')).toBe(2);
    expect(await count('commitments_obtained')).toBe(5); // 3 + 2
    expect(await count('commitments_kept')).toBe(2); // one on March 1, one on March 20
  });

  it('grants received and funding received in the main currency, in whole units', async () => {
    expect(await count('grants_received')).toBe(3);
    expect(await count('funding_received')).toBe(15001); // round(10000.40 + 5000.30)
  });

  it('are all in the indicator registry with their label key and no filters', () => {
    for (const source of EMPOWERMENT_SOURCES) {
      expect(findIndicatorSource(source.key)).toBe(source);
      expect(source.labelKey).toBe(`indicators.sources.${source.key}`);
      expect(Object.keys(source.filters.shape)).toEqual([]);
    }
  });
});
