import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildAreaPath, buildSite } from './sites.factories';

/**
 * Catchment overlaps: another organization of the same network has a site in the same area (same
 * country code, province and municipality names, folded) with the same typology or the same name.
 * Only its name and our area are revealed.
 */
let t: TestApp;
let orgId: string;
let coordinator: TestAgent;
let areaId: string;
const NEIGHBOUR = 'Colectiva Vecina';
beforeAll(async () => {
  t = await createTestApp();
  const org = await buildOrganization(t);
  orgId = org.id;
  coordinator = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
  areaId = (
    await buildAreaPath(t, {
      orgId,
      country: 'El Salvador',
      province: 'Santa Ana',
      municipality: 'Chalchuapa',
    })
  ).municipalityId;
  const neighbour = await buildOrganization(t, { networkId: org.networkId, name: NEIGHBOUR });
  const theirArea = await buildAreaPath(t, {
    orgId: neighbour.id,
    country: 'SV',
    province: 'SANTA  ANA',
    municipality: 'chalchuápa',
  });
  await buildSite(t, {
    orgId: neighbour.id,
    areaId: theirArea.municipalityId,
    name: 'Calle secreta 7',
    typology: 'street',
    notes: 'Nota de la vecina',
  });
  await buildSite(t, {
    orgId: neighbour.id,
    areaId: theirArea.municipalityId,
    name: 'Hotel Real',
    typology: 'hotel',
  });
  const stranger = await buildOrganization(t, { name: 'Otra red' });
  const strangerArea = await buildAreaPath(t, {
    orgId: stranger.id,
    province: 'Santa Ana',
    municipality: 'Chalchuapa',
  });
  await buildSite(t, { orgId: stranger.id, areaId: strangerArea.municipalityId, typology: 'venue' });
  const elsewhere = await buildAreaPath(t, {
    orgId: neighbour.id,
    province: 'Santa Ana',
    municipality: 'Metapán',
  });
  await buildSite(t, { orgId: neighbour.id, areaId: elsewhere.municipalityId, typology: 'apartment' });
});
afterAll(() => t.close());

const base = () => `/api/orgs/${orgId}/sites`;

describe('catchment overlap warnings', () => {
  it('warn on create when a sibling organization has the same typology in the same area', async () => {
    const created = await coordinator.post(base(), { areaId, name: 'Parque', typology: 'street' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().overlaps).toEqual([
      {
        organizationName: NEIGHBOUR,
        areaPath: ['El Salvador', 'Santa Ana', 'Chalchuapa'],
        reasons: ['typology'],
      },
    ]);
    // Nothing about the other organization's site itself.
    for (const secret of ['Calle secreta', 'Nota de la vecina', 'Hotel Real'])
      expect(created.body).not.toContain(secret);
  });

  it('warn on the same folded name with another typology, and on update', async () => {
    const created = await coordinator.post(base(), { areaId, name: 'HOTEL  REAL.', typology: 'venue' });
    expect(created.json().overlaps).toEqual([
      expect.objectContaining({ organizationName: NEIGHBOUR, reasons: ['name'] }),
    ]);
    const both = await coordinator.patch(`${base()}/${created.json().id}`, { typology: 'hotel' });
    expect(both.json().overlaps[0].reasons).toEqual(['typology', 'name']);
  });

  it('stay silent for another network, another municipality or another typology', async () => {
    const venue = await coordinator.post(base(), { areaId, name: 'Bar Nuevo', typology: 'venue' });
    expect(venue.json().overlaps).toEqual([]); // the venue in Chalchuapa belongs to another network
    const metapan = (await buildAreaPath(t, { orgId, province: 'Santa Ana', municipality: 'Texistepeque' }))
      .municipalityId;
    const apartment = await coordinator.post(base(), {
      areaId: metapan,
      name: 'Depto',
      typology: 'apartment',
    });
    expect(apartment.json().overlaps).toEqual([]);
  });

  it('the list endpoint names each overlapping site of ours with the other organization', async () => {
    const list = (await coordinator.get(`${base()}/overlaps`)).json().sites as {
      siteName: string;
      overlaps: { organizationName: string }[];
    }[];
    expect(list.map((site) => site.siteName).sort()).toEqual(['HOTEL  REAL.', 'Parque']);
    expect(list.every((site) => site.overlaps[0]?.organizationName === NEIGHBOUR)).toBe(true);
    expect(JSON.stringify(list)).not.toContain('Calle secreta');
    // The detail of a site carries its warnings too.
    const detail = await coordinator.get(`${base()}/${(await coordinator.get(base())).json().sites[0].id}`);
    expect(detail.json()).toHaveProperty('overlaps');
  });
});
