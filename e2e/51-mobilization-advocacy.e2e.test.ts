import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { ApiSession } from './support/api-session';
import { ensureAdmin, FIRST_RUN, nextTotpCode } from './support/admin-account';
import { LAPTOP, openBrowser, PHONE, type BrowserSession } from './support/browser-session';
import { HomePage } from './pages/home.page';
import { LoginPage } from './pages/login.page';
import { PasswordChangePage } from './pages/password-change.page';
import { ShellPage } from './pages/shell.page';

/**
 * Issue 7 parts 2-4: a coordinator completes a sit-in's safety plan at 360 px and confirms it (refused
 * first, naming what is missing), then records a meeting with the police command with a commitment,
 * linked to a barrier and a case; the barrier's page shows the loop.
 */
const COORDINATOR = {
  username: 'lucia.incidencia',
  displayName: 'Lucía Incidencia',
  temporaryPassword: 'temporal-ciruela-83',
  password: 'faro-nube-tambor-61',
};
const SHOTS = '/tmp/shots';
const EVENT = 'Plantón frente a la comandancia';
const OFFICE = 'Comandancia departamental de policía';
const BARRIER = 'Ordenanza de merodeo, art. 12';

/** Whole pages at phone and laptop size; the fixed bars are hidden so they do not land mid-page. */
async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.locator('.topbar, .tabbar').evaluateAll((elements) => {
    for (const element of elements) (element as HTMLElement).style.visibility = 'hidden';
  });
  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(SHOTS, `7M-${name}-${size.width}.png`), fullPage: true });
  }
  await page.locator('.topbar, .tabbar').evaluateAll((elements) => {
    for (const element of elements) (element as HTMLElement).style.visibility = 'visible';
  });
  await page.setViewportSize(PHONE);
}

