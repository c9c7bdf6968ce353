import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildMember } from '../members/members.factory';
import {
  countExternalActorsTrained,
  countMembersTrained,
  countTrainingSessionsHeld,
} from './training-counts';
import { buildTrainingSession } from './trainings.factory';

/** The counts the empowerment indicators read, checked by hand on a small fixture. */
let t: TestApp;
let orgId: string;
let otherOrgId: string;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  const [a, b, c] = [
    await buildMember(t, { orgId }),
    await buildMember(t, { orgId }),
    await buildMember(t, { orgId }),
  ];
  // March: two collective sessions (a at both, b at one), one police sensitization (12 police, 3 health).
  await buildTrainingSession(t, {
    orgId,
    kind: 'leadership',
    heldOn: '2026-03-02',
    memberIds: [a.id, b.id],
  });
  await buildTrainingSession(t, { orgId, kind: 'rights', heldOn: '2026-03-31', memberIds: [a.id] });
  await buildTrainingSession(t, {
    orgId,
    kind: 'sensitization_police',
    heldOn: '2026-03-15',
    external: [
      { participantType: 'police', count: 12 },
      { participantType: 'health_provider', count: 3 },
    ],
  });
  // April (outside the period) and another organization: never counted.
  await buildTrainingSession(t, { orgId, kind: 'rights', heldOn: '2026-04-01', memberIds: [c.id] });
  await buildTrainingSession(t, {
    orgId: otherOrgId,
    kind: 'sensitization_police',
    heldOn: '2026-03-10',
    external: [{ participantType: 'police', count: 40 }],
  });
});
afterAll(() => t.close());

const march = () => ({ orgId, from: '2026-03-01', to: '2026-03-31' });

describe('training counts for the indicators', () => {
  it('counts sessions held per audience in the period', async () => {
    expect(await countTrainingSessionsHeld(t.db, march())).toEqual({ collective: 2, external: 1 });
  });

  it('counts distinct members trained', async () => {
    expect(await countMembersTrained(t.db, march())).toBe(2);
  });

  it('sums external actors by participant type, only this organization and period', async () => {
    expect(await countExternalActorsTrained(t.db, march())).toEqual({
      health_provider: 3,
      police: 12,
      social_services: 0,
      justice: 0,
      media: 0,
      other: 0,
    });
  });
});
