import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIC_RECIPES } from '../../../domain/uic';
import { signIn, type TestAgent } from '../../testing/agent';
import { expectError } from '../../testing/expect-error';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { updateNetworkUicRecipeId } from '../registry-settings/registry-settings.repo';
import { randomUicAnswers, testUic, type UicRecipeKey } from './members.test-support';

/** Registration under each shipped recipe (with fallbacks), and the settings-gated fields. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** An organization whose network uses `recipe`, with a promotora and an administrator signed in. */
async function organizationUsing(recipe: UicRecipeKey) {
  const org = await buildOrganization(t);
  await updateNetworkUicRecipeId(t.db, org.networkId, recipe);
  const promotora = await signIn(t, await buildUser(t, { orgId: org.id, role: 'promotora' }));
  const admin = await signIn(t, await buildUser(t, { orgId: org.id, role: 'admin' }));
  return { orgId: org.id, promotora, admin, url: `/api/orgs/${org.id}/members` };
}

/** Answers with one question unknown at a time, for every question that has a fallback. */
function answersWithout(recipe: UicRecipeKey, questionId: string) {
  const answers: Record<string, string | null> = randomUicAnswers(UIC_RECIPES[recipe]);
  answers[questionId] = null;
  return answers;
}

describe('each shipped recipe', () => {
  for (const recipe of Object.keys(UIC_RECIPES) as UicRecipeKey[]) {
    it(`${recipe}: registers with full answers and with each fallback, and finds the person again`, async () => {
      const org = await organizationUsing(recipe);
      const full = testUic(recipe);
      const created = await org.promotora.post(org.url, { uic: full });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({ uicRecipeId: recipe, uicFallbacks: [] });

      const parts = UIC_RECIPES[recipe].parts;
      for (const questionId of parts) {
        const uic = testUic(recipe, answersWithout(recipe, questionId));
        expect(uic.fallbacksUsed).toContain(questionId);
        const response = await org.promotora.post(org.url, { uic });
        expect(response.statusCode, `${questionId}: ${response.body}`).toBe(201);
        expect(response.json().uicFallbacks).toEqual(uic.fallbacksUsed);
      }

      // The same person, asked again: the same code, so a possible duplicate.
      const again = await org.promotora.post(`${org.url}/check-duplicate`, { uic: full });
      expect(again.json().matches).toEqual([
        { id: created.json().id, displayCode: created.json().displayCode },
      ]);
    });
  }

  it('answers typed differently (accents, case, spaces) make the same code', async () => {
    const org = await organizationUsing('default');
    const first = testUic('default', {
      motherFirstName: 'María José',
      fatherFirstName: 'Ñico',
      birthDate: '1990-01-31',
    });
    const second = testUic('default', {
      motherFirstName: ' maria jose',
      fatherFirstName: 'NICO ',
      birthDate: '1990-01-31',
    });
    expect((await org.promotora.post(org.url, { uic: first })).statusCode).toBe(201);
    expectError(await org.promotora.post(org.url, { uic: second }), 409, { code: 'possible_duplicate' });
  });

  it('refuses a code made under another recipe than the network’s', async () => {
    const org = await organizationUsing('pasmo');
    expectError(await org.promotora.post(org.url, { uic: testUic('default') }), 400, {
      code: 'validation',
      field: 'uic.recipeId',
    });
    expectError(
      await org.promotora.post(`${org.url}/check-duplicate`, { uic: testUic('philippines') }),
      400,
      {
        code: 'validation',
        field: 'uic.recipeId',
      },
    );
  });

  it('keeps hashes of different networks apart', async () => {
    const one = await organizationUsing('default');
    const two = await organizationUsing('default');
    const uic = testUic('default');
    expect((await one.promotora.post(one.url, { uic })).statusCode).toBe(201);
    expect((await two.promotora.post(`${two.url}/check-duplicate`, { uic })).json().matches).toEqual([]);
  });
});

describe('fields the registry settings switch on', () => {
  async function enable(admin: TestAgent, orgId: string, changes: Record<string, boolean>) {
    const current = (await admin.get(`/api/orgs/${orgId}/registry/settings`)).json();
    const body = {
      dueAfterDays: current.dueAfterDays,
      riskFlags: current.riskFlags,
      recordMigrantStatus: current.recordMigrantStatus,
      recordContactChannel: current.recordContactChannel,
      caseloadNorm: current.caseloadNorm,
      ...changes,
    };
    const response = await admin.request({
      method: 'PUT',
      url: `/api/orgs/${orgId}/registry/settings`,
      body,
    });
    expect(response.statusCode, response.body).toBe(200);
  }

  it('records nationality, migration status (encrypted) and contact channel only once enabled', async () => {
    const org = await organizationUsing('default');
    const fields = {
      nationality: 'VE',
      migrantStatus: 'in_process',
      contactChannel: 'Por la referente del grupo',
    };
    expectError(await org.promotora.post(org.url, { uic: testUic(), nationality: 'VE' }), 400, {
      code: 'validation',
      field: 'nationality',
    });
    await enable(org.admin, org.orgId, { recordMigrantStatus: true, recordContactChannel: true });
    const created = await org.promotora.post(org.url, { uic: testUic(), ...fields });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject(fields);
    const analyst = await signIn(t, await buildUser(t, { orgId: org.orgId, role: 'analyst' }));
    const seen = (await analyst.get(`${org.url}/${created.json().id}`)).json();
    expect(seen.nationality).toBe('VE');
    expect(seen).not.toHaveProperty('migrantStatus');
    expect(seen).not.toHaveProperty('contactChannel');

    await enable(org.admin, org.orgId, { recordMigrantStatus: false, recordContactChannel: false });
    expectError(
      await org.promotora.patch(`${org.url}/${created.json().id}`, { contactChannel: 'otro' }),
      400,
      {
        code: 'validation',
        field: 'contactChannel',
      },
    );
    // Clearing what was recorded is always allowed.
    const cleared = await org.promotora.patch(`${org.url}/${created.json().id}`, {
      contactChannel: null,
      migrantStatus: null,
      nationality: null,
    });
    expect(cleared.json()).toMatchObject({ contactChannel: null, migrantStatus: null, nationality: null });
  });

  it('accepts only the risk flags the organization defines', async () => {
    const org = await organizationUsing('default');
    const current = (await org.admin.get(`/api/orgs/${org.orgId}/registry/settings`)).json();
    const keys = current.riskFlags.map((flag: { key: string }) => flag.key);
    const ok = await org.promotora.post(org.url, { uic: testUic(), riskFlags: keys.slice(0, 4) });
    expect(ok.json()).toMatchObject({ priority: true });
    expectError(await org.promotora.post(org.url, { uic: testUic(), riskFlags: ['made_up_flag'] }), 400, {
      code: 'validation',
      field: 'riskFlags',
    });
  });
});
