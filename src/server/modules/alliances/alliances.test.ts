import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerDetail, PartnerSummary } from '../../../domain/alliances.schemas';
import { signIn, TestAgent } from '../../testing/agent';
import { expectError } from '../../testing/expect-error';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildPartner } from './alliances.factories';

/** Alliances: partners (contact as a role), engagements and joint actions, relationship counts. */
let t: TestApp;
let orgId: string;
let otherOrgId: string;
let coordinator: TestAgent;
let promotora: TestAgent;
let outsider: TestAgent;

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  coordinator = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
  promotora = await signIn(t, await buildUser(t, { orgId, role: 'promotora' }));
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'admin' }));
});
afterAll(() => t.close());

const base = () => `/api/orgs/${orgId}/alliances/partners`;
const anonymous = () => new TestAgent(t, '10.4.0.9');

describe('partners', () => {
  it('answers 401, 403 to another organization and to a role that may not write', async () => {
    const body = { name: 'Red Trans', kind: 'trans_lgbti', strength: 'active' };
    expectError(await anonymous().get(base()), 401, { code: 'unauthenticated' });
    expectError(await outsider.get(base()), 403, { code: 'forbidden' });
    expectError(await promotora.post(base(), body), 403, { code: 'forbidden' });
    expectError(await outsider.post(base(), body), 403, { code: 'forbidden' });
  });

  it.each([
    [{ kind: 'media', strength: 'active' }, 'name'],
    [{ name: 'X', kind: 'church', strength: 'active' }, 'kind'],
    [{ name: 'X', kind: 'media', strength: 'eternal' }, 'strength'],
    [{ name: 'X', kind: 'media', strength: 'active', contactRole: '' }, 'contactRole'],
    [{ name: 'X', kind: 'media', strength: 'active', phone: '555' }, 'phone'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    expectError(await coordinator.post(base(), body), 400, { code: 'validation', field });
  });

  it('creates a partner, refuses the same name, records interactions and counts them', async () => {
    const created = await coordinator.post(base(), {
      name: 'Red de personas con VIH',
      kind: 'plhiv_network',
      strength: 'emerging',
      contactRole: 'Coordinación nacional',
    });
    expect(created.statusCode, created.body).toBe(201);
    const partner = created.json<PartnerDetail>();
    expect(partner).toMatchObject({
      engagements: 0,
      jointActions: 0,
      lastInteractionOn: null,
      interactions: [],
    });
    expectError(
      await coordinator.post(base(), { name: 'RED DE PERSONAS CON VIH', kind: 'media', strength: 'active' }),
      409,
      {
        code: 'conflict',
        field: 'name',
      },
    );
    const url = `${base()}/${partner.id}/interactions`;
    expectError(
      await coordinator.post(url, { kind: 'joint_action', title: 'Marcha', happenedOn: 'ayer' }),
      400,
      {
        code: 'validation',
        field: 'happenedOn',
      },
    );
    expectError(
      await promotora.post(url, { kind: 'joint_action', title: 'Marcha', happenedOn: '2026-06-02' }),
      403,
      {
        code: 'forbidden',
      },
    );
    await coordinator.post(url, {
      kind: 'joint_action',
      title: 'Marcha 2 de junio',
      happenedOn: '2026-06-02',
    });
    await coordinator.post(url, {
      kind: 'engagement',
      title: 'Reunión de coordinación',
      happenedOn: '2026-09-10',
    });
    await coordinator.post(url, { kind: 'joint_action', title: 'Pronunciamiento', happenedOn: '2026-03-08' });
    const detail = (await promotora.get(`${base()}/${partner.id}`)).json<PartnerDetail>();
    expect(detail).toMatchObject({ engagements: 1, jointActions: 2, lastInteractionOn: '2026-09-10' });
    expect(detail.interactions.map((i) => i.happenedOn)).toEqual(['2026-09-10', '2026-06-02', '2026-03-08']);
    const patched = await coordinator.patch(`${base()}/${partner.id}`, { strength: 'strong' });
    expect(patched.json()).toMatchObject({ strength: 'strong', jointActions: 2 });
    const list = (await promotora.get(base())).json<{ partners: PartnerSummary[] }>().partners;
    expect(list.find((p) => p.id === partner.id)).toMatchObject({ strength: 'strong', engagements: 1 });
  });

  it('answers 404 for another organization’s partner and 400 for a malformed id', async () => {
    const theirs = await buildPartner(t, { orgId: otherOrgId });
    expectError(await coordinator.get(`${base()}/${theirs.id}`), 404, { code: 'not_found' });
    expectError(await coordinator.patch(`${base()}/${theirs.id}`, { strength: 'strong' }), 404, {
      code: 'not_found',
    });
    expectError(
      await coordinator.post(`${base()}/${theirs.id}/interactions`, {
        kind: 'engagement',
        title: 'x',
        happenedOn: '2026-01-01',
      }),
      404,
      { code: 'not_found' },
    );
    expectError(await coordinator.get(`${base()}/nope`), 400, { code: 'validation', field: 'partnerId' });
  });
});
