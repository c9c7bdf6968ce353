import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkPictureView } from '../../../domain/capacity-network.schemas';
import { signIn, TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser } from '../../testing/factories';
import { expectError } from '../../testing/expect-error';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildCompletedAssessment, buildSharing, buildTaRequest } from './capacity-network.factories';

/** Consent to share, technical-assistance requests, and the regional network view (issue 6 §7). */
let t: TestApp;
let regionalId: string;
const national: Record<'a' | 'b' | 'c' | 'd', { id: string; admin: TestAgent }> = {} as never;
let regionalAdmin: TestAgent;
let regionalAnalyst: TestAgent;
let regionalPromotora: TestAgent;
let foreignId: string;

beforeAll(async () => {
  t = await createTestApp();
  const regional = await buildOrganization(t, { level: 'regional', name: 'Red regional', countryCode: null });
  regionalId = regional.id;
  for (const [key, name] of [
    ['a', 'Asociación Alfa'],
    ['b', 'Colectivo Beta'],
    ['c', 'Red Gama'],
    ['d', 'Mujeres Delta'],
  ] as const) {
    const org = await buildOrganization(t, { networkId: regional.networkId, name });
    national[key] = {
      id: org.id,
      admin: await signIn(t, await buildUser(t, { orgId: org.id, role: 'admin' })),
    };
  }
  foreignId = (await buildOrganization(t, { name: 'Organización Foránea' })).id;
  regionalAdmin = await signIn(t, await buildUser(t, { orgId: regionalId, role: 'admin' }));
  regionalAnalyst = await signIn(t, await buildUser(t, { orgId: regionalId, role: 'network_analyst' }));
  regionalPromotora = await signIn(t, await buildUser(t, { orgId: regionalId, role: 'promotora' }));
});
afterAll(() => t.close());

const picture = async (agent = regionalAnalyst): Promise<NetworkPictureView> => {
  const response = await agent.get(`/api/orgs/${regionalId}/capacity/network`);
  expect(response.statusCode).toBe(200);
  return response.json();
};
const put = (agent: TestAgent, url: string, body: unknown) => agent.request({ method: 'PUT', url, body });
const domain = (view: NetworkPictureView, key: string) => view.domains.find((d) => d.domainKey === key);

describe('consent and technical-assistance requests (each organization)', () => {
  it('starts without consent, records it, and is refused to other roles and organizations', async () => {
    const url = `/api/orgs/${national.a.id}/capacity/sharing`;
    expect((await national.a.admin.get(url)).json()).toEqual({
      shareScores: false,
      shareTaRequests: false,
      updatedAt: null,
    });
    expectError(await new TestAgent(t, '10.13.0.1').get(url), 401, { code: 'unauthenticated' });
    expectError(await national.b.admin.get(url), 403, { code: 'forbidden' });
    expectError(await put(regionalAdmin, url, { shareScores: true, shareTaRequests: true }), 403, {
      code: 'forbidden',
    });
    expectError(await put(national.a.admin, url, { shareScores: true }), 400, {
      code: 'validation',
      field: 'shareTaRequests',
    });
    const updated = await put(national.a.admin, url, { shareScores: true, shareTaRequests: false });
    expect(updated.json()).toMatchObject({ shareScores: true, shareTaRequests: false });
  });

  it('lists, creates and updates the organization’s own requests; another organization’s id answers 404', async () => {
    const url = `/api/orgs/${national.d.id}/capacity/ta-requests`;
    expectError(await national.d.admin.post(url, { domainKey: 'Not A Key', description: 'x' }), 400, {
      code: 'validation',
      field: 'domainKey',
    });
    const created = await national.d.admin.post(url, {
      domainKey: 'resource_mobilization',
      description: 'Queremos aprender a escribir propuestas',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      status: 'open',
      description: 'Queremos aprender a escribir propuestas',
    });
    const list = (await national.d.admin.get(url)).json().requests;
    expect(list).toHaveLength(1);
    const patched = await national.d.admin.patch(`${url}/${created.json().id}`, { status: 'in_progress' });
    expect(patched.json().status).toBe('in_progress');
    expectError(
      await national.a.admin.patch(`/api/orgs/${national.a.id}/capacity/ta-requests/${created.json().id}`, {
        status: 'closed',
      }),
      404,
      { code: 'not_found' },
    );
  });
});