describe('mobilization and advocacy', () => {
  let session: BrowserSession;
  let orgId: string;
  let caseReference: string;
  let barrierId: string;

  beforeAll(async () => {
    const admin = await ensureAdmin();
    session = await openBrowser();
    const api = new ApiSession(session.baseUrl);
    await api.signIn(admin.username, admin.password, () => nextTotpCode(admin));
    const me = await api.request<{ memberships: { orgId: string; orgName: string }[] }>('GET', '/api/me');
    orgId = me.memberships.find((m) => m.orgName === FIRST_RUN.orgName)!.orgId;
    await api.request('POST', `/api/orgs/${orgId}/users`, {
      username: COORDINATOR.username,
      displayName: COORDINATOR.displayName,
      role: 'coordinator',
      temporaryPassword: COORDINATOR.temporaryPassword,
    });
    const barrier = await api.request<{ id: string }>('POST', `/api/orgs/${orgId}/barriers`, {
      kind: 'regulation',
      title: BARRIER,
      countryCode: 'SV',
    });
    barrierId = barrier.id;
  });

  afterAll(async () => {
    await session?.close();
  });

  it('the coordinator signs in; a case exists to draw on', async () => {
    const { page, baseUrl } = session;
    await page.setViewportSize(PHONE);
    await page.goto(`${baseUrl}/`);
    await new ShellPage(page).chooseLanguage('es');
    const login = new LoginPage(page);
    await login.waitVisible();
    await login.signIn(COORDINATOR.username, COORDINATOR.temporaryPassword);
    const change = new PasswordChangePage(page);
    await change.waitVisible();
    await change.change(COORDINATOR.temporaryPassword, COORDINATOR.password);
    await new HomePage(page).waitFor(FIRST_RUN.orgName);
    const api = new ApiSession(baseUrl);
    await api.signIn(COORDINATOR.username, COORDINATOR.password);
    const created = await api.request<{ id: string; reference: string }>('POST', `/api/orgs/${orgId}/cases`, {
      consents: { record: true, follow_up: true, advocacy_anonymized: true, network_share: false },
      urgent: false,
      occurredOn: '2026-03-14',
      occurredPrecision: 'day',
      locationType: 'police_station',
      acts: [{ actType: 'arbitrary_detention', method: 'detention', consequences: ['psychological'] }],
      victims: [{ anonymousCount: 1 }],
      perpetrators: [{ perpetratorType: 'police', count: 2 }],
      sourceType: 'victim',
      sourceReliability: 'high',
      narrative: 'Detenida por merodeo al salir del turno.',
      needs: ['legal'],
    });
    caseReference = created.reference;
    // The case shows the barrier (linked from the case page in e2e/30; here through the API).
    await api.request('POST', `/api/orgs/${orgId}/cases/${created.id}/barriers`, { barrierId });
    expect(caseReference).toMatch(/^C-\d{4}-\d{4}$/);
  });

  it('at 360 px: a sit-in cannot be confirmed until its safety plan is complete', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/o/${orgId}/mobilization`);
    await page.getByRole('heading', { name: es.mobilization.title, level: 1 }).waitFor();
    // The two commemorations are pre-loaded.
    await page.getByText(es.mobilization.commemorations.end_violence_sex_workers).waitFor();
    await shot(page, 'events');
    await page.getByRole('button', { name: es.mobilization.new }).click();
    await page.getByLabel(es.mobilization.kind).selectOption('sit_in');
    await page.getByLabel(es.mobilization.titleField).fill(EVENT);
    await page.getByLabel(es.mobilization.date).fill('2026-12-10');
    await page.getByLabel(es.mobilization.location).fill('Plaza frente a la comandancia');
    await page.getByRole('button', { name: es.mobilization.save }).click();
    await page.getByRole('heading', { name: EVENT, level: 2 }).waitFor();

    await page.getByRole('button', { name: es.mobilization.confirm }).click();
    const refusal = page.getByRole('alert').filter({ hasText: es.mobilization.checklist.arrest_plan });
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain(es.mobilization.riskLevel);
    await shot(page, 'confirm-refused');

    await page.getByLabel(es.mobilization.riskLevel).selectOption('medium');
    await page.getByText(`(0/5)`).waitFor();
    let done = 0;
    for (const key of [
      'risk_assessment',
      'permits',
      'legal_observers',
      'emergency_contacts',
      'arrest_plan',
    ] as const) {
      await page.getByRole('checkbox', { name: es.mobilization.checklist[key] }).click();
      done += 1;
      await page.getByText(`(${done}/5)`).waitFor();
    }
    const note = page.getByLabel(
      es.mobilization.note.replace('{{item}}', es.mobilization.checklist.emergency_contacts),
    );
    await note.fill('Abogada de turno (rol 2) → coordinación → cadena B');
    await page.getByRole('button', { name: es.mobilization.saveNote }).click();
    await page.getByRole('button', { name: es.mobilization.saveNote }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: es.mobilization.confirm }).click();
    await page.getByText(es.mobilization.statuses.confirmed).waitFor();
    await page.getByRole('button', { name: es.mobilization.markHeld }).waitFor();
    await shot(page, 'confirmed');
  });

  it('records a meeting with the police command, a commitment, a barrier and a case; the barrier shows the loop', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/o/${orgId}/advocacy`);
    await page.getByRole('heading', { name: es.advocacy.title, level: 1 }).waitFor();
    await page.getByRole('button', { name: es.advocacy.newEngagement }).click();
    await page.getByLabel(es.advocacy.authorityType, { exact: true }).selectOption('police_command');
    await page.getByLabel(es.advocacy.officeTitle, { exact: true }).fill(OFFICE);
    await page.getByLabel(es.advocacy.engagedOn, { exact: true }).fill('2026-11-02');
    await page.getByLabel(es.advocacy.asks, { exact: true }).fill('Que cesen las detenciones por merodeo.');
    await page.getByLabel(es.advocacy.commitment, { exact: true }).fill('Instruir a los agentes por escrito');
    await page.getByLabel(es.advocacy.followUpOn, { exact: true }).fill('2026-11-20');
    await page.getByRole('checkbox', { name: BARRIER }).click();
    await page.getByRole('checkbox', { name: caseReference }).click();
    await shot(page, 'engagement-form');
    await page.getByRole('button', { name: es.advocacy.save }).click();
    await page.getByRole('heading', { name: OFFICE, level: 2 }).waitFor();
    await page.getByText(es.advocacy.due).waitFor();
    await page.getByText(caseReference).waitFor();
    expect(await page.locator('main').innerText()).not.toContain('merodeo al salir');
    // Its follow-up date has passed: the home page says so.
    await page.goto(`${baseUrl}/o/${orgId}`);
    await page.getByText(es.advocacy.card.title.replace('{{count}}', '1')).waitFor();
    await shot(page, 'home-card');
    await page.getByRole('link', { name: es.advocacy.card.open }).click();
    await page
      .getByRole('button', { name: es.advocacy.openEngagement.replace('{{office}}', OFFICE) })
      .click();
    await page.getByRole('heading', { name: OFFICE, level: 2 }).waitFor();
    await page
      .getByLabel(
        es.advocacy.commitmentStatus.replace('{{commitment}}', 'Instruir a los agentes por escrito'),
      )
      .selectOption('partly_kept');
    await page.getByText(es.advocacy.due).waitFor({ state: 'detached' });
    await shot(page, 'engagement');

    await page.goto(`${baseUrl}/o/${orgId}/barriers`);
    await page.getByRole('heading', { name: es.barriers.title, level: 1 }).waitFor();
    await page.getByText(OFFICE, { exact: false }).waitFor();
    await page.getByText(`${es.advocacy.loopCases}:`).waitFor();
    expect(await page.locator('main').innerText()).toContain(caseReference);
    await shot(page, 'barrier-loop');
  });

  it('records a seat on the AIDS council held by the coordinator, and a meeting with the position presented', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/o/${orgId}/advocacy`);
    await page.getByRole('button', { name: es.advocacy.newSeat }).click();
    await page.getByLabel(es.advocacy.spaceKind).selectOption('aids_council');
    await page.getByLabel(es.advocacy.spaceName).fill('Consejo Nacional de Sida');
    await page.getByLabel(es.advocacy.staffPick).selectOption({ label: COORDINATOR.displayName });
    await page.getByLabel(es.advocacy.heldSince).fill('2026-01-15');
    await page.getByRole('button', { name: es.advocacy.save }).click();
    const seat = page.getByRole('listitem').filter({ hasText: 'Consejo Nacional de Sida' });
    await seat.waitFor();
    expect(await seat.innerText()).toContain(COORDINATOR.displayName);
    await seat.getByLabel(es.advocacy.metOn).fill('2026-10-05');
    await seat.getByLabel(es.advocacy.positions).fill('Fondos para organizaciones de trabajadoras sexuales');
    await seat.getByRole('button', { name: es.advocacy.addMeeting }).click();
    await seat.getByText('2026-10-05: Fondos para organizaciones').waitFor();
    await shot(page, 'seats');
  });
});
