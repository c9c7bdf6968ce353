import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type TestAgent } from '../../testing/agent';
import { findInDatabase } from '../../testing/db-search';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildAreaPath } from '../sites/sites.factories';

let t: TestApp;
let orgId: string;
let paralegal: TestAgent;
let promotora: TestAgent;
let viewer: TestAgent;

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  paralegal = await signIn(t, await buildUser(t, { orgId, role: 'paralegal' }));
  promotora = await signIn(t, await buildUser(t, { orgId, role: 'promotora' }));
  viewer = await signIn(t, await buildUser(t, { orgId, role: 'viewer' }));
});
afterAll(() => t.close());

const url = () => `/api/orgs/${orgId}/safety-alerts`;
const inHours = (hours: number) => new Date(t.clock.now().getTime() + hours * 3_600_000).toISOString();

describe('safety alerts', () => {
  it('a paralegal publishes, every staff role reads it, a promotora cannot publish', async () => {
    const area = await buildAreaPath(t, {
      orgId,
      countryCode: 'SV',
      province: 'San Salvador',
      municipality: 'Soyapango',
    });
    const published = await paralegal.post(url(), {
      kind: 'violent_client',
      title: 'Cliente violento en pick-up blanco',
      description: 'Hombre de unos 40 años, tatuaje en el brazo; pide ir a un motel y se pone agresivo.',
      areaId: area.municipalityId,
      expiresAt: inHours(72),
    });
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json()).toMatchObject({ kind: 'violent_client', areaName: 'Soyapango', mine: true });
    for (const reader of [promotora, viewer]) {
      const board = await reader.get(url());
      expect(board.statusCode).toBe(200);
      expect(board.json().alerts[0]).toMatchObject({
        title: 'Cliente violento en pick-up blanco',
        description: expect.stringContaining('tatuaje'),
        mine: false,
      });
    }
    const refused = await promotora.post(url(), {
      kind: 'other',
      title: 'x',
      description: 'y',
      expiresAt: inHours(1),
    });
    expect(refused.statusCode).toBe(403);
  });

  it('needs an expiry in the future and at most 90 days ahead, and no unknown field', async () => {
    const base = { kind: 'police_operation', title: 'Operativo', description: 'Redada en el parque' };
    const past = await paralegal.post(url(), { ...base, expiresAt: inHours(-1) });
    expect(past.json().error).toMatchObject({ code: 'validation', field: 'expiresAt' });
    const far = await paralegal.post(url(), { ...base, expiresAt: inHours(91 * 24) });
    expect(far.json().error).toMatchObject({ code: 'validation', field: 'expiresAt' });
    const victim = await paralegal.post(url(), { ...base, expiresAt: inHours(5), memberId: orgId });
    expect(victim.json().error).toMatchObject({ code: 'validation', field: 'memberId' });
  });

  it('withdrawn and expired alerts leave the board (moving clock)', async () => {
    const board = async (): Promise<string[]> =>
      (await viewer.get(url())).json<{ alerts: { title: string }[] }>().alerts.map((a) => a.title);
    const short = await paralegal.post(url(), {
      kind: 'police_operation',
      title: 'Operativo esta noche',
      description: 'Zona rosa, desde las 22 h',
      expiresAt: inHours(6),
    });
    const long = await paralegal.post(url(), {
      kind: 'other',
      title: 'Estafa por internet',
      description: 'Perfil falso que pide depósito por adelantado',
      expiresAt: inHours(48),
    });
    const wrong = await paralegal.post(url(), {
      kind: 'other',
      title: 'Publicada por error',
      description: 'borrar',
      expiresAt: inHours(48),
    });
    expect(await board()).toEqual(
      expect.arrayContaining(['Operativo esta noche', 'Estafa por internet', 'Publicada por error']),
    );
    const withdrawn = await paralegal.post(`${url()}/${wrong.json().id}/withdraw`);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().withdrawnAt).not.toBeNull();
    expect(await board()).not.toContain('Publicada por error');

    t.clock.advance(7 * 3_600_000);
    viewer = await signIn(t, await buildUser(t, { orgId, role: 'viewer' })); // the old session idled out
    const later = await board();
    expect(later).not.toContain('Operativo esta noche');
    expect(later).toContain('Estafa por internet');
    expect(short.statusCode).toBe(201);
    expect(long.statusCode).toBe(201);
  });

  it('another organization’s alert answers 404 and never shows', async () => {
    const other = (await buildOrganization(t)).id;
    const theirs = await signIn(t, await buildUser(t, { orgId: other, role: 'coordinator' }));
    const alert = await theirs.post(`/api/orgs/${other}/safety-alerts`, {
      kind: 'other',
      title: 'De otra organización',
      description: 'z',
      expiresAt: inHours(5),
    });
    paralegal = await signIn(t, await buildUser(t, { orgId, role: 'paralegal' }));
    expect((await paralegal.post(`${url()}/${alert.json().id}/withdraw`)).statusCode).toBe(404);
    expect((await paralegal.get(url())).body).not.toContain('De otra organización');
  });

  it('keeps the description encrypted at rest', async () => {
    paralegal = await signIn(t, await buildUser(t, { orgId, role: 'paralegal' }));
    const needle = 'DESCRIPCION-PLANTADA-X9K';
    const created = await paralegal.post(url(), {
      kind: 'violent_client',
      title: 'Alerta',
      description: `Auto rojo ${needle}`,
      expiresAt: inHours(3),
    });
    expect(created.statusCode).toBe(201);
    expect(await findInDatabase(t.deps.pool, needle)).toEqual([]);
  });
});