describe('the network view at the regional secretariat', () => {
  it('is refused to national organizations and to roles without the rule', async () => {
    expectError(await national.a.admin.get(`/api/orgs/${national.a.id}/capacity/network`), 403, {
      code: 'forbidden',
    });
    expectError(await regionalPromotora.get(`/api/orgs/${regionalId}/capacity/network`), 403, {
      code: 'forbidden',
    });
    expectError(
      await put(regionalAnalyst, `/api/orgs/${regionalId}/capacity/network/settings`, {
        minOrganizations: 4,
      }),
      403,
      {
        code: 'forbidden',
      },
    );
  });

  it('shows nothing of organizations that did not consent, and names nobody below the minimum', async () => {
    // Delta has an assessment and a request but never consented; Alfa consented (scores only).
    await buildCompletedAssessment(t, { orgId: national.d.id, scores: { networking: 1, governance: 1 } });
    await buildCompletedAssessment(t, {
      orgId: national.a.id,
      scores: { governance: 1 },
      completedAt: new Date('2025-01-01T00:00:00Z'),
    });
    await buildCompletedAssessment(t, {
      orgId: national.a.id,
      scores: { governance: 4, resource_mobilization: 2 },
    });
    await buildCompletedAssessment(t, { orgId: foreignId, scores: { governance: 4 } });
    await buildSharing(t, { orgId: foreignId });
    let view = await picture();
    expect(view).toMatchObject({
      networkOrganizations: 5,
      sharingScores: 1,
      withCompletedAssessment: 1,
      namesShown: false,
    });
    expect(domain(view, 'networking')).toBeUndefined();
    expect(domain(view, 'governance')).toMatchObject({
      organizations: 1,
      withheld: true,
      bands: null,
      strong: null,
    });
    expect(JSON.stringify(view)).not.toContain('Delta');
    expect(JSON.stringify(view)).not.toContain('Foránea');
    expect(JSON.stringify(view)).not.toContain('Alfa');

    // Beta consents (scores and requests) and asks for help; still two organizations: no names.
    await buildSharing(t, { orgId: national.b.id });
    await buildCompletedAssessment(t, {
      orgId: national.b.id,
      scores: { governance: 2, resource_mobilization: 4 },
    });
    await buildTaRequest(t, {
      orgId: national.b.id,
      domainKey: 'governance',
      description: 'TEXTO-PRIVADO-BETA',
    });
    view = await picture();
    expect(view.namesShown).toBe(false);
    expect(domain(view, 'governance')).toMatchObject({
      organizations: 2,
      withheld: true,
      taRequests: 1,
      asking: null,
    });
    expect(JSON.stringify(view)).not.toContain('Beta');

    // Gama makes three: distribution by band, median, "who can help" with names.
    await buildSharing(t, { orgId: national.c.id, shareTaRequests: false });
    await buildCompletedAssessment(t, {
      orgId: national.c.id,
      scores: { governance: 3, resource_mobilization: 1 },
    });
    await buildTaRequest(t, { orgId: national.c.id, domainKey: 'governance' });
    view = await picture();
    expect(view).toMatchObject({
      namesShown: true,
      sharingScores: 3,
      sharingTaRequests: 1,
      minOrganizations: 3,
    });
    const governance = domain(view, 'governance')!;
    expect(governance).toMatchObject({
      organizations: 3,
      withheld: false,
      bands: [
        { band: 1, count: 0 },
        { band: 2, count: 1 },
        { band: 3, count: 1 },
        { band: 4, count: 1 },
      ],
      median: 3,
      taRequests: 1,
      askingOrganizations: 1,
      strongCount: 1,
    });
    expect(governance.strong).toEqual([{ id: national.a.id, name: 'Asociación Alfa' }]);
    expect(governance.asking).toEqual([{ id: national.b.id, name: 'Colectivo Beta' }]);
    expect(domain(view, 'resource_mobilization')!.strong).toEqual([
      { id: national.b.id, name: 'Colectivo Beta' },
    ]);
    const text = JSON.stringify(view);
    expect(text).not.toContain('Delta');
    expect(text).not.toContain('TEXTO-PRIVADO-BETA');
    expect(domain(view, 'networking')).toBeUndefined();

    // A higher minimum hides names again; withdrawing consent removes the organization at once.
    const settings = await put(regionalAdmin, `/api/orgs/${regionalId}/capacity/network/settings`, {
      minOrganizations: 4,
    });
    expect(settings.json()).toEqual({ minOrganizations: 4 });
    expectError(
      await put(regionalAdmin, `/api/orgs/${regionalId}/capacity/network/settings`, { minOrganizations: 1 }),
      400,
      {
        code: 'validation',
        field: 'minOrganizations',
      },
    );
    view = await picture(regionalAdmin);
    expect(view.namesShown).toBe(false);
    expect(domain(view, 'governance')!.withheld).toBe(true);
    await put(regionalAdmin, `/api/orgs/${regionalId}/capacity/network/settings`, { minOrganizations: 3 });
    expect((await regionalAnalyst.get(`/api/orgs/${regionalId}/capacity/network/settings`)).json()).toEqual({
      minOrganizations: 3,
    });
    await put(national.a.admin, `/api/orgs/${national.a.id}/capacity/sharing`, {
      shareScores: false,
      shareTaRequests: false,
    });
    view = await picture();
    expect(view.sharingScores).toBe(2);
    expect(JSON.stringify(view)).not.toContain('Alfa');
    expect(domain(view, 'governance')!.withheld).toBe(true);
  });
});
